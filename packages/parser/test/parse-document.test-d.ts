import type { Document, DocumentDraft, GazetteIssue } from '@gongbao/core';
import { parseDocument, parseGazette } from '@gongbao/parser';
import { expectTypeOf, test } from 'vitest';

test('parseDocument says by `complete` whether its document is a Document or a DocumentDraft', () => {
  const result = parseDocument('某市人民政府关于某事的通知');
  expectTypeOf(result.complete).toEqualTypeOf<boolean>();
  if (result.complete) {
    expectTypeOf(result.document).toEqualTypeOf<Document>();
    expectTypeOf(result.document.docNumber.canonical).toEqualTypeOf<string>();
  } else {
    expectTypeOf(result.document).toEqualTypeOf<DocumentDraft>();
    expectTypeOf(result.document).not.toEqualTypeOf<Document>();
  }
});

test("parseGazette's documents stay complete", () => {
  expectTypeOf(parseGazette).returns.toHaveProperty('issue');
  expectTypeOf<GazetteIssue['documents'][number]>().toEqualTypeOf<Document>();
});
