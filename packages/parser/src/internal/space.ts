/**
 * White space, one definition for the whole parser: what lines, cells, clauses and titles are
 * trimmed of and what separates words. It is white space as `\s` means it (ASCII spaces and
 * controls, U+00A0, U+1680, U+2000–U+200A, U+2028/U+2029, U+202F, U+205F, the ideographic space
 * U+3000, the BOM U+FEFF) and the invisible characters web copies carry at line ends and between
 * words — zero-width space U+200B, zero-width non-joiner and joiner U+200C/U+200D, word joiner
 * U+2060: where a space is ignored, so are they (a title line ending with U+200B still ends with
 * its document type).
 */

/** Whether a UTF-16 code unit is white space or an invisible zero-width character (see the module). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the first character of `c` is white space (see {@link isSpaceCode}); false for ''. */
export const isSpaceChar = (c: string): boolean => c !== '' && isSpaceCode(c.charCodeAt(0));

/** A run of white space or zero-width characters, for removing them all (compact texts). */
export const SPACE_RUN = /[\s\u200b-\u200d\u2060]+/gu;

/** The last character of a text that is not white space (a UTF-16 code unit), or -1: read without trimming (copying) the text. */
export function lastVisibleCode(text: string): number {
  let last = text.length - 1;
  while (last >= 0 && isSpaceCode(text.charCodeAt(last))) last--;
  return last < 0 ? -1 : text.charCodeAt(last);
}
