/**
 * Text prepared for matching: whitespace dropped (the source has OCR spaces inside words, e.g.
 * `长治高 新技 术`), full-width ASCII forms folded to ASCII (`（` → `(`, `２` → `2`, `Ａ` → `A`), radicals
 * and compatibility ideographs folded to the ideograph they stand for (`⽇` → `日`), and ASCII letters
 * lower-cased — with a map from each character of the prepared text back to its offset in the
 * original.
 *
 * No other folding: NFKC as a whole would change meaning (`①` → `1`, `²` → `2`, `㈠` → `(一)`, `㎡` →
 * `m2`), so a search for `①` would match every `1`.
 */
export interface Searchable {
  /** The prepared text. */
  readonly text: string;
  /** `offsets[i]` is the offset in the original text of prepared character `i`. */
  readonly offsets: readonly number[];
}

const WHITESPACE = /\s/u;

/** The folded form of one code point (as a string), or the code point itself. */
function fold(char: string, code: number): string {
  // Full-width ASCII forms ！ … ～.
  if (code >= 0xff01 && code <= 0xff5e) return fold(String.fromCharCode(code - 0xfee0), code - 0xfee0);
  // ASCII capitals.
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  // CJK radicals supplement, Kangxi radicals, CJK compatibility ideographs (and their supplement):
  // each stands for one unified ideograph, which NFKC gives.
  if (
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x2f800 && code <= 0x2fa1f)
  ) {
    return char.normalize('NFKC');
  }
  return char;
}

/** Prepares `original` for matching; see {@link Searchable}. */
export function searchable(original: string): Searchable {
  const parts: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  for (const char of original) {
    if (!WHITESPACE.test(char)) {
      const folded = fold(char, char.codePointAt(0) ?? 0);
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) offsets.push(index);
    }
    index += char.length;
  }
  return { text: parts.join(''), offsets };
}

/** The prepared form of a query (same folding as {@link searchable}). */
export function prepareQuery(query: string): string {
  return searchable(query).text;
}
