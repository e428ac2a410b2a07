import {
  AttachedDocumentSchema,
  AttachmentSchema,
  BlockSchema,
  CitationSchema,
  CorrectionSchema,
  DocumentDraftSchema,
  DocumentNumberSchema,
  DocumentSchema,
  EnclosureSchema,
  GazetteIssueSchema,
  MAX_BLOCK_DEPTH,
  OrganizationSchema,
  OutlineMarkerSchema,
  PageRangeSchema,
  SignatorySchema,
  SourceRangeSchema,
  TableSchema,
  TocEntrySchema,
  ValiditySchema,
} from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { draftingNote, grainRules, issue, notice5, number5, vehicleTable } from './fixtures';

/** The issues of a failed parse as `path: message` lines. */
function issuesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success, 'expected the value to be rejected').toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const clone = <T>(value: T): T => structuredClone(value);

/** Every valid fixture, by entity. */
const valid: Array<[string, z.ZodType, unknown]> = [
  ['DocumentNumber', DocumentNumberSchema, number5],
  [
    'DocumentNumber without year',
    DocumentNumberSchema,
    { agency: '国务院令', serial: 713, canonical: '国务院令第713号', raw: '国务院令 第713号' },
  ],
  [
    'Organization',
    OrganizationSchema,
    { name: '长治市科学技术局', shortName: '市科技局', kind: 'bureau', level: 'municipal' },
  ],
  ['Signatory', SignatorySchema, { name: '张三', title: '市长' }],
  ['SourceRange', SourceRangeSchema, { start: 0, end: 0, line: 1 }],
  ['OutlineMarker', OutlineMarkerSchema, { kind: 'article', level: 4, index: 36, raw: '第三十六条' }],
  ['PageRange', PageRangeSchema, { start: 79 }],
  ['Table', TableSchema, vehicleTable],
  ['Block', BlockSchema, notice5.enclosures[0]?.body[1]],
  [
    'Citation (number only)',
    CitationSchema,
    { docNumber: { agency: '长监', year: 2022, serial: 22, canonical: '长监〔2022〕22号', raw: '长监〔2022〕22号' } },
  ],
  ['Citation (title only)', CitationSchema, { title: '粮食流通管理条例' }],
  ['Validity (from publication)', ValiditySchema, { fromPublication: true, text: '本办法自发布之日起施行。' }],
  ['Attachment with document', AttachmentSchema, { number: 1, title: '起草说明', document: draftingNote }],
  ['AttachedDocument', AttachedDocumentSchema, draftingNote],
  ['Enclosure', EnclosureSchema, notice5.enclosures[0]],
  ['Document', DocumentSchema, notice5],
  ['Document (normative)', DocumentSchema, grainRules],
  ['DocumentDraft (complete)', DocumentDraftSchema, notice5],
  [
    'DocumentDraft (no number, no date)',
    DocumentDraftSchema,
    (({ id: _i, docNumber: _n, writtenDate: _w, ...rest }) => rest)(notice5),
  ],
  ['TocEntry', TocEntrySchema, issue.toc[0]],
  ['TocEntry without section', TocEntrySchema, { title: '关于某某同志任职的通知', startPage: 3 }],
  ['GazetteIssue', GazetteIssueSchema, issue],
  [
    'Correction',
    CorrectionSchema,
    { id: 'c1', where: { line: 1, start: 0, end: 3 }, before: 'a', after: '', why: 'stray text' },
  ],
];

describe('valid fixtures', () => {
  it.each(valid)('%s parses and round-trips', (_name, schema, value) => {
    const parsed = schema.parse(value);
    expect(parsed).toEqual(value);
    expect(schema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });
});

describe('invalid fixtures name the path and the expectation', () => {
  it('DocumentNumber: serial ≥ 1, integer year, strings', () => {
    expect(issuesOf(DocumentNumberSchema, { ...number5, serial: 0 })).toEqual([
      'serial: Expected the serial number (发文顺序号) to be an integer ≥ 1',
    ]);
    expect(issuesOf(DocumentNumberSchema, { ...number5, serial: 1.5 })).toEqual([
      'serial: Expected the serial number (发文顺序号) to be an integer ≥ 1',
    ]);
    expect(issuesOf(DocumentNumberSchema, { ...number5, year: '2024' })).toEqual([
      'year: Expected a four-digit year (年份)',
    ]);
    expect(issuesOf(DocumentNumberSchema, { ...number5, year: undefined })).toHaveLength(1);
    expect(issuesOf(DocumentNumberSchema, { ...number5, agency: '' })).toEqual([
      'agency: Expected the issuing agency code (机关代字), got an empty string',
    ]);
    expect(issuesOf(DocumentNumberSchema, { ...number5, canonical: '长政发[2024]5号' })).toEqual([
      'canonical: Expected canonical "长政发〔2024〕5号"',
    ]);
    expect(issuesOf(DocumentNumberSchema, { serial: 5 })[0]).toBe(
      'agency: Expected the issuing agency code (机关代字), got nothing',
    );
  });

  it('Document: dates are real calendar dates', () => {
    expect(issuesOf(DocumentSchema, { ...notice5, writtenDate: '2024-13-45' })).toEqual([
      'writtenDate: Expected a real calendar date',
    ]);
    expect(issuesOf(DocumentSchema, { ...notice5, writtenDate: '2024年6月4日' })[0]).toMatch(
      /^writtenDate: Expected an ISO date/,
    );
  });

  it('Document: the id follows from the number', () => {
    expect(issuesOf(DocumentSchema, { ...notice5, id: '长政发-2024-6' })).toEqual([
      'id: Expected id "长政发-2024-5" (derived from the 发文字号)',
    ]);
    expect(issuesOf(DocumentSchema, { ...notice5, id: 'x' })[0]).toMatch(/^id: Expected a document id such as/);
  });

  it('Document: types, issuers, disclosure', () => {
    expect(issuesOf(DocumentSchema, { ...notice5, type: '令' })[0]).toMatch(/^type: /);
    expect(issuesOf(DocumentSchema, { ...notice5, issuers: [] })).toEqual(['issuers: Expected at least one issuer']);
    expect(issuesOf(DocumentSchema, { ...notice5, disclosure: '此件公开发布' })[0]).toMatch(/^disclosure: /);
    expect(issuesOf(DocumentSchema, { ...notice5, pages: { start: 12, end: 11 } })).toEqual([
      'pages.end: Expected end page ≥ start page',
    ]);
  });

  it('Document: required lists must be present', () => {
    const { citations: _, ...rest } = notice5;
    expect(issuesOf(DocumentSchema, rest)[0]).toMatch(/^citations: /);
  });

  it('DocumentDraft: the id still follows from the number when both are there', () => {
    expect(issuesOf(DocumentDraftSchema, { ...notice5, id: '长政发-2024-6' })).toEqual([
      'id: Expected id "长政发-2024-5" (derived from the 发文字号)',
    ]);
    const { docNumber: _, ...unnumbered } = notice5;
    expect(DocumentDraftSchema.safeParse(unnumbered).success).toBe(true);
    expect(issuesOf(DocumentSchema, unnumbered)[0]).toMatch(/^docNumber: /);
  });

  it('Table: row keys are the column names and values fit the column types', () => {
    const table = clone(vehicleTable);
    const first = table.rows[0] as Record<string, unknown>;
    first.短缺数量 = '4';
    first.额外 = 1;
    delete first.车辆种类;
    expect(issuesOf(TableSchema, table)).toEqual([
      'rows.0.短缺数量: Expected an integer or null for column "短缺数量", got "4"',
      'rows.0.额外: Unknown column "额外"; expected one of "序号", "单位", "消防站", "车辆种类", "短缺数量"',
      'rows.0.车辆种类: Missing cell for column "车辆种类" (use null for an empty cell)',
    ]);
  });

  it('Table: rowSources and totalSources have one range per row and per totals row', () => {
    expect(TableSchema.parse(vehicleTable).rowSources).toHaveLength(3);
    const { rowSources, totalSources, ...bare } = clone(vehicleTable);
    expect(TableSchema.safeParse(bare).success).toBe(true);
    expect(issuesOf(TableSchema, { ...bare, rowSources: rowSources?.slice(1) })).toEqual([
      'rowSources: Expected one source range per entry of rows (3), got 2',
    ]);
    expect(
      issuesOf(TableSchema, { ...bare, totalSources: [...(totalSources ?? []), ...(totalSources ?? [])] }),
    ).toEqual(['totalSources: Expected one source range per entry of totals (1), got 2']);
    expect(
      issuesOf(TableSchema, { ...bare, rowSources: [{ start: 5, end: 1, line: 1 }, ...(rowSources ?? []).slice(1)] }),
    ).toEqual(['rowSources.0.end: Expected end ≥ start']);
  });

  it('Table: integers, numbers, dates, totals and duplicate columns', () => {
    const table = {
      id: 't',
      title: 'T',
      columns: [
        { name: 'n', type: 'integer' },
        { name: 'x', type: 'number' },
        { name: 'd', type: 'date' },
      ],
      rows: [{ n: 1, x: 1.5, d: '2024-06-30' }],
      totals: [{ label: '合计', values: { n: 1 } }],
      notes: ['注'],
    };
    expect(TableSchema.parse(table)).toEqual(table);
    expect(issuesOf(TableSchema, { ...table, rows: [{ n: 1.5, x: 1, d: '2024-02-30' }] })).toEqual([
      'rows.0.n: Expected an integer or null for column "n", got 1.5',
      'rows.0.d: Expected an ISO date or null for column "d", got "2024-02-30"',
    ]);
    expect(issuesOf(TableSchema, { ...table, totals: [{ label: '合计', values: { y: 1 } }] })).toEqual([
      'totals.0.values.y: Unknown column "y"; expected one of "n", "x", "d"',
    ]);
    expect(issuesOf(TableSchema, { ...table, columns: [...table.columns, { name: 'n', type: 'string' }] })[0]).toBe(
      'columns.3.name: Duplicate column name "n"',
    );
    expect(issuesOf(TableSchema, { ...table, rows: [{ n: 1, x: Number.NaN, d: null }] })[0]).toMatch(/^rows\.0\.x/);
    expect(issuesOf(TableSchema, { ...table, columns: [] })).toContain('columns: Expected at least one column');
  });

  it('Block: unknown types and missing children are rejected', () => {
    expect(BlockSchema.safeParse({ type: 'image', src: 'x' }).success).toBe(false);
    expect(issuesOf(BlockSchema, { type: 'heading', level: 1, text: '总则' })[0]).toMatch(/^children: /);
    expect(issuesOf(BlockSchema, { type: 'list', items: [] })).toEqual([
      'items: Expected a list with at least one item',
    ]);
    const nested = { type: 'heading', level: 1, text: 'a', children: [{ type: 'paragraph', text: '' }] };
    expect(issuesOf(BlockSchema, nested)).toEqual([
      'children.0.text: Expected the paragraph text, got an empty string',
    ]);
  });

  it('Citation needs a title or a number', () => {
    expect(issuesOf(CitationSchema, { text: '有关规定' })).toEqual([
      'title: Expected a citation with a title, a docNumber, or both',
    ]);
  });

  it('Validity: until not before effectiveFrom; period units', () => {
    expect(issuesOf(ValiditySchema, { effectiveFrom: '2024-06-22', until: '2024-06-21' })).toEqual([
      'until: Expected until ≥ effectiveFrom',
    ]);
    expect(issuesOf(ValiditySchema, { period: { value: 5, unit: '年' } })[0]).toMatch(/^period\.unit: /);
    expect(issuesOf(ValiditySchema, { period: { value: 0, unit: 'year' } })[0]).toMatch(/^period\.value: /);
  });

  it('Validity: a basis needs its date, and an expiry counted from an assumed start says so', () => {
    const assumed = {
      effectiveFrom: '2024-06-13',
      effectiveFromBasis: 'written-date',
      fromPublication: true,
      period: { value: 2, unit: 'year' },
      until: '2026-06-12',
    };
    const valid = (value: object) => ValiditySchema.safeParse(value).success;
    expect(valid({ ...assumed, untilBasis: 'period-from-written-date' })).toBe(true);
    expect(issuesOf(ValiditySchema, { ...assumed, untilBasis: 'period' })).toEqual([
      'untilBasis: Expected untilBasis to follow from effectiveFromBasis (period, period-from-month, period-from-written-date)',
    ]);
    expect(valid({ ...assumed, effectiveFromBasis: 'month', untilBasis: 'period-from-month' })).toBe(true);
    expect(valid({ ...assumed, untilBasis: 'stated' })).toBe(true);
    expect(issuesOf(ValiditySchema, { effectiveFromBasis: 'stated', text: '本办法自发布之日起施行。' })).toEqual([
      'effectiveFromBasis: Expected effectiveFrom with effectiveFromBasis',
    ]);
    expect(issuesOf(ValiditySchema, { untilBasis: 'stated', text: '有效期至2025年12月31日' })).toEqual([
      'untilBasis: Expected until with untilBasis',
    ]);
    expect(issuesOf(ValiditySchema, { ...assumed, effectiveFromBasis: 'assumed' })[0]).toMatch(/^effectiveFromBasis: /);
  });

  it('Validity: states something besides where it is', () => {
    const message =
      ': Expected at least one of effectiveFrom, fromPublication, period, until, provisional, text (leave validity out when the text says nothing)';
    expect(issuesOf(ValiditySchema, {})).toEqual([message]);
    expect(issuesOf(ValiditySchema, { source: { start: 0, end: 5, line: 1 } })).toEqual([message]);
  });

  it('Attachment: body or document, not both', () => {
    expect(issuesOf(AttachmentSchema, { title: 'x', body: [], document: draftingNote })).toEqual([
      'document: Expected an attachment with body or document, not both',
    ]);
  });

  it('SourceRange and TocEntry: ordered bounds', () => {
    expect(issuesOf(SourceRangeSchema, { start: 5, end: 4, line: 2, endLine: 1 })).toEqual([
      'end: Expected end ≥ start',
      'endLine: Expected endLine ≥ line',
    ]);
    expect(issuesOf(SourceRangeSchema, { start: -1, end: 4, line: 0 })).toHaveLength(2);
    expect(issuesOf(TocEntrySchema, { section: 'x', title: 'y', startPage: 5, endPage: 4 })).toEqual([
      'endPage: Expected endPage ≥ startPage',
    ]);
  });

  it('GazetteIssue: unique document ids, real dates, postcode', () => {
    const toc = issue.toc.filter((entry) => entry.documentId === notice5.id);
    expect(issuesOf(GazetteIssueSchema, { ...issue, toc, documents: [notice5, notice5] })).toEqual([
      'documents.1.id: Duplicate document id "长政发-2024-5"',
    ]);
    expect(issuesOf(GazetteIssueSchema, { ...issue, publicationDate: '2024-06-31' })).toEqual([
      'publicationDate: Expected a real calendar date',
    ]);
    expect(issuesOf(GazetteIssueSchema, { ...issue, contact: { postcode: '04600' } })).toEqual([
      'contact.postcode: Expected a six-digit postcode (邮编)',
    ]);
    expect(issuesOf(GazetteIssueSchema, { ...issue, number: 0 })).toEqual([
      'number: Expected the issue number to be an integer ≥ 1',
    ]);
  });

  it('Correction: after differs from before, id is a slug', () => {
    const correction = { id: 'c1', where: { line: 3 }, before: 'a', after: 'a', why: 'x' };
    expect(issuesOf(CorrectionSchema, correction)).toEqual(['after: Expected after to differ from before']);
    expect(issuesOf(CorrectionSchema, { ...correction, id: 'c 1', after: 'b' })[0]).toMatch(/^id: /);
  });
});

describe('hostile input is rejected cleanly', () => {
  const hostileJson = (json: string) => JSON.parse(json) as unknown;

  it.each(valid)('%s: unknown keys and __proto__ keys are rejected', (_name, schema, value) => {
    // Every sample is an object: assert it rather than skip the case.
    expect(value).toBeTypeOf('object');
    expect(value).not.toBeNull();
    const text = JSON.stringify(value);
    const withProto = hostileJson(`{"__proto__":{"polluted":true},${text.slice(1)}`);
    expect(schema.safeParse(withProto).success).toBe(false);
    expect(schema.safeParse({ ...(value as object), extra: 1 }).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a __proto__ key inside a table row is rejected', () => {
    const row = hostileJson('{"__proto__":{"序号":1},"序号":1,"单位":"a","消防站":null,"车辆种类":"b","短缺数量":1}');
    expect(issuesOf(TableSchema, { ...vehicleTable, rows: [row] })).toEqual([
      'rows.0.__proto__: Unexpected key "__proto__" in a row',
    ]);
  });

  it('a __proto__ key nested deep in a document is rejected', () => {
    const doc = clone(notice5) as unknown as { enclosures: Array<{ body: unknown[] }> };
    const block = hostileJson('{"type":"paragraph","text":"x","__proto__":{"text":"y"}}');
    doc.enclosures[0]?.body.push(block);
    const issues = issuesOf(DocumentSchema, doc);
    expect(issues).toEqual(['enclosures.0.body.3: Unrecognized key: "__proto__"']);
  });

  it('huge strings are rejected where a bound makes sense', () => {
    const huge = '长'.repeat(1_000_000);
    expect(issuesOf(DocumentNumberSchema, { ...number5, agency: huge })).toEqual([
      'agency: Expected the issuing agency code (机关代字) of at most 200 characters',
    ]);
    expect(issuesOf(DocumentSchema, { ...notice5, title: huge })).toEqual([
      'title: Expected the document title of at most 500 characters',
    ]);
    expect(issuesOf(BlockSchema, { type: 'paragraph', text: huge })).toEqual([
      'text: Expected the paragraph text of at most 200000 characters',
    ]);
  });

  it.each([
    ['null', null],
    ['a string', 'document'],
    ['a number', 42],
    ['an array', []],
    ['a function', () => 1],
    ['a Map', new Map()],
  ])('wrong types (%s) are rejected without throwing', (_name, value) => {
    for (const [, schema] of valid) expect(schema.safeParse(value).success).toBe(false);
  });

  it('wrong types in fields are rejected with the path', () => {
    expect(issuesOf(DocumentSchema, { ...notice5, addressees: '各县、区人民政府' })[0]).toMatch(/^addressees: /);
    expect(issuesOf(DocumentSchema, { ...notice5, body: [{ type: 'paragraph', text: 5 }] })).toEqual([
      'body.0.text: Expected the paragraph text (a string)',
    ]);
    expect(issuesOf(GazetteIssueSchema, { ...issue, year: '2024' })).toEqual(['year: Expected the year (a number)']);
  });

  it(`block trees deeper than ${MAX_BLOCK_DEPTH} levels fail instead of overflowing the stack`, () => {
    const nest = (depth: number) => {
      let block: unknown = { type: 'paragraph', text: 'x' };
      for (let i = 0; i < depth; i++) block = { type: 'heading', level: 1, text: 'h', children: [block] };
      return block;
    };
    expect(BlockSchema.safeParse(nest(MAX_BLOCK_DEPTH)).success).toBe(true);
    expect(issuesOf(BlockSchema, nest(MAX_BLOCK_DEPTH + 1))).toEqual([
      `children: Expected blocks nested at most ${MAX_BLOCK_DEPTH} levels deep`,
    ]);
    expect(() => BlockSchema.safeParse(nest(100_000))).not.toThrow();
    expect(DocumentSchema.safeParse({ ...notice5, body: [nest(100_000)] }).success).toBe(false);
  });
});
