import {
  daysInMonth,
  findDates,
  type IsoDate,
  ParseError,
  parseChineseDate,
  parseDeadline,
  parseDuration,
} from '@gongbao/utils/dates';
import { describe, expect, it } from 'vitest';
import { orParseError, parseErrorOf } from '../helpers.js';

// The date grammar has no spacing: it is removed once before matching (compact), except between
// two numeral characters, and finds are placed back into the original text.
describe('spacing inside date expressions', () => {
  it('is read wherever typeset text puts it, spaces, tabs and U+3000 alike', () => {
    for (const space of [' ', '\t', '\u3000', ' \t\u3000 ']) {
      const s = (text: string) => text.replaceAll('_', space);
      expect(parseChineseDate(s('_2024_年_6_月_4_日_'))).toBe('2024-06-04');
      expect(parseDeadline(s('截至_2024_年_6_月_底前')).date).toBe('2024-06-30');
      expect(parseDuration(s('有效期_为_5_年')).value).toBe(5);
      expect(findDates(s('自_2024_年_6_月_22_日_起_施行_。')).map((find) => find.raw)).toEqual([
        s('自_2024_年_6_月_22_日_起_施行'),
      ]);
    }
  });

  it('is not read between two numeral characters: 20 24 is not 2024', () => {
    expect(parseErrorOf(() => parseChineseDate('20 24年6月4日')).code).toBe('NOT_A_DATE');
    expect(parseErrorOf(() => parseChineseDate('2024年1 2月4日')).code).toBe('NOT_A_DATE');
    expect(parseErrorOf(() => parseDuration('1 5个工作日')).code).toBe('NOT_A_DURATION');
    expect(findDates('20 24年6月4日前').map((find) => find.raw)).toEqual(['6月4日前']);
  });

  it('does not cross a line break', () => {
    expect(orParseError(() => parseChineseDate('2024年\n6月4日'))).toBeInstanceOf(ParseError);
    expect(findDates('2024年\n6月4日')).toEqual([]);
  });

  it('never ends up around a find: raw and end stop at its last character for every kind', () => {
    const text = '自2024年6月22日起执行  有效期5年  2024年底前  2024年6月4日  15个工作日内  。';
    const found = findDates(text);
    expect(found.map((find) => find.type)).toEqual(['effective', 'duration', 'deadline', 'date', 'duration']);
    for (const find of found) {
      expect(find.raw).toBe(find.raw.trim());
      expect(text.slice(find.index, find.end)).toBe(find.raw);
    }
  });

  it('keeps error positions in the original text', () => {
    expect(parseErrorOf(() => parseChineseDate('  2024 年 2 月 30 日')).index).toBe(13);
    expect(parseErrorOf(() => parseChineseDate('  2024 年 13 月 3 日')).index).toBe(9);
    expect(parseErrorOf(() => parseDuration('  有效期 为 0 年')).index).toBe(8);
  });
});

describe('documented errors only', () => {
  it('a deadline past 9999-12-31 is OUT_OF_RANGE, and findDates skips it', () => {
    const reference = '9999-06-01' as IsoDate;
    expect(parseErrorOf(() => parseDeadline('明年底前', { reference })).code).toBe('OUT_OF_RANGE');
    expect(parseErrorOf(() => parseDeadline('次年一月份', { reference })).code).toBe('OUT_OF_RANGE');
    expect(findDates('明年底前完成', { reference })).toEqual([]);
    expect(findDates('今年底前完成', { reference }).map((find) => find.type === 'deadline' && find.date)).toEqual([
      '9999-12-31',
    ]);
  });

  it('daysInMonth refuses a year that is not an integer', () => {
    expect(() => daysInMonth(1.5, 2)).toThrow(ParseError);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});
