import { formatChineseNumber, ParseError, parseChineseNumber } from '@gongbao/utils/numbering';
import { describe, expect, it } from 'vitest';
import { parseErrorOf } from '../helpers.js';

describe('parseChineseNumber', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['一十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百十', 110],
    ['一百一十', 110],
    ['一百五', 150],
    ['六千八', 6800],
    ['一千零五', 1005],
    ['一千零一十', 1010],
    ['一千零十', 1010],
    ['一千零五十', 1050],
    ['一万零一', 10001],
    ['一万五', 15000],
    ['一万零五百', 10500],
    ['一百一', 110],
    ['十万五', 105000],
    ['一亿零一十万', 100100000],
    ['一千〇五', 1005],
    ['两万', 20000],
    ['两百', 200],
    ['十万', 100000],
    ['十万零一十', 100010],
    ['十二万三千四百五十六', 123456],
    ['一亿', 100000000],
    ['一亿五', 150000000],
    ['一亿零五千', 100005000],
    ['一亿零五万', 100050000],
    ['一亿五千万', 150000000],
    ['十亿零十', 1000000010],
    ['十亿零一十', 1000000010],
    ['一万亿', 1e12],
    ['一万零一亿', 1000100000000],
    ['一万亿零一', 1e12 + 1],
    ['壹仟零伍', 1005],
    ['壹拾伍', 15],
    ['贰万', 20000],
    ['貳萬', 20000],
    ['二〇二四', 2024],
    ['二零二四', 2024],
    ['二○二四', 2024],
    ['二OO六', 2006],
    ['二ＯＯ三', 2003],
    ['一九九九', 1999],
    ['2024', 2024],
    ['２０２４', 2024],
    ['3万', 30000],
    ['  十八 ', 18],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([
    ['', 'MALFORMED'],
    ['   ', 'MALFORMED'],
    ['十十', 'MALFORMED'],
    ['一百百', 'MALFORMED'],
    ['十百', 'MALFORMED'],
    ['一万一万', 'MALFORMED'],
    ['一亿一亿', 'MALFORMED'],
    ['abc', 'UNEXPECTED_CHARACTER'],
    ['十a', 'UNEXPECTED_CHARACTER'],
    ['（十八）', 'UNEXPECTED_CHARACTER'],
    ['二〇两四', 'MALFORMED'],
    ['百', 'MALFORMED'],
    ['万', 'MALFORMED'],
    ['一百零', 'MALFORMED'],
    ['一百零零五', 'MALFORMED'],
    ['一百零五十', 'MALFORMED'],
    ['一千零五百', 'MALFORMED'],
    ['一千五十', 'MALFORMED'],
    ['一万零五千', 'MALFORMED'],
    ['一亿零五千万', 'MALFORMED'],
    ['零十', 'MALFORMED'],
    ['五五十', 'MALFORMED'],
    ['一百五万', 'MALFORMED'],
    ['十二万三千四百五十六七', 'MALFORMED'],
    ['一十一十', 'MALFORMED'],
    ['12万', 'MALFORMED'],
    ['九千九百九十九万九千九百九十九亿', 'OUT_OF_RANGE'],
    ['12345678901234567', 'OUT_OF_RANGE'],
  ])('%j throws %s', (text, code) => {
    expect(parseErrorOf(() => parseChineseNumber(text)).code).toBe(code);
  });

  it('reports the offset of the bad character in the original input', () => {
    const error = parseErrorOf(() => parseChineseNumber('  十x'));
    expect(error.index).toBe(3);
    expect(error.input).toBe('  十x');
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [0, '零'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [1010, '一千零一十'],
    [10001, '一万零一'],
    [20000, '二万'],
    [100000, '十万'],
    [101000, '十万一千'],
    [110001, '十一万零一'],
    [100000001, '一亿零一'],
    [100010000, '一亿零一万'],
    [1000000010, '十亿零一十'],
    [10000001000, '一百亿零一千'],
    [1e12, '一万亿'],
    [1e12 + 1e8, '一万零一亿'],
    [Number.MAX_SAFE_INTEGER, '九千零七万一千九百九十二亿五千四百七十四万零九百九十一'],
  ])('%d → %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
  });

  it('writes financial numerals', () => {
    expect(formatChineseNumber(10, { financial: true })).toBe('壹拾');
    expect(formatChineseNumber(100010, { financial: true })).toBe('壹拾万零壹拾');
    expect(formatChineseNumber(2024, { financial: true, digitByDigit: true })).toBe('贰零贰肆');
  });

  it('writes years digit by digit', () => {
    expect(formatChineseNumber(2024, { digitByDigit: true })).toBe('二〇二四');
    expect(formatChineseNumber(1999, { digitByDigit: true })).toBe('一九九九');
    expect(formatChineseNumber(0, { digitByDigit: true })).toBe('〇');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects %d', (value) => {
    expect(() => formatChineseNumber(value)).toThrow(ParseError);
  });
});
