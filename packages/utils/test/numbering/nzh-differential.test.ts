import { formatChineseNumber, ParseError, parseChineseNumber } from '@gongbao/utils/numbering';
import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';

describe('formatChineseNumber against nzh (Nzh.cn.encodeS, encodeB)', () => {
  it('agrees with nzh on every integer 0…100000', () => {
    const differences: number[] = [];
    for (let n = 0; n <= 100_000; n++) {
      if (
        formatChineseNumber(n) !== Nzh.cn.encodeS(n) ||
        formatChineseNumber(n, { financial: true }) !== Nzh.cn.encodeB(n)
      ) {
        differences.push(n);
      }
    }
    expect(differences).toEqual([]);
  });

  it('differs above 亿 only where nzh drops the 一 of 一十 after 亿零 (十亿零十 vs 十亿零一十)', () => {
    expect(formatChineseNumber(1_000_000_010)).toBe('十亿零一十');
    expect(Nzh.cn.encodeS(1_000_000_010)).toBe('十亿零十');
    let differing = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const ours = formatChineseNumber(n);
        const theirs = Nzh.cn.encodeS(n);
        if (ours === theirs) return true;
        differing++;
        // The documented difference, and nothing else: nzh's 零十 is our 零一十, right after 亿.
        return theirs.includes('亿零十') && theirs.replace('亿零十', '亿零一十') === ours;
      }),
      { numRuns: 20_000 },
    );
    expect(differing).toBeGreaterThan(0);
  });
});

describe('what nzh decodes wrongly (Nzh.cn.decodeS), and parseChineseNumber does not', () => {
  it.each([
    ['两', 2, 0],
    ['两百', 200, 0],
    ['二〇二四', 2024, 224],
    ['六千八', 6800, 6008],
    ['一万五', 15000, 10005],
  ])('%s is %d, nzh says %d', (text, value, nzh) => {
    expect(Number(Nzh.cn.decodeS(text))).toBe(nzh);
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('（十八） is 8 to nzh; parseChineseNumber rejects the parentheses', () => {
    expect(Number(Nzh.cn.decodeS('（十八）'))).toBe(8);
    expect(() => parseChineseNumber('（十八）')).toThrow(ParseError);
  });
});
