import { readFileSync } from 'node:fs';
import { type FoundDate, findDates, type IsoDate, isIsoDate, ParseError, parseDuration } from '@gongbao/utils/dates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../../data/source/changzhi-gongbao-2024-03.md', import.meta.url), 'utf8');
const reference = '2024-06-04' as IsoDate;

/** The find whose raw text is `raw` and that follows `after` in the source. */
function findAfter(found: FoundDate[], after: string, raw: string): FoundDate | undefined {
  const at = source.indexOf(after);
  expect(at, after).toBeGreaterThanOrEqual(0);
  return found.find((f) => f.index >= at && f.raw === raw);
}

describe('findDates on the gazette (长治市人民政府公报 2024年第3期)', () => {
  const found = findDates(source, { reference });

  it('reports offsets that point at the raw text, in order, without overlaps', () => {
    expect(found.length).toBeGreaterThan(80);
    let previousEnd = 0;
    for (const item of found) {
      expect(source.slice(item.index, item.end)).toBe(item.raw);
      expect(item.index).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = item.end;
      if (item.type !== 'duration' && item.date !== null) expect(isIsoDate(item.date)).toBe(true);
    }
  });

  it('finds the deadlines of the text', () => {
    expect(findAfter(found, '基础设施建设。', '2024 年底前')).toMatchObject({
      type: 'deadline',
      kind: 'year-end',
      date: '2024-12-31',
    });
    expect(findAfter(found, '原则上在', '2024年6月底前')).toMatchObject({
      type: 'deadline',
      kind: 'month-end',
      date: '2024-06-30',
    });
    expect(findAfter(found, '计划完成时间:', '2024 年 10 月底前')).toMatchObject({
      kind: 'month-end',
      date: '2024-10-31',
    });
    expect(findAfter(found, '(2024年5月15日前', '2024年5月15日前')).toMatchObject({ kind: 'date', date: '2024-05-15' });
    expect(findAfter(found, '1. 申报。', '每年11月5日前')).toMatchObject({ kind: 'recurring', date: '2024-11-05' });
    expect(findAfter(found, '已认定为监控点的企业', '每年一月底前')).toMatchObject({
      kind: 'recurring',
      date: '2025-01-31',
    });
    expect(findAfter(found, '业发展银行清算', '次年一月份')).toMatchObject({ kind: 'relative', date: '2025-01-31' });
    expect(findAfter(found, '每月3日前', '每月3日前')).toMatchObject({ kind: 'recurring', date: '2024-07-03' });
    expect(findAfter(found, '岗位支出占比', '2024年底之前')).toMatchObject({ kind: 'year-end', date: '2024-12-31' });
    expect(findAfter(found, '至2025年底', '2025年底')).toMatchObject({ kind: 'year-end', date: '2025-12-31' });
  });

  it('finds effective dates and validity periods', () => {
    expect(findAfter(found, '本办法自2024年6月22日起执行', '自2024年6月22日起执行')).toMatchObject({
      type: 'effective',
      date: '2024-06-22',
    });
    expect(findAfter(found, '本办法自2024年6月22日起执行', '有效期5年')).toMatchObject({
      type: 'duration',
      duration: { value: 5, unit: 'year', raw: '有效期5年' },
    });
    expect(findAfter(found, '本方案自2024年6月起施行', '自2024年6月起施行')).toMatchObject({ date: '2024-06-01' });
    expect(findAfter(found, '本实施细则自公布之日起施行', '自公布之日起施行')).toMatchObject({
      type: 'effective',
      date: null,
    });
    expect(findAfter(found, '本实施细则自公布之日起施行', '有效期两年')).toMatchObject({
      duration: { value: 2, unit: 'year' },
    });
  });

  it('finds durations', () => {
    expect(findAfter(found, '站进行公示', '公示期为七个工作日')).toMatchObject({
      duration: { value: 7, unit: 'workingDay' },
    });
    expect(findAfter(found, '公示期满后', '15个工作日内')).toMatchObject({
      duration: { value: 15, unit: 'workingDay' },
    });
    expect(findAfter(found, '立项通知之日起', '30天内')).toMatchObject({ duration: { value: 30, unit: 'day' } });
    expect(findAfter(found, '应在事后', '两个月内')).toMatchObject({ duration: { value: 2, unit: 'month' } });
  });

  it('finds the 成文日期 of the documents', () => {
    const dates = found.filter((f) => f.type === 'date').map((f) => f.raw);
    expect(dates).toContain('2024 年 5 月 22 日');
    expect(dates).toContain('2024年6月4日');
    expect(dates.length).toBeGreaterThanOrEqual(15);
  });

  it('leaves out bare years and months, 当年 alone, and numbers that are not durations', () => {
    const raws = new Set(found.map((f) => f.raw));
    for (const noise of ['2025年', '2025年1月', '2024年5月', '当年', '上年', '2024年6000', '近3年'])
      expect(raws.has(noise), noise).toBe(false);
  });

  it('without a reference, relative and recurring deadlines are found with date null', () => {
    const bare = findDates(source);
    expect(bare.length).toBe(found.length);
    const recurring = bare.find((f) => f.raw === '每年11月5日前');
    expect(recurring).toMatchObject({ type: 'deadline', kind: 'recurring', date: null });
  });
});

describe('findDates on short texts', () => {
  it('reads a named term (试用期为) before a duration, but not a bare 期, which parseDuration accepts alone', () => {
    expect(findDates('分期3年内还清，试用期为3个月').map((f) => [f.raw, f.index])).toEqual([
      ['3年内', 2],
      ['试用期为3个月', 8],
    ]);
    expect(parseDuration('期为3年')).toEqual({ value: 3, unit: 'year', raw: '期为3年' });
  });

  it('handles hanzi dates and impossible dates', () => {
    expect(findDates('二〇二四年六月四日印发')).toEqual([
      { type: 'date', date: '2024-06-04', raw: '二〇二四年六月四日', index: 0, end: 9 },
    ]);
    expect(findDates('于2024年2月30日前完成')).toEqual([]);
    expect(findDates('2024年6月前完成')).toEqual([]);
    // Effective dates: hanzi numerals, a month alone from its 1st, and no impossible date.
    expect(findDates('自二〇二四年六月起施行')).toMatchObject([{ type: 'effective', date: '2024-06-01' }]);
    expect(findDates('自二零二四年十二月三十一日起生效')).toMatchObject([{ type: 'effective', date: '2024-12-31' }]);
    expect(findDates('自2024年2月30日起施行')).toEqual([]);
    expect(findDates('自2024年十十月起施行')).toEqual([]);
    expect(findDates('')).toEqual([]);
    expect(() => findDates('x', { reference: '2024-6-4' as IsoDate })).toThrow(ParseError);
  });

  it('never throws on arbitrary text and reports consistent offsets (property)', () => {
    const pieces = fc.constantFrom(
      '2024',
      '年',
      '6',
      '月',
      '底',
      '前',
      '日',
      '每',
      '有效期',
      '个',
      '工作日',
      '内',
      '自',
      '起施行',
      '二〇二四',
      '十',
      '，',
      ' ',
      '次年',
      '季度',
      '第三',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join('')),
        (text) => {
          for (const item of findDates(text, { reference })) {
            expect(text.slice(item.index, item.end)).toBe(item.raw);
            if (item.type !== 'duration' && item.date !== null) expect(isIsoDate(item.date)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
