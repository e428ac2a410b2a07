/**
 * How fast the schemas validate gazette-sized input (the synthetic issue of `synthetic-issue.ts`).
 * Not part of pass/fail. The README's table is written by `bench/figures.ts`, which measures the
 * same cases.
 */
import { DocumentNumberSchema, DocumentSchema, documentToText, GazetteIssueSchema } from '@gongbao/core';
import { bench, describe } from 'vitest';
import { number5 } from '../test/fixtures';
import { documents, input, parsedDocument } from './synthetic-issue';

describe('validation', () => {
  bench(`GazetteIssueSchema.parse (${(JSON.stringify(input).length / 1024).toFixed(0)} KB JSON)`, () => {
    GazetteIssueSchema.parse(input);
  });
  bench('DocumentSchema.parse (one document)', () => {
    DocumentSchema.parse(documents[0]);
  });
  bench('DocumentNumberSchema.parse', () => {
    DocumentNumberSchema.parse(number5);
  });
});

describe('helpers', () => {
  bench('documentToText (one document)', () => {
    documentToText(parsedDocument);
  });
});
