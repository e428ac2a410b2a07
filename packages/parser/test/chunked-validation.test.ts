import {
  type Block,
  DocumentDraftSchema,
  DocumentSchema,
  GazetteIssueSchema,
  MAX_BLOCK_DEPTH,
  type Table,
  TableSchema,
} from '@gongbao/core';
import { parseDocument, parseGazette } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { validInChunks } from '../src/internal/chunked-validation.js';
import { ParseContext } from '../src/internal/context.js';
import { validateInto } from '../src/internal/validate.js';
import { realDocuments } from './helpers/facts.js';
import { source } from './helpers/source.js';

/**
 * validInChunks answers "valid" for a value with large tables validated in chunks; the answer
 * must be the whole validation's: never `true` for a value that fails, `true` for one that passes.
 * And validateInto, which falls back to the whole validation, must report exactly the issues of
 * one whole validation (paths, messages, order, the bound of 100).
 */

type Plain = Record<string, unknown>;

/** Every table of a parsed value (in table blocks), in the order of a walk. */
function tablesOf(value: unknown, out: Table[] = []): Table[] {
  if (Array.isArray(value)) for (const item of value) tablesOf(item, out);
  else if (value !== null && typeof value === 'object') {
    const node = value as Plain;
    if (node.type === 'table' && node.table) out.push(node.table as Table);
    else for (const key of Object.keys(node)) tablesOf(node[key], out);
  }
  return out;
}

/** The table with its rows (and row sources) repeated until it has at least `rows` rows. */
function grown(table: Table, rows: number): void {
  const times = Math.ceil(rows / Math.max(1, table.rows.length));
  const copy = <T>(list: T[]): T[] => Array.from({ length: list.length * times }, (_, i) => list[i % list.length] as T);
  table.rows = copy(table.rows).map((row) => ({ ...row }));
  if (table.rowSources) table.rowSources = copy(table.rowSources);
}

/**
 * Every `body` of a parsed value (a document's, an enclosure's, an attachment's) grown to at least
 * 600 blocks by repeating its blocks other than tables (or a paragraph); how many bodies.
 */
function grownBody(value: unknown): number {
  let count = 0;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === 'object') {
      const object = node as Plain;
      for (const key of Object.keys(object)) visit(object[key]);
      const body = object.body;
      if (Array.isArray(body)) {
        const others = body.filter((block) => (block as Plain).type !== 'table');
        const filler = others.length > 0 ? others : [{ type: 'paragraph', text: '段。' }];
        const grown = body.slice();
        for (let i = 0; grown.length < 600; i++) grown.push(filler[i % filler.length]);
        object.body = grown;
        count++;
      }
    }
  };
  visit(value);
  return count;
}

/** The schema-invalid messages of one whole validation, as validateInto words them. */
function wholeMessages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.slice(0, 100).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function reported(schema: z.ZodType, value: unknown): { valid: boolean; messages: string[] } {
  const ctx = new ParseContext('x');
  const valid = validateInto(ctx, schema, value, { start: 0, end: 1 });
  return { valid, messages: ctx.diagnostics.map((d) => d.message) };
}

/** A valid document holding one table block of `width` columns and `rows` rows (numbers, strings, nulls). */
function documentWith(width: number, rows: number, withSources: boolean) {
  const columns = Array.from({ length: width }, (_, c) => ({
    name: `列${c + 1}`,
    type: c % 2 === 0 ? ('string' as const) : ('integer' as const),
  }));
  const table: Table = {
    id: '长政函-2024-22/表1',
    title: '表',
    columns,
    rows: Array.from({ length: rows }, (_, r) =>
      Object.fromEntries(
        columns.map((col, c) => [col.name, (r + c) % 5 === 0 ? null : col.type === 'string' ? `甲${r}` : r]),
      ),
    ),
    totals: [{ label: '合计', values: { 列2: 1 } }],
    notes: [],
    parts: 1,
  };
  if (withSources) {
    table.rowSources = Array.from({ length: rows }, (_, r) => ({ start: r, end: r + 1, line: r + 1 }));
    table.totalSources = [{ start: 0, end: 1, line: 1 }];
  }
  const body: Block[] = [
    { type: 'paragraph', text: '你局《关于……的请示》收悉。' },
    { type: 'heading', level: 1, text: '附表', children: [{ type: 'table', table }] },
  ];
  return {
    id: '长政函-2024-22',
    docNumber: { agency: '长政函', year: 2024, serial: 22, canonical: '长政函〔2024〕22号', raw: '长政函〔2024〕22号' },
    title: '长治市人民政府关于某事的批复',
    type: '批复',
    issuers: [{ name: '长治市人民政府' }],
    addressees: ['市水务局'],
    body,
    signatories: [{ name: '长治市人民政府' }],
    writtenDate: '2024-05-11',
    attachments: [],
    enclosures: [],
    citations: [],
    repeals: [],
  };
}

/** Ways to break a table at row `r` (beyond the first chunk when r is large). */
const BREAKS: Record<string, (table: Table, r: number) => void> = {
  'wrong type': (t, r) => {
    (t.rows[r] as Plain)['列2'] = 'x';
  },
  'unknown key': (t, r) => {
    (t.rows[r] as Plain)['不是列'] = 1;
  },
  'missing cell': (t, r) => {
    delete (t.rows[r] as Plain)['列1'];
  },
  'non-finite number': (t, r) => {
    (t.rows[r] as Plain)['列2'] = Number.NaN;
  },
  'row not an object': (t, r) => {
    (t.rows as unknown[])[r] = 5;
  },
  'one source too few': (t) => {
    t.rowSources?.pop();
  },
  'bad source': (t, r) => {
    if (t.rowSources) (t.rowSources as unknown[])[r] = { start: -1, end: 0, line: 0 };
  },
  'bad total': (t) => {
    (t.totals[0] as { values: Plain }).values['列2'] = 'x';
  },
  'duplicate column': (t) => {
    t.columns.push({ name: '列1', type: 'string' });
  },
  'empty title': (t) => {
    t.title = '';
  },
};

describe('chunked validation', () => {
  it('passes every real document and the gazette issue with their tables and bodies grown past a chunk, as the whole validation does', () => {
    const values: Array<[z.ZodType, unknown]> = [];
    for (const doc of realDocuments()) {
      const { complete, document } = parseDocument(doc.text);
      values.push([complete ? DocumentSchema : DocumentDraftSchema, document]);
    }
    values.push([GazetteIssueSchema, parseGazette(source).issue]);
    let grownTables = 0;
    let grownBodies = 0;
    for (const [schema, value] of values) {
      const tables = tablesOf(value);
      for (const table of tables) grown(table, 5000);
      const bodies = grownBody(value);
      grownBodies += bodies;
      grownTables += tables.length;
      const whole = schema.safeParse(value).success;
      expect(validInChunks(schema, value)).toBe(whole && tables.length + bodies > 0 ? true : undefined);
      expect(reported(schema, value)).toEqual({ valid: whole, messages: wholeMessages(schema, value) });
    }
    expect(grownTables).toBeGreaterThanOrEqual(4);
    expect(grownBodies).toBeGreaterThan(50);
  }, 60_000);

  it('never answers valid for a broken table, and validateInto reports what the whole validation does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(BREAKS)),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        (kind, width, rows, withSources, at, breaks) => {
          const doc = documentWith(width, rows, withSources);
          const table = tablesOf(doc)[0] as Table;
          for (let k = 0; k < breaks; k++) BREAKS[kind]?.(table, (at + k * 1361) % rows);
          const whole = DocumentSchema.safeParse(doc).success;
          const chunked = validInChunks(DocumentSchema, doc);
          if (chunked === true) expect(whole).toBe(true);
          if (whole && rows * width > 4096) expect(chunked).toBe(true);
          expect(reported(DocumentSchema, doc)).toEqual({ valid: whole, messages: wholeMessages(DocumentSchema, doc) });
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('cuts a table wider than a chunk into one row per chunk, and one of many rows into chunks', () => {
    const wide = documentWith(5000, 3, true);
    expect(validInChunks(DocumentSchema, wide)).toBe(true);
    const long = documentWith(3, 10_000, true);
    expect(validInChunks(DocumentSchema, long)).toBe(true);
    // A broken row in any chunk (1,365 rows of 3 cells each) is seen.
    for (let r = 0; r < 10_000; r += 1201) {
      const doc = documentWith(3, 10_000, true);
      ((tablesOf(doc)[0] as Table).rows[r] as Plain)['列1'] = 3;
      expect(validInChunks(DocumentSchema, doc), `row ${r}`).toBeUndefined();
      expect(TableSchema.safeParse(tablesOf(doc)[0]).success).toBe(false);
    }
    // A small table is validated whole: no chunks, no answer.
    expect(validInChunks(DocumentSchema, documentWith(3, 10, true))).toBeUndefined();
  }, 60_000);
});

/** A valid document whose body holds `n` blocks: paragraphs, a heading with children every 50, a table at `tableAt`. */
function documentWithBody(n: number, tableAt: number) {
  const doc = documentWith(3, 10, true);
  const table = tablesOf(doc)[0] as Table;
  doc.body = Array.from({ length: n }, (_, i): Block => {
    if (i === tableAt) return { type: 'table', table };
    if (i % 50 === 0)
      return { type: 'heading', level: 1, text: `第${i}节`, children: [{ type: 'paragraph', text: `段${i}。` }] };
    return { type: 'paragraph', text: `这是第${i}段。`, source: { start: i, end: i + 1, line: i + 1 } };
  });
  return doc;
}

/** A heading chain `levels` deep (each heading's only child the next). */
function chain(levels: number): Block {
  let block: Block = { type: 'paragraph', text: '底。' };
  for (let k = 0; k < levels; k++) block = { type: 'heading', level: 1, text: '题', children: [block] };
  return block;
}

/** Ways to break block `i` of a body. */
const BODY_BREAKS: Record<string, (body: Block[], i: number) => void> = {
  'empty text': (b, i) => {
    b[i] = { type: 'paragraph', text: '' };
  },
  'unknown type': (b, i) => {
    (b as unknown[])[i] = { type: 'image', text: 'x' };
  },
  'bad level': (b, i) => {
    b[i] = { type: 'heading', level: 0, text: '题', children: [] };
  },
  'unknown key': (b, i) => {
    (b as unknown[])[i] = { type: 'paragraph', text: '段。', colour: 'red' };
  },
  'too deep': (b, i) => {
    b[i] = chain(MAX_BLOCK_DEPTH + 1);
  },
  'as deep as allowed': (b, i) => {
    b[i] = chain(MAX_BLOCK_DEPTH);
  },
  'large broken table': (b, i) => {
    const doc = documentWith(3, 3000, true);
    const table = tablesOf(doc)[0] as Table;
    (table.rows[2999] as Plain)['列2'] = 'x';
    b[i] = { type: 'table', table };
  },
  'large table': (b, i) => {
    b[i] = { type: 'table', table: tablesOf(documentWith(3, 3000, true))[0] as Table };
  },
};

describe('chunked validation of long bodies', () => {
  it('never answers valid for a broken body, and validateInto reports what the whole validation does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(BODY_BREAKS)),
        fc.integer({ min: 100, max: 1500 }),
        fc.nat(),
        fc.nat(),
        (kind, n, at, tableAt) => {
          const doc = documentWithBody(n, tableAt % n);
          BODY_BREAKS[kind]?.(doc.body, at % n);
          const whole = DocumentSchema.safeParse(doc).success;
          const chunked = validInChunks(DocumentSchema, doc);
          if (chunked === true) expect(whole).toBe(true);
          if (whole && n > 256) expect(chunked).toBe(true);
          expect(reported(DocumentSchema, doc)).toEqual({ valid: whole, messages: wholeMessages(DocumentSchema, doc) });
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('sees a broken block in any chunk of a body, in a document, an enclosure and the gazette', () => {
    for (let i = 0; i < 2000; i += 211) {
      const doc = documentWithBody(2000, 7);
      expect(validInChunks(DocumentSchema, doc)).toBe(true);
      (doc.body as Block[])[i] = { type: 'paragraph', text: '' };
      expect(validInChunks(DocumentSchema, doc), `block ${i}`).toBeUndefined();
      expect(DocumentSchema.safeParse(doc).success).toBe(false);
    }
    const issue = parseGazette(source).issue;
    const enclosure = issue.documents.find((d) => d.enclosures.length > 0)?.enclosures[0];
    expect(enclosure).toBeDefined();
    if (!enclosure) return;
    const paragraph: Block = { type: 'paragraph', text: '段。' };
    enclosure.body = Array.from({ length: 1000 }, () => ({ ...paragraph }));
    expect(validInChunks(GazetteIssueSchema, issue)).toBe(true);
    (enclosure.body[900] as { text: string }).text = '';
    expect(validInChunks(GazetteIssueSchema, issue)).toBeUndefined();
    expect(GazetteIssueSchema.safeParse(issue).success).toBe(false);
  }, 60_000);
});
