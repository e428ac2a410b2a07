import * as core from '@gongbao/core';
import { GazetteIssueSchema, MAX_BLOCK_DEPTH, TableSchema } from '@gongbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issue, notice5, vehicleTable } from './fixtures';

const schemas = Object.entries(core as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

/** The hostile table of issue 12: `columns` columns × `rows` empty rows (132 KB as JSON at 4,000 × 400). */
function hollowTable(columns: number, rows: number) {
  return {
    id: 't',
    title: 'T',
    columns: Array.from({ length: columns }, (_, i) => ({ name: `column-${i}`, type: 'string' })),
    rows: Array.from({ length: rows }, () => ({})),
    totals: [],
    notes: [],
  };
}

/** The fastest of seven runs of each, alternating (so that a disturbance hits both), in milliseconds. */
function fastestOfEach(runs: ReadonlyArray<() => unknown>): number[] {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < 8; round++) {
    runs.forEach((run, i) => {
      const start = performance.now();
      run();
      // The first round warms up.
      if (round > 0) best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, performance.now() - start);
    });
  }
  return best;
}

const SUMMARY = /^\d+ more issues? (?:in the table )?not reported \(at most 100 are\)$/;

describe('a bounded number of issues, with bounded messages', () => {
  it('the 4,000 × 400 hollow table: 100 issues and one summary that counts the rest', () => {
    const table = hollowTable(4000, 400);
    expect(JSON.stringify(table).length).toBeGreaterThan(130_000);
    const result = TableSchema.safeParse(table);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(101);
    expect(issues[0]?.message).toBe('Missing cell for column "column-0" (use null for an empty cell)');
    const summary = issues[100];
    expect(summary?.message).toMatch(SUMMARY);
    expect(summary).toMatchObject({ code: 'custom', path: [], params: { code: 'too_many_issues' } });
    // Every missing cell is counted: 1,600,000 = 100 listed + the summary's count.
    expect((summary as { params?: { omitted?: number } }).params?.omitted).toBe(4000 * 400 - 100);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(300);
  });

  // Timing on 2 shared cores: a run disturbed by other test files is retried.
  it('validates in linear time: 4× the columns and 4× the rows (4× the input) take ≤ 10× as long', { retry: 2 }, () => {
    const small = hollowTable(8000, 800);
    const large = hollowTable(32_000, 3200);
    const [tSmall, tLarge] = fastestOfEach([() => TableSchema.safeParse(small), () => TableSchema.safeParse(large)]);
    const ratio = (tLarge ?? 0) / Math.max(tSmall ?? 0, 1);
    // Quadratic work (every column of every row, as before) takes 16×.
    expect(ratio).toBeLessThan(10);
    expect(tLarge).toBeLessThan(2000);
  });

  it('an unknown column message names at most 10 columns, each cut to 40 characters', () => {
    const table = hollowTable(500, 0);
    const long = 'x'.repeat(150);
    const result = TableSchema.safeParse({ ...table, rows: [], totals: [{ label: '合计', values: { [long]: 1 } }] });
    const message = result.error?.issues[0]?.message ?? '';
    expect(message).toContain(`Unknown column "${long}"`); // the key itself (≤ 200 characters)
    expect(message).toContain('"column-9", … (490 more)');
    expect(message).not.toContain('column-10"');
    expect(message.length).toBeLessThan(400);
  });

  it('unrecognized keys: at most 10 named in a message, however many there are', () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${'y'.repeat(60)}${i}`, i]));
    for (const [name, schema] of [
      ['DocumentNumberSchema', core.DocumentNumberSchema],
      ['DocumentSchema', core.DocumentSchema],
      ['TocEntrySchema', core.TocEntrySchema],
    ] as const) {
      const result = schema.safeParse({ ...keys });
      const messages = (result.error?.issues ?? []).map((i) => i.message);
      const unrecognized = messages.find((m) => m.startsWith('Unrecognized keys'));
      expect(unrecognized, name).toBeDefined();
      expect(unrecognized?.length, name).toBeLessThan(700);
      expect(unrecognized, name).toContain('(49990 more)');
    }
  });

  it('an array of 50,000 bad elements gives 100 issues and a summary, in bounded time', () => {
    const start = performance.now();
    const result = GazetteIssueSchema.safeParse({ ...issue, editorialBoard: Array(50_000).fill({ role: '' }) });
    expect(performance.now() - start).toBeLessThan(5000);
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(101);
    expect(issues[100]?.message).toMatch(SUMMARY);
    expect((issues[100] as { params?: { omitted?: number } }).params?.omitted).toBe(100_000 - 100);
  });

  it.each(schemas)('%s: hostile values never throw and report at most 101 issues', (_name, schema) => {
    const big = 'x'.repeat(10_000_000);
    const hostile: unknown[] = [
      JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}'),
      { constructor: 1, prototype: 2, toString: 3, hasOwnProperty: 4 },
      Number.NaN,
      Number.POSITIVE_INFINITY,
      { start: Number.NaN, end: Number.POSITIVE_INFINITY, line: -0 },
      big,
      { title: big, id: big, name: big, text: big, agency: big, raw: big },
      [big, big],
    ];
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { type: 'heading', level: 1, text: 'x', children: [deep] };
    hostile.push(deep, [deep], { ...notice5, body: [deep] });
    let nested: unknown = [];
    for (let i = 0; i < 100_000; i++) nested = [nested];
    hostile.push(nested);
    const start = performance.now();
    for (const value of hostile) {
      const result = schema.safeParse(value);
      expect(result.error?.issues.length ?? 0).toBeLessThanOrEqual(101);
    }
    expect(performance.now() - start).toBeLessThan(5000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Issue 12: a message quotes at most 40 characters of a value — the cross-checks (TOC against
  // documents, row keys against columns) run on values whose own field check already failed.
  it('a 10 MB string in place of any string, or as a row key: every message stays short', () => {
    const big = 'x'.repeat(10_000_000);
    const strings = (value: unknown, path: Array<string | number> = []): Array<Array<string | number>> =>
      typeof value === 'string'
        ? [path]
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) =>
              strings(inner, [...path, Array.isArray(value) ? Number(key) : key]),
            )
          : [];
    const withBig = (value: unknown, path: ReadonlyArray<string | number>): unknown => {
      const copy = structuredClone(value) as Record<string | number, unknown>;
      let at = copy;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path.at(-1) as string | number] = big;
      return copy;
    };
    const cases: Array<[z.ZodType, unknown]> = [];
    for (const [schema, value] of [
      [GazetteIssueSchema, issue],
      [TableSchema, vehicleTable],
      [core.DocumentSchema, notice5],
    ] as const) {
      for (const path of strings(value)) cases.push([schema, withBig(value, path)]);
    }
    const row = vehicleTable.rows[0] ?? {};
    cases.push([TableSchema, { ...vehicleTable, rows: [{ ...row, [big]: 1 }] }]);
    // 200 rows each missing the cell of a 10 MB column: 100 issues, and an error that prints.
    const hollow = hollowTable(3, 200);
    cases.push([TableSchema, { ...hollow, columns: [...hollow.columns, { name: big, type: 'string' }] }]);
    expect(cases.length).toBeGreaterThan(50);
    for (const [schema, value] of cases) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      for (const { message } of result.error?.issues ?? []) expect(message.length).toBeLessThan(300);
      // The error's JSON (its paths) may hold the one 10 MB key where it is, not 100 copies of it.
      expect(result.error?.message.length).toBeLessThan(2 * big.length);
    }
  });

  it('arbitrary JSON with hostile keys and numbers: never throws, at most 101 issues', () => {
    const key = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'children', 'rows'),
      fc.string(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5, 2 ** 53, null, '', 'heading'),
        fc.string(),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.constantFrom(...schemas), value, ([, schema], input) => {
        const result = schema.safeParse(input);
        expect(result.error?.issues.length ?? 0).toBeLessThanOrEqual(101);
      }),
      { numRuns: 500 },
    );
  });

  it('blocks deeper than MAX_BLOCK_DEPTH are one issue, not a stack overflow', () => {
    let deep: unknown = { type: 'paragraph', text: 'x' };
    for (let i = 0; i < 100_000; i++) deep = { type: 'heading', level: 1, text: 'x', children: [deep] };
    const result = core.DocumentSchema.safeParse({ ...notice5, body: [deep] });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      `Expected blocks nested at most ${MAX_BLOCK_DEPTH} levels deep`,
    ]);
  });
});
