/**
 * Text prepared for matching: whitespace dropped (the source has OCR spaces inside words, e.g.
 * `长治高 新技 术`), full-width forms folded (NFKC: `（` → `(`, `２` → `2`) and Latin lower-cased, with
 * a map from each character of the prepared text back to its offset in the original.
 */
export interface Searchable {
  /** The prepared text. */
  readonly text: string;
  /** `offsets[i]` is the offset in the original text of prepared character `i`. */
  readonly offsets: readonly number[];
}

/** Prepares `original` for matching; see {@link Searchable}. */
export function searchable(original: string): Searchable {
  let text = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of original) {
    if (!/\s/u.test(char)) {
      const folded = char.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
      text += folded;
      for (let k = 0; k < folded.length; k++) offsets.push(index);
    }
    index += char.length;
  }
  return { text, offsets };
}

/** The prepared form of a query (same folding as {@link searchable}). */
export function prepareQuery(query: string): string {
  return searchable(query).text;
}
