/**
 * The resources about the documents themselves: `documents` (one row per document),
 * `document-issuers`, `blocks` (every piece of text, as search reads it), `citations`, `repeals`,
 * `toc` and `corrections`. Every `documentId` references `documents.id`.
 */

import type { Correction } from '@gongbao/core';
import {
  CitationSchema,
  CorrectionLocationSchema,
  CorrectionSchema,
  DISCLOSURES,
  DOCUMENT_STATUSES,
  type Document,
  DocumentNumberSchema,
  DocumentSchema,
  documentStatus,
  EFFECTIVE_DATE_BASES,
  EXPIRY_BASES,
  type GazetteIssue,
  HeadingBlockSchema,
  OFFICIAL_DOCUMENT_TYPES,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  OrganizationSchema,
  PageRangeSchema,
  PERIOD_UNITS,
  TocEntrySchema,
  ValidityPeriodSchema,
  ValiditySchema,
} from '@gongbao/core';
import { type TextPiece, textPieces } from '../../../src/internal/text-blocks';
import { describedBy, field, KEY, mirror, REQUIRED } from './describe';
import type { Cell, FieldSpec, ForeignKeySpec, ResourceSpec } from './resource';

/** How list cells (issuers, addressees) are joined: `; ` (no name in the issue contains `;`). */
export const LIST_SEPARATOR = '; ';

const toDocuments = (fields: string[] = ['documentId']): ForeignKeySpec => ({
  fields,
  reference: { resource: 'documents', fields: ['id'] },
});

/** The `documentId` field of every resource but `documents`. */
export const DOCUMENT_ID_FIELD: FieldSpec = field(
  'documentId',
  'string',
  `The document (documents.id). ${describedBy(DocumentSchema, 'id')}`,
  { constraints: REQUIRED },
);
/** The `line` field: where the row's text starts in the verbatim source. */
export const LINE_FIELD: FieldSpec = field(
  'line',
  'integer',
  '1-based line in the verbatim source (source/changzhi-gongbao-2024-03.md of the package) where the row’s text starts; empty when unknown.',
);
/** The `endLine` field: where the row's text ends, when on another line. */
export const END_LINE_FIELD: FieldSpec = field(
  'endLine',
  'integer',
  '1-based last line of the row’s text in the verbatim source, when it spans several lines; else empty.',
);
const ORDINAL = (within: string): FieldSpec =>
  field('ordinal', 'integer', `1-based position of the row within its ${within}, in reading order.`, {
    constraints: REQUIRED,
  });

const opt = <T extends Cell>(value: T | undefined): T | null => (value === undefined ? null : value);
const joined = (values: readonly string[]): string | null => (values.length > 0 ? values.join(LIST_SEPARATOR) : null);
const lines = (source: { line: number; endLine?: number } | undefined) => ({
  line: source?.line ?? null,
  endLine: source?.endLine ?? null,
});

function documentsResource(issue: GazetteIssue): ResourceSpec {
  const docs = issue.documents;
  const number = (key: string, name: string) => mirror(DocumentNumberSchema, name, 'string', { key });
  const fields: FieldSpec[] = [
    mirror(DocumentSchema, 'id', 'string', { constraints: KEY }),
    field('docNumber', 'string', `发文字号, canonical. ${describedBy(DocumentNumberSchema, 'canonical')}`, {
      constraints: KEY,
    }),
    { ...number('raw', 'docNumberRaw'), constraints: REQUIRED },
    { ...number('agency', 'agency'), constraints: REQUIRED },
    mirror(DocumentNumberSchema, 'docNumberYear', 'integer', { key: 'year' }),
    mirror(DocumentNumberSchema, 'serial', 'integer', { constraints: REQUIRED }),
    mirror(DocumentSchema, 'title', 'string', { constraints: REQUIRED }),
    mirror(DocumentSchema, 'type', 'string', { constraints: { required: true, enum: [...OFFICIAL_DOCUMENT_TYPES] } }),
    mirror(DocumentSchema, 'issuers', 'string', {
      prefix: `Names joined by "${LIST_SEPARATOR}" (one row each in document-issuers). `,
      constraints: REQUIRED,
    }),
    mirror(DocumentSchema, 'addressees', 'string', { prefix: `Joined by "${LIST_SEPARATOR}". ` }),
    mirror(DocumentSchema, 'writtenDate', 'date', { constraints: REQUIRED }),
    mirror(DocumentSchema, 'section', 'string'),
    mirror(PageRangeSchema, 'pageStart', 'integer', { key: 'start' }),
    mirror(PageRangeSchema, 'pageEnd', 'integer', { key: 'end' }),
    mirror(DocumentSchema, 'note', 'string'),
    mirror(DocumentSchema, 'disclosure', 'string', { constraints: { enum: [...DISCLOSURES] } }),
    mirror(ValiditySchema, 'effectiveFrom', 'date'),
    mirror(ValiditySchema, 'effectiveFromBasis', 'string', { constraints: { enum: [...EFFECTIVE_DATE_BASES] } }),
    mirror(ValiditySchema, 'fromPublication', 'boolean'),
    mirror(ValidityPeriodSchema, 'periodValue', 'integer', { key: 'value', prefix: '有效期: ' }),
    mirror(ValidityPeriodSchema, 'periodUnit', 'string', { key: 'unit', constraints: { enum: [...PERIOD_UNITS] } }),
    mirror(ValiditySchema, 'until', 'date'),
    mirror(ValiditySchema, 'untilBasis', 'string', { constraints: { enum: [...EXPIRY_BASES] } }),
    mirror(ValiditySchema, 'provisional', 'boolean'),
    mirror(ValiditySchema, 'validityText', 'string', { key: 'text', prefix: '效力 clause: ' }),
    field(
      'statusOnPublication',
      'string',
      `效力状态 on the gazette's 出版日期 (${issue.publicationDate}), by documentStatus of @gongbao/core with the issue's repeals: not-yet-in-force, in-force, expired, repealed, or unknown when the text states no effect.`,
      { constraints: { required: true, enum: [...DOCUMENT_STATUSES] } },
    ),
    mirror(DocumentSchema, 'enclosures', 'string', { prefix: `Their titles, joined by "${LIST_SEPARATOR}". ` }),
    mirror(DocumentSchema, 'attachments', 'string', { prefix: `Their titles, joined by "${LIST_SEPARATOR}". ` }),
    LINE_FIELD,
    END_LINE_FIELD,
  ];
  const rows = docs.map((doc) => {
    const v = doc.validity;
    return {
      id: doc.id,
      docNumber: doc.docNumber.canonical,
      docNumberRaw: doc.docNumber.raw,
      agency: doc.docNumber.agency,
      docNumberYear: opt(doc.docNumber.year),
      serial: doc.docNumber.serial,
      title: doc.title,
      type: doc.type,
      issuers: joined(doc.issuers.map((o) => o.name)),
      addressees: joined(doc.addressees),
      writtenDate: doc.writtenDate,
      section: opt(doc.section),
      pageStart: opt(doc.pages?.start),
      pageEnd: opt(doc.pages?.end),
      note: opt(doc.note),
      disclosure: opt(doc.disclosure),
      effectiveFrom: opt(v?.effectiveFrom),
      effectiveFromBasis: opt(v?.effectiveFromBasis),
      fromPublication: opt(v?.fromPublication),
      periodValue: opt(v?.period?.value),
      periodUnit: opt(v?.period?.unit),
      until: opt(v?.until),
      untilBasis: opt(v?.untilBasis),
      provisional: opt(v?.provisional),
      validityText: opt(v?.text),
      statusOnPublication: documentStatus(doc, issue.publicationDate, docs),
      enclosures: joined(doc.enclosures.map((e) => e.title)),
      attachments: joined(doc.attachments.map((a) => a.title)),
      ...lines(doc.source),
    };
  });
  return {
    name: 'documents',
    title: '文件: the documents of the issue',
    description:
      'One row per document (公文) of the issue, in gazette order: its 发文字号, title, 文种, issuers, 成文日期, gazette section and pages, 公开属性, and its stated legal effect (效力) with the basis of each date.',
    fields,
    primaryKey: ['id'],
    rows,
  };
}

function issuersResource(docs: readonly Document[]): ResourceSpec {
  return {
    name: 'document-issuers',
    title: '发文机关: the issuers of each document',
    description: 'One row per issuer of a document, in the order written (joint documents have several).',
    fields: [
      DOCUMENT_ID_FIELD,
      ORDINAL('document’s issuers'),
      mirror(OrganizationSchema, 'name', 'string', { constraints: REQUIRED }),
      mirror(OrganizationSchema, 'shortName', 'string'),
      mirror(OrganizationSchema, 'organizationKind', 'string', {
        key: 'kind',
        constraints: { enum: [...ORGANIZATION_KINDS] },
      }),
      mirror(OrganizationSchema, 'organizationLevel', 'string', {
        key: 'level',
        constraints: { enum: [...ORGANIZATION_LEVELS] },
      }),
    ],
    primaryKey: ['documentId', 'ordinal'],
    foreignKeys: [toDocuments()],
    rows: docs.flatMap((doc) =>
      doc.issuers.map((o, i) => ({
        documentId: doc.id,
        ordinal: i + 1,
        name: o.name,
        shortName: opt(o.shortName),
        organizationKind: opt(o.kind),
        organizationLevel: opt(o.level),
      })),
    ),
  };
}

/** The kinds of text pieces in `blocks`. */
export const BLOCK_TYPES = [
  'title',
  'heading',
  'paragraph',
  'note',
  'list-item',
  'table-title',
  'table-row',
  'table-note',
] as const;

function blockTypeOf(piece: TextPiece): (typeof BLOCK_TYPES)[number] {
  const block = piece.block;
  if (block === undefined) return 'title';
  if (block.type === 'list') return 'list-item';
  if (block.type === 'table') {
    if (piece.path.endsWith('/table/title')) return 'table-title';
    return piece.path.includes('/table/rows/') ? 'table-row' : 'table-note';
  }
  return block.type;
}

function markerOf(piece: TextPiece): string | null {
  const block = piece.block;
  if (block?.type === 'heading') return block.marker?.raw ?? null;
  if (block?.type === 'list') {
    const item = block.items[Number(piece.path.slice(piece.path.lastIndexOf('/') + 1))];
    return item?.marker?.raw ?? null;
  }
  return null;
}

function blocksResource(docs: readonly Document[]): ResourceSpec {
  return {
    name: 'blocks',
    title: '正文块: every heading, paragraph, list item, note and table row',
    description:
      'Every piece of text of every document in reading order, exactly the pieces searchText of @gongbao/data searches: the titles (document, enclosed texts, attachments), headings (with their marker), paragraphs (page breaks rejoined), list items, notes, and each table title, row (cells joined by a tab) and note.',
    fields: [
      DOCUMENT_ID_FIELD,
      field(
        'path',
        'string',
        'The block path in the document (as in search hits and timeline entries), e.g. enclosures/0/body/2/children/0; unique within the document.',
        { constraints: REQUIRED },
      ),
      ORDINAL('document'),
      field('blockType', 'string', `What the piece is: ${BLOCK_TYPES.join(', ')}.`, {
        constraints: { required: true, enum: [...BLOCK_TYPES] },
      }),
      field(
        'marker',
        'string',
        'The outline marker as written (第一条, 一、, （一） …) of a heading or list item; else empty.',
      ),
      mirror(HeadingBlockSchema, 'level', 'integer', { prefix: 'For headings: ' }),
      field(
        'text',
        'string',
        'The text as searchText reads it: for a heading its marker and text, for a note its label, for a table row its cells joined by a tab.',
        { constraints: REQUIRED },
      ),
      LINE_FIELD,
      END_LINE_FIELD,
    ],
    primaryKey: ['documentId', 'path'],
    foreignKeys: [toDocuments()],
    rows: docs.flatMap((doc) =>
      [...textPieces(doc)].map((piece, i) => {
        const block = piece.block;
        return {
          documentId: doc.id,
          path: piece.path,
          ordinal: i + 1,
          blockType: blockTypeOf(piece),
          marker: markerOf(piece),
          level: block?.type === 'heading' ? block.level : null,
          text: piece.text,
          ...lines(piece.source),
        };
      }),
    ),
  };
}

function citationsResource(docs: readonly Document[]): ResourceSpec {
  return {
    name: 'citations',
    title: '引用: documents cited in the text',
    description: `One row per citation of another document, in reading order. ${describedBy(CitationSchema, 'resolvedDocumentId')} — then it joins documents.id.`,
    fields: [
      DOCUMENT_ID_FIELD,
      ORDINAL('document’s citations'),
      mirror(CitationSchema, 'title', 'string'),
      field('docNumber', 'string', `发文字号 of the cited document, canonical, when the text gives it.`),
      mirror(CitationSchema, 'issuer', 'string'),
      mirror(CitationSchema, 'text', 'string'),
      mirror(CitationSchema, 'resolvedDocumentId', 'string'),
      LINE_FIELD,
    ],
    primaryKey: ['documentId', 'ordinal'],
    foreignKeys: [toDocuments(), toDocuments(['resolvedDocumentId'])],
    rows: docs.flatMap((doc) =>
      doc.citations.map((c, i) => ({
        documentId: doc.id,
        ordinal: i + 1,
        title: opt(c.title),
        docNumber: opt(c.docNumber?.canonical),
        issuer: opt(c.issuer),
        text: opt(c.text),
        resolvedDocumentId: opt(c.resolvedDocumentId),
        line: c.source?.line ?? null,
      })),
    ),
  };
}

function repealsResource(docs: readonly Document[]): ResourceSpec {
  return {
    name: 'repeals',
    title: '废止: documents repealed',
    description:
      'One row per document a document of the issue repeals (废止), with the title its citation gives (citations has the same number).',
    fields: [
      DOCUMENT_ID_FIELD,
      ORDINAL('document’s repeals'),
      field('repealedDocNumber', 'string', '发文字号 of the repealed document, canonical.', { constraints: REQUIRED }),
      field('repealedTitle', 'string', 'Its title, as the citation of that number gives it; empty when none does.'),
    ],
    primaryKey: ['documentId', 'ordinal'],
    foreignKeys: [toDocuments()],
    rows: docs.flatMap((doc) =>
      doc.repeals.map((n, i) => ({
        documentId: doc.id,
        ordinal: i + 1,
        repealedDocNumber: n.canonical,
        repealedTitle:
          doc.citations.find((c) => c.docNumber?.canonical === n.canonical && c.title !== undefined)?.title ?? null,
      })),
    ),
  };
}

function tocResource(issue: GazetteIssue): ResourceSpec {
  return {
    name: 'toc',
    title: '目录: the table of contents',
    description: 'The table of contents of the issue as printed, one row per entry, with the document each lists.',
    fields: [
      field('ordinal', 'integer', '1-based position of the entry in the table of contents.', { constraints: KEY }),
      mirror(TocEntrySchema, 'section', 'string'),
      mirror(TocEntrySchema, 'title', 'string', { constraints: REQUIRED }),
      field('docNumber', 'string', '发文字号 as listed, canonical.'),
      mirror(TocEntrySchema, 'startPage', 'integer', { constraints: REQUIRED }),
      mirror(TocEntrySchema, 'endPage', 'integer'),
      field('documentId', 'string', `The document this entry lists (documents.id).`),
      LINE_FIELD,
    ],
    primaryKey: ['ordinal'],
    foreignKeys: [toDocuments()],
    rows: issue.toc.map((entry, i) => ({
      ordinal: i + 1,
      section: opt(entry.section),
      title: entry.title,
      docNumber: opt(entry.docNumber?.canonical),
      startPage: entry.startPage,
      endPage: opt(entry.endPage),
      documentId: opt(entry.documentId),
      line: entry.source?.line ?? null,
    })),
  };
}

function correctionsResource(corrections: readonly Correction[]): ResourceSpec {
  const where = (name: string, type: 'integer', key = name) => mirror(CorrectionLocationSchema, name, type, { key });
  return {
    name: 'corrections',
    title: '勘误: corrections applied to the source before parsing',
    description:
      'Every reviewed correction of the verbatim source (corrections.json of the package), where it applies, the text before and after, and why.',
    fields: [
      mirror(CorrectionSchema, 'id', 'string', { constraints: KEY }),
      field('documentId', 'string', describedBy(CorrectionSchema, 'documentId')),
      { ...where('line', 'integer'), constraints: REQUIRED },
      where('endLine', 'integer'),
      where('start', 'integer'),
      where('end', 'integer'),
      mirror(CorrectionSchema, 'before', 'string'),
      mirror(CorrectionSchema, 'after', 'string'),
      mirror(CorrectionSchema, 'why', 'string', { constraints: REQUIRED }),
    ],
    primaryKey: ['id'],
    foreignKeys: [toDocuments()],
    rows: corrections.map((c) => ({
      id: c.id,
      documentId: opt(c.documentId),
      line: c.where.line,
      endLine: opt(c.where.endLine),
      start: opt(c.where.start),
      end: opt(c.where.end),
      before: c.before,
      after: c.after,
      why: c.why,
    })),
  };
}

/** The document resources of the issue, in the order listed in datapackage.json. */
export function documentResources(issue: GazetteIssue, corrections: readonly Correction[]): ResourceSpec[] {
  const docs = issue.documents;
  return [
    documentsResource(issue),
    issuersResource(docs),
    blocksResource(docs),
    citationsResource(docs),
    repealsResource(docs),
    tocResource(issue),
    correctionsResource(corrections),
  ];
}
