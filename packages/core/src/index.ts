/**
 * `@gongbao/core` — zod 4 schemas and inferred types for the entities of Chinese government
 * gazettes (政府公报) and official documents (公文, GB/T 9704-2012).
 *
 * One module per entity: importing one schema bundles only what it needs.
 *
 * @packageDocumentation
 */
export * from './attached-document.js';
export * from './attachment.js';
export * from './block.js';
export * from './citation.js';
export * from './correction.js';
export * from './disclosure.js';
export {
  CLASSIFICATION_LEVELS,
  type Classification,
  ClassificationSchema,
  type Document,
  DocumentSchema,
  type Printing,
  PrintingSchema,
  URGENCY_LEVELS,
} from './document.js';
export * from './document-draft.js';
export * from './document-id.js';
export * from './document-number.js';
export * from './document-status.js';
export * from './document-to-text.js';
export * from './document-type.js';
export * from './enclosure.js';
export * from './gazette-issue.js';
export { type IsoDate, type IsoDateInput, IsoDateSchema, type WithDateInputs } from './iso-date.js';
export * from './organization.js';
export * from './outline-marker.js';
export * from './page-range.js';
export type { ReadonlyDeep } from './readonly-deep.js';
export * from './signatory.js';
export * from './site-metadata.js';
export * from './source-range.js';
export * from './table.js';
export * from './toc-entry.js';
export * from './validity.js';
