import { ParseError } from '@gongbao/utils/dates';
import { formatChineseNumber, parseChineseNumber } from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numeral } from '../../src/dates/date-grammar.js';
import { parseCount } from '../../src/numbering/chinese-number.js';
import { orParseError } from '../helpers.js';

/** Every string of 1…`max` characters from `chars`. */
function strings(chars: string, max: number): string[] {
  const out: string[] = [];
  let layer = [''];
  for (let length = 1; length <= max; length++) {
    layer = layer.flatMap((prefix) => [...chars].map((char) => prefix + char));
    for (const text of layer) out.push(text);
  }
  return out;
}

/** parseChineseNumber's answer (parseCount's for a count), -1 where it throws. */
function reference(text: string, count?: boolean): number {
  const value = orParseError(() => (count ? parseCount(text) : parseChineseNumber(text)));
  return value instanceof ParseError ? -1 : value;
}

const arabic = '0123456789０１２３４５６７８９';

// The dates module reads the numerals its grammar captures with a small reader of its own (the
// whole numeral parser would double the module's size). It must answer exactly as
// parseChineseNumber on every string each capture group can hold.
describe('the date grammar reads numerals as parseChineseNumber does', () => {
  it.each([
    [
      'year: four digits',
      [...strings('〇○零OＯ一二三四五六七八九', 4), ...strings(arabic, 4)].filter((s) => s.length === 4),
      false,
    ],
    ['month: 1–2 characters', [...strings('一二三四五六七八九十', 2), ...strings(arabic, 2)], true],
    ['day: 1–3 characters', [...strings('一二三四五六七八九十', 3), ...strings(arabic, 2)], true],
    ['duration: 1–4 characters', [...strings('〇零一二两三四五六七八九十百千万', 4), ...strings(arabic, 3)], true],
    ['quarter', [...'1234１２３４一二三四'], true],
  ] as const)('%s, every string', (_, texts, count) => {
    const disagreements = texts.filter((text) => numeral(text, count) !== reference(text, count));
    expect(disagreements).toEqual([]);
    // Not vacuous: the strings include numerals that read.
    expect(texts.some((text) => numeral(text, count) > 0)).toBe(true);
  });

  it('durations: every count below 1亿 as the convention writes it, with 两 and 一十, reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (value) => {
        const written = formatChineseNumber(value);
        for (const form of [written, written.replace(/二(?=[百千万])/g, '两'), written.replace(/^十/, '一十')])
          expect(numeral(form, true)).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('durations: longer strings of numeral characters answer as parseCount does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'〇零一二两三四五六七八九十百千万'), minLength: 5, maxLength: 12 }),
        (text) => {
          expect(numeral(text, true)).toBe(reference(text, true));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('reads the forms documents use', () => {
    const read = (texts: string[], count?: boolean) => texts.map((text) => numeral(text, count));
    expect(
      read(['二〇二四', '二零二五', '二○二四', '２０２４', '十', '十五', '一十五', '三十一', '一百二', '两百', '两']),
    ).toEqual([2024, 2025, 2024, 2024, 10, 15, 15, 31, 120, 200, 2]);
    expect(read(['一百零五', '两千', '一万二千', '六千八', '一万零五百', '九百九十九'], true)).toEqual([
      105, 2000, 12000, 6800, 10500, 999,
    ]);
    expect(read(['十十', '二两', '百', '五十五十', '一千五十', '一万五百'])).toEqual([-1, -1, -1, -1, -1, -1]);
    // Digit by digit is a year, never a count.
    expect(read(['二〇二四', '一二', '十二'], true)).toEqual([-1, -1, 12]);
    expect(read(['１２', '12'], true)).toEqual([12, 12]);
  });
});
