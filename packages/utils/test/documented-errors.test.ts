import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addWorkingDays,
  applyDuration,
  countWorkingDays,
  daysInMonth,
  findDates,
  formatChineseDate,
  formatChineseNumber,
  formatDocumentNumber,
  formatIssueNumber,
  formatOutlineMarker,
  type IsoDate,
  issuePeriod,
  isWorkingDay,
  ParseError,
  parseDeadline,
  toIsoDate,
  validityEnd,
} from '@gongbao/utils';
import { describe, expect, it } from 'vitest';
import { parseErrorOf } from './helpers';

const iso = (text: string) => text as IsoDate;

describe('only documented errors escape', () => {
  it('the sources throw no bare RangeError or Error (CalendarRangeError and ParseError only)', () => {
    const src = join(import.meta.dirname, '../src');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\bnew (?:Range|Type)?Error\(/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });

  it.each([
    ['daysInMonth(1.5, 2)', () => daysInMonth(1.5, 2), '1.5-2'],
    ['daysInMonth(2024, 13)', () => daysInMonth(2024, 13), '2024-13'],
    ['toIsoDate(2023, 2, 29)', () => toIsoDate(2023, 2, 29), '2023-2-29'],
    ['isWorkingDay(2024-6-4)', () => isWorkingDay(iso('2024-6-4')), '2024-6-4'],
    ['addWorkingDays(·, 1.5)', () => addWorkingDays(iso('2024-06-04'), 1.5), '1.5'],
    ['countWorkingDays backwards', () => countWorkingDays(iso('2024-06-05'), iso('2024-06-04')), undefined],
    ['validityEnd({})', () => validityEnd(iso('2024-06-04'), {}), undefined],
    ['applyDuration(0 days)', () => applyDuration(iso('2024-06-04'), { value: 0, unit: 'day' }), '0'],
    ['issuePeriod(2024, 7, 双月刊)', () => issuePeriod(2024, 7, '双月刊'), undefined],
    ['formatChineseDate(2024-02-30)', () => formatChineseDate(iso('2024-02-30')), '2024-02-30'],
    ['findDates bad reference', () => findDates('x', { reference: iso('2024-6-4') }), '2024-6-4'],
    ['parseDeadline bad reference', () => parseDeadline('当年', { reference: iso('2024-6-4') }), '2024-6-4'],
    ['formatChineseNumber(-1)', () => formatChineseNumber(-1), '-1'],
    ['formatChineseNumber(1.5)', () => formatChineseNumber(1.5), '1.5'],
    ['formatOutlineMarker(circled, 51)', () => formatOutlineMarker('circled', 51), '51'],
    ['formatOutlineMarker(chinese, 0)', () => formatOutlineMarker('chinese', 0), '0'],
    ['formatIssueNumber(year 999)', () => formatIssueNumber({ year: 999, number: 1 }), '999年第1期'],
    ['formatDocumentNumber(no agency)', () => formatDocumentNumber({ agency: '', year: 2024, serial: 1 }), undefined],
  ])('%s throws ParseError OUT_OF_RANGE with its input', (_, run, input) => {
    const error = parseErrorOf(run);
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.name).toBe('ParseError');
    expect(typeof error.input).toBe('string');
    if (input !== undefined) expect(error.input).toBe(input);
    expect(error.message).not.toMatch(/^Bad /);
  });

  it('a relative deadline past year 9999 is not found, and no bare error escapes', () => {
    expect(findDates('明年底前完成', { reference: iso('9999-06-01') })).toEqual([]);
    const error = parseErrorOf(() => parseDeadline('明年底前', { reference: iso('9999-06-01') }));
    expect(error).toBeInstanceOf(ParseError);
  });
});
