import { formatChineseNumber, ParseError, parseChineseNumber } from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const upToTrillion = fc.integer({ min: 0, max: 1e12 });
const numeralCharacters = [...'零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟0123456789 a（）'];

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

describe('parseChineseNumber on arbitrary input', () => {
  const inputs = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...numeralCharacters), maxLength: 12 }));
  it('returns a safe integer or throws ParseError, nothing else', () => {
    fc.assert(
      fc.property(inputs, (text) => {
        try {
          const value = parseChineseNumber(text);
          expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
        }
      }),
      { numRuns: 100_000 },
    );
  });
});
