import { parseChineseNumber, parseCount } from './chinese-number.js';
import { throwParseError } from './parse-failure.js';

/** The number of a gazette issue: 2024年第3期（总第27期）. */
export interface IssueNumber {
  /** The year of the issue. */
  year: number;
  /** The issue number within the year (期), from 1. */
  number: number;
  /** The running number over all years (总第N期), when given. */
  cumulative?: number;
}

// Matched after all whitespace is removed (groups: year, number, cumulative number), then
// parseChineseNumber checks each numeral. Bounded runs: linear on any input.
const ISSUE = /^(\S{4})年?第(\S{1,16}?)期(?:[(（]?总第(\S{1,16}?)期[)）]?)?$/;

/**
 * Parses a gazette issue number.
 *
 * Accepts `2024年第3期(总第27期)`, `2024 第3期`, `2023年第6期（总第24期）`, Chinese numerals
 * (`二〇二四年第三期`) and surrounding whitespace.
 *
 * @param text - The issue number.
 * @returns Year, number and, when given, the cumulative number.
 * @throws {@link ParseError} with code `MALFORMED` when the text is not an issue number,
 * `OUT_OF_RANGE` when a number is 0, the year has not four digits or 总第N期 is below the number
 * within the year, or any code of {@link parseChineseNumber} for a bad numeral.
 * @example
 * ```ts
 * parseIssueNumber('2024年第3期(总第27期)'); //=> { year: 2024, number: 3, cumulative: 27 }
 * parseIssueNumber('2024 第3期');           //=> { year: 2024, number: 3 }
 * parseIssueNumber('第3期');                //=> throws ParseError
 * ```
 */
export function parseIssueNumber(text: string): IssueNumber {
  const fail = (code: string): never => throwParseError('an issue number', code, text);
  const [, year = '', number = '', cumulative] = ISSUE.exec(text.replace(/\s/g, '')) ?? fail('MALFORMED');
  const issue: IssueNumber = { year: parseChineseNumber(year), number: parseCount(number) };
  if (cumulative !== undefined) issue.cumulative = parseCount(cumulative);
  // Numbers count from 1, the year has four digits, and 总第N期 counts this year's issues too.
  if (!issue.number || issue.year < 1000 || (issue.cumulative ?? issue.number) < issue.number) fail('OUT_OF_RANGE');
  return issue;
}

/**
 * Writes a gazette issue number, with full-width parentheses around 总第N期.
 *
 * @param issue - Year, number and optional cumulative number.
 * @returns `2024年第3期（总第27期）`, or `2024年第3期` without a cumulative number.
 * @throws ParseError (code `OUT_OF_RANGE`) when a number is not a positive integer or the year has not four digits.
 * @example
 * ```ts
 * formatIssueNumber({ year: 2024, number: 3, cumulative: 27 }); //=> '2024年第3期（总第27期）'
 * formatIssueNumber({ year: 2024, number: 3 });                 //=> '2024年第3期'
 * ```
 */
export function formatIssueNumber(issue: IssueNumber): string {
  const { year, number, cumulative } = issue;
  const text = `${year}年第${number}期${cumulative === undefined ? '' : `（总第${cumulative}期）`}`;
  try {
    const parsed = parseIssueNumber(text);
    if (parsed.year === year && parsed.number === number && parsed.cumulative === cumulative) return text;
  } catch {
    // Reported below.
  }
  return throwParseError('an issue number', 'OUT_OF_RANGE', text);
}
