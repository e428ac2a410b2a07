/**
 * The tidy-cell readers of the source tables: a printed count after a name, a year, a 序号 marker.
 * Properties: a name with any count printed after it (either parenthesis width) splits back into
 * that name and count; a cell without a trailing count is not split; the readers are linear.
 */
import { formatChineseNumber } from '@gongbao/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotatedName, COUNT_UNITS, markerNumber, yearCell } from '../scripts/lib/files/tidy-cells';

const hanzi = fc.constantFrom(...'潞州区上党屯留长子县高新开发经济技术乡镇街道');
const name = fc
  .array(fc.oneof({ weight: 8, arbitrary: hanzi }, fc.constantFrom('(', ')', '（', '）', '1', '2', '·')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((chars) => chars.join(''))
  .filter((n) => !/[(（]$/u.test(n));
const unit = fc.constantFrom(...COUNT_UNITS);
const open = fc.constantFrom('(', '（');
const close = fc.constantFrom(')', '）');

describe('annotatedName', () => {
  it('splits a name and the count printed after it, whatever the name and parentheses', () => {
    fc.assert(
      fc.property(name, fc.nat({ max: 9999 }), unit, open, close, (n, count, u, o, c) => {
        expect(annotatedName(`${n}${o}${count}${u}${c}`)).toEqual({ name: n, count, unit: u });
      }),
    );
  });

  it('leaves a cell without a trailing count alone', () => {
    fc.assert(
      fc.property(name, fc.nat({ max: 99 }), (n, count) => {
        expect(annotatedName(n.replace(/[(（]\d+[座辆个项所家][)）]$/u, ''))).toBeUndefined();
        // A count with another measure word, a count without a name, a count not at the end.
        expect(annotatedName(`${n}(${count}米)`)).toBeUndefined();
        expect(annotatedName(`(${count}座)`)).toBeUndefined();
        expect(annotatedName(`${n}(${count}座)${n}`)).toBeUndefined();
      }),
    );
  });

  it('reads the printed forms of the source tables', () => {
    expect(annotatedName('潞州区(18座)')).toEqual({ name: '潞州区', count: 18, unit: '座' });
    expect(annotatedName('一级城市消防站（1座）')).toEqual({ name: '一级城市消防站', count: 1, unit: '座' });
    expect(annotatedName('马厂镇(长北街道归入马厂镇)')).toBeUndefined();
  });

  // Speed is not asserted here (a wall-clock bound flakes under load): the pattern has one
  // unbounded run, anchored at the start and followed by a fixed tail, so it is linear.
  it('reads long cells: 40,000 open brackets', () => {
    const long = `${'潞州区('.repeat(40_000)}1座`;
    expect(annotatedName(long)).toBeUndefined();
    expect(annotatedName(`${long})`)).toEqual({ name: `${'潞州区('.repeat(39_999)}潞州区`, count: 1, unit: '座' });
  });
});

describe('yearCell and markerNumber', () => {
  it('read a printed year and a printed 序号 marker, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 99 }), (year, no) => {
        expect(yearCell(`${year}年`)).toBe(year);
        expect(yearCell(`${year}`)).toBeUndefined();
        expect(yearCell(`${year}年底`)).toBeUndefined();
        const numeral = formatChineseNumber(no);
        expect(markerNumber(`(${numeral})`)).toBe(no);
        expect(markerNumber(`（${numeral}）`)).toBe(no);
        expect(markerNumber(`${no}.`)).toBe(no);
        expect(markerNumber(`(${numeral})实施`)).toBeUndefined();
      }),
    );
    expect(markerNumber('序号')).toBeUndefined();
  });
});
