import { formatIssueNumber, ParseError, parseIssueNumber } from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseErrorOf } from '../helpers.js';

describe('parseIssueNumber', () => {
  it.each([
    ['2024年第3期(总第27期)', { year: 2024, number: 3, cumulative: 27 }],
    ['2024 第3期', { year: 2024, number: 3 }],
    ['2023年第6期（总第24期）', { year: 2023, number: 6, cumulative: 24 }],
    ['  2024年 第 3 期 （ 总第 27 期 ）  ', { year: 2024, number: 3, cumulative: 27 }],
    ['2024年第3期 总第27期', { year: 2024, number: 3, cumulative: 27 }],
    ['二〇二四年第三期（总第二十七期）', { year: 2024, number: 3, cumulative: 27 }],
    ['２０２４年第３期', { year: 2024, number: 3 }],
  ])('%s', (text, issue) => {
    expect(parseIssueNumber(text)).toEqual(issue);
  });

  it('has no cumulative key when none is written', () => {
    expect('cumulative' in parseIssueNumber('2024年第3期')).toBe(false);
  });

  it.each([
    ['', 'MALFORMED'],
    ['第3期', 'MALFORMED'],
    ['2024年3月', 'MALFORMED'],
    ['2024年第3期（总第27期）附录', 'MALFORMED'],
    ['2024年第0期', 'OUT_OF_RANGE'],
    ['0999年第1期', 'OUT_OF_RANGE'],
    ['2024年第3期（总第2期）', 'OUT_OF_RANGE'],
    ['2024年第十十期', 'MALFORMED'],
  ])('%j throws %s', (text, code) => {
    expect(parseErrorOf(() => parseIssueNumber(text)).code).toBe(code);
  });
});

describe('formatIssueNumber', () => {
  it('writes full-width parentheses', () => {
    expect(formatIssueNumber({ year: 2024, number: 3, cumulative: 27 })).toBe('2024年第3期（总第27期）');
    expect(formatIssueNumber({ year: 2023, number: 6 })).toBe('2023年第6期');
  });

  it.each([
    { year: 24, number: 3 },
    { year: 2024, number: 0 },
    { year: 2024, number: 1.5 },
    { year: 2024, number: 3, cumulative: -1 },
  ])('rejects %j', (issue) => {
    expect(() => formatIssueNumber(issue)).toThrow(ParseError);
  });

  it('round-trips through parseIssueNumber', () => {
    const issue = fc
      .record({ year: fc.integer({ min: 1000, max: 9999 }), number: fc.integer({ min: 1, max: 99 }) })
      .chain((base) =>
        fc.oneof(
          fc.constant(base),
          fc.integer({ min: base.number, max: 9999 }).map((cumulative) => ({ ...base, cumulative })),
        ),
      );
    fc.assert(
      fc.property(issue, (value) => {
        expect(parseIssueNumber(formatIssueNumber(value))).toEqual(value);
      }),
    );
  });
});
