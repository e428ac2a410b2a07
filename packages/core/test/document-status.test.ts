import { DOCUMENT_STATUSES, type Document, DocumentSchema, documentStatus, type IsoDate } from '@gongbao/core';
import { toIsoDate } from '@gongbao/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grainRules, notice5 } from './fixtures';

const d = (text: string) => text as IsoDate;
const rules = DocumentSchema.parse(grainRules);
const notice = DocumentSchema.parse(notice5);

function withValidity(doc: Document, validity: Document['validity']): Document {
  const { validity: _, ...rest } = doc;
  return validity === undefined ? rest : { ...rest, validity };
}

describe('documentStatus', () => {
  it('follows effectiveFrom and until (inclusive)', () => {
    expect(documentStatus(rules, d('2024-06-21'))).toBe('not-yet-in-force');
    expect(documentStatus(rules, d('2024-06-22'))).toBe('in-force');
    expect(documentStatus(rules, d('2029-06-21'))).toBe('in-force');
    expect(documentStatus(rules, d('2029-06-22'))).toBe('expired');
  });

  it('computes the end from the period when until is absent', () => {
    const twoYears = withValidity(rules, { fromPublication: true, period: { value: 2, unit: 'year' } });
    // 自公布之日起施行, 有效期两年, 成文日期 2024-05-22 → in force 2024-05-22 … 2026-05-21.
    expect(documentStatus(twoYears, d('2024-05-21'))).toBe('not-yet-in-force');
    expect(documentStatus(twoYears, d('2024-05-22'))).toBe('in-force');
    expect(documentStatus(twoYears, d('2026-05-21'))).toBe('in-force');
    expect(documentStatus(twoYears, d('2026-05-22'))).toBe('expired');
    const months = withValidity(rules, { effectiveFrom: d('2024-01-31'), period: { value: 1, unit: 'month' } });
    expect(documentStatus(months, d('2024-02-29'))).toBe('in-force');
    expect(documentStatus(months, d('2024-03-01'))).toBe('expired');
    const days = withValidity(rules, { effectiveFrom: d('2024-06-04'), period: { value: 30, unit: 'day' } });
    expect(documentStatus(days, d('2024-07-03'))).toBe('in-force');
    expect(documentStatus(days, d('2024-07-04'))).toBe('expired');
  });

  it('is unknown when the text states no validity', () => {
    expect(documentStatus(notice, d('2024-07-01'))).toBe('unknown');
    expect(documentStatus(withValidity(rules, { provisional: true }), d('2024-07-01'))).toBe('unknown');
    // A period with no start to count from gives no end either.
    const periodOnly = withValidity(rules, { period: { value: 5, unit: 'year' } });
    expect(documentStatus(periodOnly, d('2024-07-01'))).toBe('unknown');
  });

  it('without a start, a stated end still counts from the 成文日期', () => {
    const untilOnly = withValidity(rules, { until: d('2025-12-31') });
    expect(documentStatus(untilOnly, d('2024-05-21'))).toBe('not-yet-in-force');
    expect(documentStatus(untilOnly, d('2025-12-31'))).toBe('in-force');
    expect(documentStatus(untilOnly, d('2026-01-01'))).toBe('expired');
  });

  it('is repealed once a repealing document of the context has taken effect', () => {
    const old = DocumentSchema.parse({
      ...grainRules,
      id: '长政发-2019-2',
      docNumber: { agency: '长政发', year: 2019, serial: 2, canonical: '长政发〔2019〕2号', raw: '长政发〔2019〕2号' },
      writtenDate: '2019-01-10',
      validity: { fromPublication: true },
      repeals: [],
    });
    expect(documentStatus(old, d('2024-06-21'), [old, rules])).toBe('in-force');
    expect(documentStatus(old, d('2024-06-22'), [old, rules])).toBe('repealed');
    expect(documentStatus(old, d('2024-06-22'))).toBe('in-force');
    expect(documentStatus(old, d('2024-06-22'), [notice])).toBe('in-force');
    // A repealing document without stated validity takes effect on its 成文日期.
    const repealer = withValidity({ ...notice, repeals: [old.docNumber] }, undefined);
    expect(documentStatus(old, d('2024-06-03'), [repealer])).toBe('in-force');
    expect(documentStatus(old, d('2024-06-04'), [repealer])).toBe('repealed');
  });

  it('a document does not repeal itself', () => {
    const selfish = { ...rules, repeals: [rules.docNumber] };
    expect(documentStatus(selfish, d('2024-07-01'), [selfish])).toBe('in-force');
  });

  it('rejects dates that are not ISO dates', () => {
    expect(() => documentStatus(rules, d('2024-02-30'))).toThrow(
      expect.objectContaining({ name: 'ParseError', code: 'INVALID_DATE' }),
    );
  });

  it('always answers one of the statuses, monotonically over time (property)', () => {
    const date = fc
      .record({
        year: fc.integer({ min: 2000, max: 2040 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, day }) => toIsoDate(year, month, day));
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 10 }), date, date, (start, years, a, b) => {
        const doc = withValidity(rules, { effectiveFrom: start, period: { value: years, unit: 'year' } });
        const [early, late] = a <= b ? [a, b] : [b, a];
        const order = ['not-yet-in-force', 'in-force', 'expired'];
        const first = documentStatus(doc, early);
        const second = documentStatus(doc, late);
        expect(DOCUMENT_STATUSES).toContain(first);
        expect(order.indexOf(first)).toBeLessThanOrEqual(order.indexOf(second));
        expect(order.indexOf(first)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('documentStatus takes plain date strings (IsoDateInput) and checks them', () => {
  it('the same answers for a plain string as for a checked IsoDate', () => {
    expect(documentStatus(rules, '2024-06-21')).toBe('not-yet-in-force');
    expect(documentStatus(rules, '2025-01-01')).toBe('in-force');
    expect(documentStatus(rules, '2029-06-22')).toBe('expired');
    // A document written as a literal, dates as plain strings.
    const literal = {
      docNumber: { agency: '长政规', year: 2024, serial: 1, canonical: '长政规〔2024〕1号', raw: '长政规〔2024〕1号' },
      writtenDate: '2024-05-22',
      validity: { effectiveFrom: '2024-06-22', until: '2029-06-21' },
    };
    expect(documentStatus(literal, '2025-01-01')).toBe('in-force');
    expect(documentStatus(literal, '2029-06-22', [literal])).toBe('expired');
  });

  it('an invalid date, given or in a document, throws ParseError INVALID_DATE', () => {
    const invalid = expect.objectContaining({ name: 'ParseError', code: 'INVALID_DATE' });
    for (const on of ['2024-6-1', '2023-02-29', '', '2024-13-01', ' 2024-06-01'])
      expect(() => documentStatus(rules, on), on).toThrow(invalid);
    const bad = { ...rules, validity: { effectiveFrom: '2024-02-30' } };
    expect(() => documentStatus(bad, '2025-01-01')).toThrow(invalid);
    const badUntil = { ...rules, validity: { effectiveFrom: '2024-06-22', until: '2029-6-21' } };
    expect(() => documentStatus(badUntil, '2025-01-01')).toThrow(invalid);
  });

  it('property: any string is either a real date with an answer or INVALID_DATE', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (on) => {
        try {
          expect(DOCUMENT_STATUSES).toContain(documentStatus(rules, on));
          expect(toIsoDate(+on.slice(0, 4), +on.slice(5, 7), +on.slice(8, 10))).toBe(on);
        } catch (error) {
          expect(error).toMatchObject({ name: 'ParseError', code: 'INVALID_DATE' });
        }
      }),
      { numRuns: 300 },
    );
  });
});
