import { DocumentNumberSchema, DocumentSchema, GazetteIssueSchema } from '@gongbao/core';
import { parseDocumentNumber } from '@gongbao/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issue, notice5, number5 } from './fixtures';

const issuesOf = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('DocumentNumberSchema: the parts are what parseDocumentNumber reads', () => {
  it('rejects the hostile number of issue 12 (prose before the agency, year 9999, raw that is no number)', () => {
    const hostile = { agency: '根据长政发', year: 9999, serial: 5, canonical: '根据长政发〔9999〕5号', raw: 'hello' };
    expect(issuesOf(DocumentNumberSchema, hostile)).toEqual([
      'agency: "根据长政发〔9999〕5号" is not a document number',
      'raw: Expected raw to read as "根据长政发〔9999〕5号"',
    ]);
    expect(
      issuesOf(DocumentNumberSchema, {
        ...hostile,
        year: 2024,
        canonical: '根据长政发〔2024〕5号',
        raw: '根据长政发〔2024〕5号',
      }),
    ).toEqual([
      'agency: "根据长政发〔2024〕5号" is not a document number',
      'raw: Expected raw to read as "根据长政发〔2024〕5号"',
    ]);
  });

  it('canonical follows from the parts; raw reads to the same parts', () => {
    expect(issuesOf(DocumentNumberSchema, { ...number5, canonical: '长政发[2024]5号' })).toEqual([
      'canonical: Expected canonical "长政发〔2024〕5号"',
    ]);
    expect(issuesOf(DocumentNumberSchema, { ...number5, raw: '长政发〔2024〕6号' })).toEqual([
      'raw: Expected raw to read as "长政发〔2024〕5号"',
    ]);
    expect(issuesOf(DocumentNumberSchema, { ...number5, raw: '长政办发〔2024〕5号' })).toEqual([
      'raw: Expected raw to read as "长政发〔2024〕5号"',
    ]);
    // Variant spellings of the same number are fine.
    for (const raw of ['长政发[2024]5号', '长政发〔2024〕5 号', ' 长政发【２０２４】第005号 ']) {
      expect(DocumentNumberSchema.safeParse({ ...number5, raw }).success, raw).toBe(true);
    }
  });

  it('the agency obeys the rules of parseDocumentNumber', () => {
    const order = { agency: '国务院令', serial: 713, canonical: '国务院令第713号', raw: '国务院令 第713号' };
    expect(DocumentNumberSchema.safeParse(order).success).toBe(true);
    // A number without a year is an order (令) or an announcement (公告).
    expect(
      issuesOf(DocumentNumberSchema, { agency: '长政发', serial: 5, canonical: '长政发第5号', raw: '长政发第5号' }),
    ).toEqual(['agency: "长政发第5号" is not a document number', 'raw: Expected raw to read as "长政发第5号"']);
    // Not Han characters; spaces inside.
    for (const agency of ['ABC', '长政 发', '印发长政发']) {
      const canonical = `${agency}〔2024〕5号`;
      expect(
        DocumentNumberSchema.safeParse({ agency, year: 2024, serial: 5, canonical, raw: canonical }).success,
        agency,
      ).toBe(false);
    }
  });

  it('property: whatever parseDocumentNumber returns is accepted; any change of one part is not', () => {
    const agency = fc.stringMatching(/^[长政发办函规人社晋国务院]{1,6}$/).filter((a) => !/印发|执行/.test(a));
    fc.assert(
      fc.property(
        agency,
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 99_999 }),
        (a, year, serial) => {
          const value = parseDocumentNumber(`${a}[${year}]${serial}号`);
          expect(DocumentNumberSchema.safeParse(value).success).toBe(true);
          expect(DocumentNumberSchema.safeParse({ ...value, serial: serial + 1 }).success).toBe(false);
          expect(DocumentNumberSchema.safeParse({ ...value, year: year === 2999 ? 2998 : year + 1 }).success).toBe(
            false,
          );
          expect(DocumentNumberSchema.safeParse({ ...value, agency: `${a}长` }).success).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a document whose number fails is rejected at that path', () => {
    const doc = { ...notice5, docNumber: { ...number5, raw: 'hello' } };
    expect(issuesOf(DocumentSchema, doc)).toEqual(['docNumber.raw: Expected raw to read as "长政发〔2024〕5号"']);
  });
});

describe('GazetteIssueSchema: the masthead and the table of contents agree with the documents', () => {
  it('the fixture (the real issue, abridged) passes', () => {
    expect(GazetteIssueSchema.safeParse(issue).success).toBe(true);
  });

  it('the cumulative number is at least the issue number', () => {
    expect(issuesOf(GazetteIssueSchema, { ...issue, cumulative: 2 })).toEqual([
      'cumulative: Expected the cumulative number (总第2期) to be at least the issue number (第3期)',
    ]);
    expect(GazetteIssueSchema.safeParse({ ...issue, cumulative: 3 }).success).toBe(true);
  });

  it('every TOC documentId names a document of the issue', () => {
    const [first, ...rest] = issue.toc;
    const toc = [{ ...first, documentId: '长政发-2024-99' }, ...rest];
    expect(issuesOf(GazetteIssueSchema, { ...issue, toc })).toEqual([
      'toc.0.documentId: Expected the id of a document of the issue, got "长政发-2024-99"',
    ]);
  });

  it('no document is listed twice in the TOC', () => {
    const [first, second, ...rest] = issue.toc;
    expect(second).toBeDefined();
    const toc = [first, { ...second, documentId: first?.documentId, docNumber: first?.docNumber }, ...rest];
    expect(issuesOf(GazetteIssueSchema, { ...issue, toc })).toEqual([
      `toc.1.documentId: Expected each document listed once, got "${first?.documentId}" again`,
    ]);
  });

  it('a TOC 发文字号 is the one of its document', () => {
    const [first, ...rest] = issue.toc;
    const docNumber = {
      agency: '长政发',
      year: 2024,
      serial: 6,
      canonical: '长政发〔2024〕6号',
      raw: '长政发[2024]6号',
    };
    expect(issuesOf(GazetteIssueSchema, { ...issue, toc: [{ ...first, docNumber }, ...rest] })).toEqual([
      'toc.0.docNumber: Expected the 发文字号 of document "长政发-2024-5" ("长政发〔2024〕5号"), got "长政发〔2024〕6号"',
    ]);
  });
});
