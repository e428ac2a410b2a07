/**
 * `@gongbao/parser` — from gazette text to validated `@gongbao/core` entities, with diagnostics
 * and provenance.
 *
 * @packageDocumentation
 */
export {
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticCodeInfo,
  type DiagnosticRange,
  DiagnosticRangeSchema,
  DiagnosticSchema,
} from './diagnostic.js';
export { LineIndex } from './line-index.js';
export { type ParseDocumentOptions, type ParseDocumentResult, parseDocument } from './parse-document.js';
export { parseDocuments } from './parse-documents.js';
export { type ParseGazetteOptions, type ParseGazetteResult, parseGazette } from './parse-gazette.js';
