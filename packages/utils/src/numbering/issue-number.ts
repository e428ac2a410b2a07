import { parseChineseNumber } from './chinese-number.js';
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

const SPACE = '[ \\t\\u3000]*';
const NUMERAL = '([0-9０-９零〇一二三四五六七八九十百千]{1,8})';
// Each space run sits between required tokens, so no two runs compete for the same spaces.
const ISSUE = new RegExp(
  `^([0-9０-９〇○零一二三四五六七八九]{4})${SPACE}(?:年${SPACE})?第${SPACE}${NUMERAL}${SPACE}期(?:${SPACE}(?:[(（]${SPACE})?总${SPACE}第${SPACE}${NUMERAL}${SPACE}期(?:${SPACE}[)）])?)?$`,
);

/**
 * Parses a gazette issue number.
 *
 * Accepts `2024年第3期(总第27期)`, `2024 第3期`, `2023年第6期（总第24期）`, Chinese numerals
 * (`二〇二四年第三期`) and surrounding whitespace.
 *
 * @param text - The issue number.
 * @returns Year, number and, when given, the cumulative number.
 * @throws {@link ParseError} with code `MALFORMED_ISSUE_NUMBER` when the text is not an issue
 * number, `ZERO_ISSUE_NUMBER` when a number is 0, `CUMULATIVE_BELOW_NUMBER` when 总第N期 is below
 * the number within the year, or any code of {@link parseChineseNumber} for a bad numeral.
 * @example
 * ```ts
 * parseIssueNumber('2024年第3期(总第27期)'); //=> { year: 2024, number: 3, cumulative: 27 }
 * parseIssueNumber('2024 第3期');           //=> { year: 2024, number: 3 }
 * parseIssueNumber('第3期');                //=> throws ParseError
 * ```
 */
export function parseIssueNumber(text: string): IssueNumber {
  const fail = (code: string): never => throwParseError('an issue number', code, text);
  const [, year = '', number = '', cumulative] = ISSUE.exec(text.trim()) ?? fail('MALFORMED_ISSUE_NUMBER');
  const issue: IssueNumber = { year: parseChineseNumber(year), number: parseChineseNumber(number) };
  if (cumulative !== undefined) issue.cumulative = parseChineseNumber(cumulative);
  if (!issue.number || issue.cumulative === 0 || issue.year < 1000) fail('ZERO_ISSUE_NUMBER');
  if ((issue.cumulative ?? issue.number) < issue.number) fail('CUMULATIVE_BELOW_NUMBER');
  return issue;
}

/**
 * Writes a gazette issue number, with full-width parentheses around 总第N期.
 *
 * @param issue - Year, number and optional cumulative number.
 * @returns `2024年第3期（总第27期）`, or `2024年第3期` without a cumulative number.
 * @throws RangeError when a number is not a positive integer or the year has not four digits.
 * @example
 * ```ts
 * formatIssueNumber({ year: 2024, number: 3, cumulative: 27 }); //=> '2024年第3期（总第27期）'
 * formatIssueNumber({ year: 2024, number: 3 });                 //=> '2024年第3期'
 * ```
 */
export function formatIssueNumber(issue: IssueNumber): string {
  const { year, number, cumulative } = issue;
  const positive = (value: number) => Number.isSafeInteger(value) && value > 0;
  if (!positive(number) || !(year > 999 && year < 1e4 && positive(year)) || !positive(cumulative ?? 1)) {
    throw new RangeError('Not an issue number');
  }
  return `${year}年第${number}期${cumulative === undefined ? '' : `（总第${cumulative}期）`}`;
}
