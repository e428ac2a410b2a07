import { type SearchHit, searchDocuments } from './internal/queries.js';
import { issue } from './issue.js';

export type { SearchHit } from './internal/queries.js';

/**
 * Full-text search over the whole issue: every occurrence of `query` in the titles, bodies,
 * enclosed texts, attachments and table rows of the documents, in reading order. Matching ignores
 * whitespace (the source has OCR spaces inside words such as `长治高 新技 术`), full-/half-width
 * differences (`（` = `(`, `２` = `2`), radicals written for ideographs (`⽇` = `日`) and Latin case —
 * and nothing else: `①` matches only `①`, not `1` (no NFKC folding that changes meaning).
 *
 * @param query - The text to find, at most 10,000 characters (no text of the issue is longer).
 * @returns One hit per occurrence, with the document, the block (and its path in the document),
 *   the matched text and a snippet.
 * @throws ParseError (from `@gongbao/utils`): code `EMPTY` for an empty or all-whitespace query,
 *   `TOO_LONG` for a query over 10,000 characters (rejected at once, whatever its length),
 *   `NOT_TEXT` for a value that is not a string.
 * @example
 * ```ts
 * const hits = searchText('长治高新技术产业开发区产业大道');
 * hits.length > 0; //=> true
 * hits[0]?.document.id; //=> '长政发-2024-5'
 * searchText('有效期5年').map((h) => h.document.id); //=> ['长政规-2024-1', '长科规-2024-1']
 * searchText(''); //=> throws ParseError
 * searchText('①').length; //=> 0
 * ```
 */
export function searchText(query: string): SearchHit[] {
  return searchDocuments(issue.documents, query);
}
