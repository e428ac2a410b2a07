/**
 * Issue #11, "numerals everywhere they occur" and "round trips": every numeral parseChineseNumber
 * reads is read by durations, dates, markers and issue numbers; a numeral written digit by digit
 * (二〇二四) is a year, never a count or an ordinal; and every format* output parses back.
 */
import {
  findDates,
  formatChineseDate,
  type IsoDate,
  ParseError,
  parseChineseDate,
  parseDuration,
  toIsoDate,
} from '@gongbao/utils/dates';
import {
  formatChineseNumber,
  formatIssueNumber,
  formatOutlineMarker,
  type OutlineMarkerKind,
  parseIssueNumber,
  parseOutlineMarker,
} from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseErrorOf } from './helpers.js';

const KINDS: OutlineMarkerKind[] = [
  'chinese',
  'parenthesized-chinese',
  'arabic',
  'parenthesized-arabic',
  'circled',
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
];

describe('durations read every positional numeral', () => {
  it('一百零五天, 两千天, 一万二千天, 九百九十九个工作日', () => {
    expect(parseDuration('一百零五天')).toEqual({ value: 105, unit: 'day', raw: '一百零五天' });
    expect(parseDuration('两千天').value).toBe(2000);
    expect(parseDuration('一万二千天').value).toBe(12000);
    expect(parseDuration('九百九十九个工作日')).toMatchObject({ value: 999, unit: 'workingDay' });
    // The longest numeral below 1亿: 15 characters.
    expect(parseDuration('九千九百九十九万九千九百九十九天').value).toBe(99_999_999);
  });

  it('every count 1…9999 written by the convention reads, as a duration and in running text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (value) => {
        const written = formatChineseNumber(value);
        expect(parseDuration(`${written}天`).value).toBe(value);
        const [found] = findDates(`应在${written}个工作日内办结`);
        expect(found).toMatchObject({ type: 'duration', raw: `${written}个工作日内` });
        expect(found?.type === 'duration' && found.duration.value).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('findDates finds 一百零五个工作日内', () => {
    const [found] = findDates('应在一百零五个工作日内办结');
    expect(found?.type === 'duration' && found.duration).toMatchObject({ value: 105, unit: 'workingDay' });
  });

  it('refuses a count written digit by digit, with the documented error', () => {
    expect(parseErrorOf(() => parseDuration('一二天'))?.code).toBe('INVALID_NUMBER');
    expect(parseErrorOf(() => parseDuration('二〇二四年'))?.code).toBe('INVALID_NUMBER');
    expect(findDates('二〇二四年').every((found) => found.type !== 'duration')).toBe(true);
  });

  it('refuses malformed numerals (一千五十, 十十) instead of reading a wrong value', () => {
    for (const text of ['一千五十天', '十十天', '一百零五十天'])
      expect(parseErrorOf(() => parseDuration(text))?.code).toBe('INVALID_NUMBER');
  });
});

describe('ordinals are never digit by digit', () => {
  it('二〇二四、 is not a level-1 marker; 第一二条 is not article 12', () => {
    expect(parseOutlineMarker('二〇二四、二〇二五年连续开展')).toBeUndefined();
    expect(parseOutlineMarker('第一二条 本办法')).toBeUndefined();
    expect(parseOutlineMarker('（一二）加强')).toBeUndefined();
    expect(parseOutlineMarker('12.加强')?.index).toBe(12);
    expect(parseOutlineMarker('第12条')?.index).toBe(12);
  });

  it('2024年第一二期 is refused; the year may be digit by digit', () => {
    expect(parseErrorOf(() => parseIssueNumber('2024年第一二期'))?.code).toBe('MALFORMED');
    expect(parseErrorOf(() => parseIssueNumber('2024年第3期（总第二七期）'))?.code).toBe('MALFORMED');
    expect(parseIssueNumber('二〇二四年第十二期')).toEqual({ year: 2024, number: 12 });
  });

  it('第一万一千一百一十一条 is article 11111', () => {
    expect(parseOutlineMarker('第一万一千一百一十一条')).toMatchObject({ kind: 'article', index: 11111 });
  });
});

describe('round trips: every format* output parses back, or format* throws ParseError', () => {
  it('formatOutlineMarker, every kind, over the whole safe-integer domain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        (kind, index) => {
          let marker: string;
          try {
            marker = formatOutlineMarker(kind, index);
          } catch (error) {
            expect(error).toBeInstanceOf(ParseError);
            expect((error as ParseError).code).toBe('OUT_OF_RANGE');
            return;
          }
          expect(parseOutlineMarker(marker)).toMatchObject({ kind, index, raw: marker });
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('formatOutlineMarker: 1000. and 0 throw OUT_OF_RANGE; 999. and 第一万一千一百一十一条 are written', () => {
    expect(parseErrorOf(() => formatOutlineMarker('arabic', 1000))?.code).toBe('OUT_OF_RANGE');
    expect(parseErrorOf(() => formatOutlineMarker('chinese', 0))?.code).toBe('OUT_OF_RANGE');
    expect(parseErrorOf(() => formatOutlineMarker('circled', 51))?.code).toBe('OUT_OF_RANGE');
    expect(formatOutlineMarker('arabic', 999)).toBe('999.');
    expect(formatOutlineMarker('article', 11111)).toBe('第一万一千一百一十一条');
  });

  it('formatIssueNumber, with and without a cumulative number up to 1e12', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
        (year, number, extra) => {
          const issue = extra === undefined ? { year, number } : { year, number, cumulative: number + extra };
          expect(parseIssueNumber(formatIssueNumber(issue))).toEqual(issue);
        },
      ),
      { numRuns: 2000 },
    );
    expect(parseIssueNumber(formatIssueNumber({ year: 2024, number: 3, cumulative: 1e8 })).cumulative).toBe(1e8);
  });

  it('formatChineseDate, both styles, every date it accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('arabic', 'hanzi' as const),
        (year, month, day, style) => {
          fc.pre(day <= new Date(Date.UTC(2000, month, 0)).getUTCDate() || (month === 2 && day === 29));
          let date: IsoDate;
          try {
            date = toIsoDate(year, month, day);
          } catch {
            return; // 29 February of a common year
          }
          let text: string;
          try {
            text = formatChineseDate(date, { style });
          } catch (error) {
            expect((error as ParseError).code).toBe('OUT_OF_RANGE');
            expect(year).toBeLessThan(1000);
            return;
          }
          expect(parseChineseDate(text)).toBe(date);
        },
      ),
      { numRuns: 3000 },
    );
    expect(parseErrorOf(() => formatChineseDate('0999-01-01' as IsoDate))?.code).toBe('OUT_OF_RANGE');
  });
});
