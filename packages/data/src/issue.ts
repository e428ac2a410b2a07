import type { GazetteIssue, ReadonlyDeep } from '@gongbao/core';
import { issueJson } from './generated/issue.js';
import { dataKey } from './generated/key.js';
import { sharedFrozen } from './internal/frozen.js';

/**
 * 《长治市人民政府公报》2024年第3期（总第27期）: the whole issue — masthead, editorial board,
 * table of contents, the 17 documents with their full text, tables, citations and legal effect,
 * and the back-cover text — generated from the source text by `@gongbao/parser`, corrected where
 * the source is broken (see {@link meta}) and validated with the `@gongbao/core` schemas.
 * Source ranges (`source`) point into the verbatim source file shipped in the package.
 *
 * Deep-frozen (a write throws in strict mode and changes nothing) and typed read-only; one copy
 * per process, shared by the ESM and CJS builds. The same data as JSON: `@gongbao/data/issue.json`.
 *
 * @example
 * ```ts
 * [issue.year, issue.number, issue.cumulative]; //=> [2024, 3, 27]
 * issue.publicationDate; //=> '2024-06-30'
 * issue.documents.length; //=> 17
 * issue.toc.length; //=> 17
 * ```
 */
export const issue: ReadonlyDeep<GazetteIssue> = sharedFrozen(
  `issue:${dataKey}`,
  () => JSON.parse(issueJson) as GazetteIssue,
);
