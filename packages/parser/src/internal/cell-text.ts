/**
 * The text of a table title or cell without the spaces that OCR and line wrapping put inside
 * Chinese words and between a number and its Chinese unit (`实施防灾 减灾能力`, `2024 年`,
 * `26 条措施`, `(18 座)`). Stricter than `removeCjkSpaces` of `@gongbao/utils`, which keeps spaces
 * next to digits because running text may mean them; a printed cell or title is set without any.
 * Spaces between Latin letters, between two numbers, and the ideographic space U+3000 stay.
 */

/** Han ideographs, CJK punctuation and the full-width forms. */
const isCjk = (c: number) =>
  (c >= 0x3001 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff1f);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * A title or cell without OCR spaces inside Chinese words and between numbers and Chinese units.
 * One scan over the runs of ASCII spaces (a lookbehind pattern for it is polynomial by recheck's
 * fuzzing): a run goes when it stands between two CJK characters, a CJK character and a digit, or a
 * digit and a CJK character.
 *
 * @param text - The title or cell as written.
 * @returns The text without those spaces.
 */
export function cellText(text: string): string {
  if (!text.includes(' ')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf(' '); i !== -1 && i < text.length; i = text.indexOf(' ', i)) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 0x20) j++;
    if (i > 0 && j < text.length) {
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(j);
      if ((isCjk(before) && (isCjk(after) || isDigit(after))) || (isDigit(before) && isCjk(after))) {
        out += text.slice(from, i);
        from = j;
      }
    }
    i = j;
  }
  return out + text.slice(from);
}
