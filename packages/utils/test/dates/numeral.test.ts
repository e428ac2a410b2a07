import { ParseError } from '@gongbao/utils/dates';
import { parseChineseNumber } from '@gongbao/utils/numbering';
import { describe, expect, it } from 'vitest';
import { numeral } from '../../src/dates/date-grammar.js';
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

/** parseChineseNumber's answer, -1 where it throws. */
function reference(text: string): number {
  const value = orParseError(() => parseChineseNumber(text));
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
    ],
    ['month: 1–2 characters', [...strings('一二三四五六七八九十', 2), ...strings(arabic, 2)]],
    ['day: 1–3 characters', [...strings('一二三四五六七八九十', 3), ...strings(arabic, 2)]],
    ['duration: 1–4 characters', [...strings('一二两三四五六七八九十百', 4), ...strings(arabic, 3)]],
    ['quarter', [...'1234１２３４一二三四']],
  ])('%s, every string', (_, texts) => {
    const disagreements = texts.filter((text) => numeral(text) !== reference(text));
    expect(disagreements).toEqual([]);
    // Not vacuous: the strings include numerals that read.
    expect(texts.some((text) => numeral(text) > 0)).toBe(true);
  });

  it('reads the forms documents use', () => {
    expect(
      ['二〇二四', '二零二五', '二○二四', '２０２４', '十', '十五', '一十五', '三十一', '一百二', '两百', '两'].map(
        numeral,
      ),
    ).toEqual([2024, 2025, 2024, 2024, 10, 15, 15, 31, 120, 200, 2]);
    expect(['十十', '二两', '百', '五十五十'].map(numeral)).toEqual([-1, -1, -1, -1]);
  });
});
