/**
 * `@gongbao/data` — 《长治市人民政府公报》2024年第3期（总第27期） as typed, validated data: the issue,
 * its 17 documents, every table and the derived datasets, a timeline, search, and where it all
 * comes from.
 *
 * Subpaths load less: `@gongbao/data/documents`, `/search`, `/tables`, `/timeline`, `/issue`,
 * `/schemas` (zod schemas of the data-specific entities) and the raw `@gongbao/data/issue.json`.
 *
 * @packageDocumentation
 */

export type { ReadonlyDeep } from '@gongbao/core';
export { type DocumentQuery, documents, findDocuments, getDocument } from './documents.js';
export { issue } from './issue.js';
export { type DataMeta, type KnownGap, meta } from './meta.js';
export { type SearchHit, searchText } from './search.js';
export { checkTotals, datasets, getTable, type TotalCheck, tables } from './tables.js';
export {
  DATE_BASES,
  DATE_PRECISIONS,
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineSource,
  timeline,
} from './timeline.js';
