import type {
  Attachment,
  Block,
  Citation,
  Document,
  DocumentNumber,
  DocumentStatus,
  DocumentType,
  GazetteIssue,
  HeadingBlock,
  IsoDate,
  IsoDateInput,
  OutlineMarker,
  OutlineMarkerKind,
  ReadonlyDeep,
  SourceRange,
  StatusInput,
  Table,
  TableCell,
  TocEntry,
  Validity,
  WithDateInputs,
} from '@gongbao/core';
import { documentStatus, documentToText } from '@gongbao/core';
import type {
  parseDocumentNumber,
  parseOutlineMarker,
  DocumentNumber as UtilsDocumentNumber,
  OutlineMarker as UtilsOutlineMarker,
  OutlineMarkerKind as UtilsOutlineMarkerKind,
} from '@gongbao/utils';
import { describe, expectTypeOf, test } from 'vitest';

describe('agreement with @gongbao/utils', () => {
  test('DocumentNumber is the type parseDocumentNumber returns', () => {
    expectTypeOf<DocumentNumber>().toEqualTypeOf<UtilsDocumentNumber>();
    expectTypeOf<ReturnType<typeof parseDocumentNumber>>().toExtend<DocumentNumber>();
  });

  test('OutlineMarker is the type parseOutlineMarker returns', () => {
    expectTypeOf<OutlineMarkerKind>().toEqualTypeOf<UtilsOutlineMarkerKind>();
    expectTypeOf<UtilsOutlineMarker>().toExtend<OutlineMarker>();
    expectTypeOf<NonNullable<ReturnType<typeof parseOutlineMarker>>>().toExtend<OutlineMarker>();
  });
});

describe('inferred types', () => {
  test('DocumentNumber', () => {
    expectTypeOf<DocumentNumber>().toEqualTypeOf<{
      agency: string;
      year?: number;
      serial: number;
      canonical: string;
      raw: string;
    }>();
  });

  test('Document has the contract fields with their types', () => {
    expectTypeOf<Document['id']>().toEqualTypeOf<string>();
    expectTypeOf<Document['docNumber']>().toEqualTypeOf<DocumentNumber>();
    expectTypeOf<Document['type']>().toEqualTypeOf<DocumentType>();
    expectTypeOf<Document['issuers'][number]['name']>().toEqualTypeOf<string>();
    expectTypeOf<Document['addressees']>().toEqualTypeOf<string[]>();
    expectTypeOf<Document['writtenDate']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Document['note']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Document['disclosure']>().toEqualTypeOf<'public' | 'on-request' | 'not-public' | undefined>();
    expectTypeOf<Document['attachments']>().toEqualTypeOf<Attachment[]>();
    expectTypeOf<Document['enclosures'][number]['title']>().toEqualTypeOf<string>();
    expectTypeOf<Document['enclosures'][number]['body']>().toEqualTypeOf<Block[]>();
    expectTypeOf<Document['citations']>().toEqualTypeOf<Citation[]>();
    expectTypeOf<Document['validity']>().toEqualTypeOf<Validity | undefined>();
    expectTypeOf<Document['repeals']>().toEqualTypeOf<DocumentNumber[]>();
    expectTypeOf<Document['section']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Document['pages']>().toEqualTypeOf<{ start: number; end?: number | undefined } | undefined>();
    expectTypeOf<Document['body']>().toEqualTypeOf<Block[]>();
    expectTypeOf<Document['source']>().toEqualTypeOf<SourceRange | undefined>();
  });

  test('DocumentType is the union of the 15 types', () => {
    expectTypeOf<DocumentType>().toEqualTypeOf<
      | '决议'
      | '决定'
      | '命令'
      | '公报'
      | '公告'
      | '通告'
      | '意见'
      | '通知'
      | '通报'
      | '报告'
      | '请示'
      | '批复'
      | '议案'
      | '函'
      | '纪要'
    >();
  });

  test('Validity dates are IsoDate', () => {
    expectTypeOf<Validity['effectiveFrom']>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<Validity['until']>().toEqualTypeOf<IsoDate | undefined>();
  });

  test('Block is a discriminated union and headings nest blocks', () => {
    expectTypeOf<Block['type']>().toEqualTypeOf<'heading' | 'paragraph' | 'list' | 'table' | 'note'>();
    expectTypeOf<HeadingBlock['children']>().toEqualTypeOf<Block[]>();
    expectTypeOf<HeadingBlock['marker']>().toEqualTypeOf<OutlineMarker | undefined>();
    expectTypeOf<Extract<Block, { type: 'table' }>['table']>().toEqualTypeOf<Table>();
    expectTypeOf<Extract<Block, { type: 'paragraph' }>>().toHaveProperty('text').toEqualTypeOf<string>();
  });

  test('Table rows are records of cells', () => {
    expectTypeOf<TableCell>().toEqualTypeOf<string | number | boolean | null>();
    expectTypeOf<Table['rows']>().toEqualTypeOf<Record<string, TableCell>[]>();
    expectTypeOf<Table['columns'][number]['type']>().toEqualTypeOf<
      'string' | 'integer' | 'number' | 'boolean' | 'date'
    >();
    expectTypeOf<Table['documentNumber']>().toEqualTypeOf<DocumentNumber | undefined>();
    expectTypeOf<Table['rowSources']>().toEqualTypeOf<SourceRange[] | undefined>();
    expectTypeOf<Table['totalSources']>().toEqualTypeOf<SourceRange[] | undefined>();
  });

  test('GazetteIssue', () => {
    expectTypeOf<GazetteIssue['year']>().toEqualTypeOf<number>();
    expectTypeOf<GazetteIssue['number']>().toEqualTypeOf<number>();
    expectTypeOf<GazetteIssue['cumulative']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<GazetteIssue['publicationDate']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<GazetteIssue['toc']>().toEqualTypeOf<TocEntry[]>();
    expectTypeOf<GazetteIssue['documents']>().toEqualTypeOf<Document[]>();
    expectTypeOf<GazetteIssue['editorialBoard']>().toEqualTypeOf<{ role: string; people: string[] }[]>();
  });

  test('SourceRange matches the parser Diagnostic range', () => {
    expectTypeOf<SourceRange>().toEqualTypeOf<{ start: number; end: number; line: number; endLine?: number }>();
  });

  test('helpers', () => {
    expectTypeOf(documentStatus).returns.toEqualTypeOf<DocumentStatus>();
    // Plain ISO strings in (checked at run time), checked values out.
    expectTypeOf(documentStatus).parameter(1).toEqualTypeOf<IsoDateInput>();
    expectTypeOf(documentStatus({} as Document, '2025-01-01')).toEqualTypeOf<DocumentStatus>();
    expectTypeOf(documentToText).parameter(0).toEqualTypeOf<WithDateInputs<Document>>();
    expectTypeOf<Document>().toExtend<WithDateInputs<Document>>();
    expectTypeOf<ReadonlyArray<Document>>().toExtend<ReadonlyArray<StatusInput>>();
    // The deep-frozen documents of @gongbao/data (ReadonlyDeep) are accepted too.
    expectTypeOf<ReadonlyDeep<Document>>().toExtend<WithDateInputs<Document>>();
    expectTypeOf<ReadonlyDeep<Document[]>>().toExtend<ReadonlyArray<StatusInput>>();
    expectTypeOf<Document>().toExtend<ReadonlyDeep<Document>>();
    expectTypeOf(documentToText).returns.toEqualTypeOf<string>();
    expectTypeOf<WithDateInputs<Document>['writtenDate']>().toEqualTypeOf<IsoDateInput>();
    expectTypeOf<WithDateInputs<{ a: IsoDate | undefined; b: number }>>().toEqualTypeOf<{
      readonly a: IsoDateInput | undefined;
      readonly b: number;
    }>();
    // Still typed: a number is not a date.
    // @ts-expect-error a number is not an IsoDateInput
    documentStatus({} as Document, 20250101);
  });
});
