import { daysInMonth, type IssueFrequency, issuePeriod, ParseError } from '@gongbao/utils/dates';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/dates/day-number.js';

describe('issuePeriod', () => {
  it('maps issue numbers to the months they cover', () => {
    expect(issuePeriod(2024, 3, '双月刊')).toEqual({ from: '2024-05-01', to: '2024-06-30' });
    expect(issuePeriod(2024, 3, 'bimonthly')).toEqual({ from: '2024-05-01', to: '2024-06-30' });
    expect(issuePeriod(2024, 6, '双月刊')).toEqual({ from: '2024-11-01', to: '2024-12-31' });
    expect(issuePeriod(2024, 2, '月刊')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(issuePeriod(2023, 2, 'monthly')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(issuePeriod(2024, 4, '季刊')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(issuePeriod(2024, 1, '半月刊')).toEqual({ from: '2024-01-01', to: '2024-01-15' });
    expect(issuePeriod(2024, 2, 'semimonthly')).toEqual({ from: '2024-01-16', to: '2024-01-31' });
    expect(issuePeriod(2024, 4, '半月刊')).toEqual({ from: '2024-02-16', to: '2024-02-29' });
    expect(issuePeriod(2024, 5, '旬刊')).toEqual({ from: '2024-02-11', to: '2024-02-20' });
    expect(issuePeriod(2024, 6, 'dekadal')).toEqual({ from: '2024-02-21', to: '2024-02-29' });
    expect(issuePeriod(2024, 2, '半年刊')).toEqual({ from: '2024-07-01', to: '2024-12-31' });
    expect(issuePeriod(2024, 1, '年刊')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('tiles each year without gaps or overlaps, for every frequency', () => {
    const counts: Record<string, number> = { 年刊: 1, 半年刊: 2, 季刊: 4, 双月刊: 6, 月刊: 12, 半月刊: 24, 旬刊: 36 };
    for (const year of [2023, 2024, 2100]) {
      for (const [frequency, issues] of Object.entries(counts)) {
        let next = toDayNumber(`${year}-01-01` as never);
        for (let n = 1; n <= issues; n++) {
          const { from, to } = issuePeriod(year, n, frequency as IssueFrequency);
          expect(toDayNumber(from)).toBe(next);
          expect(to >= from).toBe(true);
          next = toDayNumber(to) + 1;
        }
        expect(next).toBe(toDayNumber(`${year + 1}-01-01` as never));
        expect(() => issuePeriod(year, issues + 1, frequency as IssueFrequency)).toThrow(ParseError);
      }
    }
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('rejects unknown frequencies and impossible issue numbers', () => {
    expect(() => issuePeriod(2024, 7, '双月刊')).toThrow(ParseError);
    expect(() => issuePeriod(2024, 0, '月刊')).toThrow(ParseError);
    expect(() => issuePeriod(2024, 1.5, '月刊')).toThrow(ParseError);
    expect(() => issuePeriod(2024, 1, '周刊' as IssueFrequency)).toThrow(ParseError);
    expect(() => issuePeriod(2024, 1, 'toString' as IssueFrequency)).toThrow(ParseError);
    expect(() => issuePeriod(0, 1, '月刊')).toThrow(ParseError);
  });
});
