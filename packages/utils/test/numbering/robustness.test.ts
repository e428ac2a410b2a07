import {
  findDocumentNumbers,
  normalizeBrackets,
  normalizeDocumentNumber,
  ParseError,
  parseChineseNumber,
  parseDocumentNumber,
  parseIssueNumber,
  parseOutlineMarker,
  removeCjkSpaces,
} from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orParseError } from '../helpers.js';

// Characters that make up the numbers these parsers read, so that the generated strings come close
// to valid input and reach deep into the parsers, plus some that do not belong.
const alphabet = [
  ...'零〇一二两三四五六七八九十百千万亿壹拾佰仟0123456789０５长政发令第号期年总〔〕[]()（）【】、.． \u3000①a',
];

describe('every parser on arbitrary strings', () => {
  it('returns a value or throws ParseError, nothing else (100 000 runs)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 14 }),
    );
    fc.assert(
      fc.property(text, (input) => {
        // Plain checks rather than expect(): this runs 100 000 times.
        const number = orParseError(() => parseChineseNumber(input));
        if (!(number instanceof ParseError) && !(Number.isSafeInteger(number) && number >= 0)) return false;
        const document = orParseError(() => parseDocumentNumber(input));
        if (!(document instanceof ParseError) && normalizeDocumentNumber(input) !== document.canonical) return false;
        const issue = orParseError(() => parseIssueNumber(input));
        if (!(issue instanceof ParseError) && !(issue.number > 0)) return false;
        const marker = parseOutlineMarker(input);
        if (marker && !input.trimStart().startsWith(marker.raw)) return false;
        return findDocumentNumbers(input).every(
          (match) =>
            input.slice(match.start, match.end) === match.value.raw &&
            parseDocumentNumber(match.value.raw).canonical === match.value.canonical,
        );
      }),
      { numRuns: 100_000 },
    );
  }, 60_000); // a generous limit: a slow machine must not fail a correctness test
});

// Inputs of 100 KB built to make a backtracking pattern take quadratic or exponential time: long
// runs that almost match. Every function here scans in linear time, so each finishes at once; a
// catastrophic pattern would blow the test timeout.
describe('100 KB adversarial inputs', () => {
  const n = 100_000;
  const spaces = ' '.repeat(n);
  const han = '长'.repeat(n);

  it('parseChineseNumber', () => {
    for (const input of ['一'.repeat(n), `一${'十'.repeat(n)}`, '十二'.repeat(n / 2), `${spaces}十${spaces}x`]) {
      expect(orParseError(() => parseChineseNumber(input))).toBeInstanceOf(ParseError);
    }
  });

  it('parseDocumentNumber', () => {
    for (const input of [
      han,
      '长 '.repeat(n / 2),
      `${han}〔2024〕`,
      `长政发〔2024〕${'1'.repeat(n)}号`,
      `长政发〔2024〕1${spaces}x`,
      `长政发${spaces}〔2024〕1 x`,
      `${'\t'.repeat(n)}x`,
      `国务院令${spaces}第${spaces}`,
      '〔2024〕'.repeat(n / 6),
    ]) {
      expect(orParseError(() => parseDocumentNumber(input))).toBeInstanceOf(ParseError);
    }
    expect(parseDocumentNumber(`${spaces}长政发${spaces}〔2024〕${spaces}5${spaces}号${spaces}`).canonical).toBe(
      '长政发〔2024〕5号',
    );
  });

  it('findDocumentNumbers', () => {
    expect(findDocumentNumbers(`${han}〔2024〕1号`)).toHaveLength(1);
    expect(findDocumentNumbers('长〔2024〕1号'.repeat(n / 10))).toHaveLength(n / 10);
    for (const input of [
      han,
      '〔2024〕'.repeat(n / 6),
      '〔2024〕1'.repeat(n / 7),
      '令'.repeat(n),
      `令${spaces}`,
      '令 第 '.repeat(n / 4),
      `〔2024〕1${spaces}x`,
      '(0355)'.repeat(n / 6),
    ]) {
      expect(findDocumentNumbers(input)).toEqual([]);
    }
  });

  it('parseIssueNumber', () => {
    for (const input of [`2024年第3期${spaces}x`, `2024年第${'1'.repeat(n)}期`, `2024${spaces}年${spaces}第3`]) {
      expect(orParseError(() => parseIssueNumber(input))).toBeInstanceOf(ParseError);
    }
  });

  it('parseOutlineMarker', () => {
    for (const input of [`${spaces}x`, `（${'一'.repeat(n)}`, `第${'一'.repeat(n)}`, '1'.repeat(n)]) {
      expect(parseOutlineMarker(input)).toBeUndefined();
    }
  });

  it('text normalisation', () => {
    expect(removeCjkSpaces(`长${spaces}a`)).toBe(`长${spaces}a`);
    expect(removeCjkSpaces(`长${spaces}长`)).toBe('长长');
    expect(normalizeBrackets(`${spaces}(${spaces}`)).toHaveLength(2 * n + 1);
    expect(normalizeBrackets(`[${spaces}2024${spaces}x`)).toHaveLength(2 * n + 6);
    expect(normalizeBrackets('[2024'.repeat(n / 5))).toHaveLength(n);
  });
});
