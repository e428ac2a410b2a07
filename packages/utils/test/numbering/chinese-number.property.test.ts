import { formatChineseNumber, parseChineseNumber } from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const upToTrillion = fc.integer({ min: 0, max: 1e12 });

describe('parseChineseNumber ∘ formatChineseNumber', () => {
  it('is the identity on 0…10^12, in every style', () => {
    fc.assert(
      fc.property(upToTrillion, fc.boolean(), fc.boolean(), (value, financial, digitByDigit) => {
        expect(parseChineseNumber(formatChineseNumber(value, { financial, digitByDigit }))).toBe(value);
      }),
      { numRuns: 20_000 },
    );
  });

  it('is the identity on every safe integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(parseChineseNumber(formatChineseNumber(value))).toBe(value);
      }),
    );
  });

  it('is the identity on every integer 0…100000', () => {
    for (let value = 0; value <= 100_000; value++) {
      if (parseChineseNumber(formatChineseNumber(value)) !== value) expect.fail(`round trip of ${value}`);
    }
  });
});
