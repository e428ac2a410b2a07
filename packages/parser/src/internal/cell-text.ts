/**
 * The text of a table title or cell without the spaces that OCR and line wrapping put inside
 * Chinese words and between a number and its Chinese unit (`实施防灾 减灾能力`, `2024 年`,
 * `26 条措施`, `(18 座)`). Stricter than `removeCjkSpaces` of `@gongbao/utils`, which keeps spaces
 * next to digits because running text may mean them; a printed cell or title is set without any.
 * Spaces between Latin letters, between two numbers, and the ideographic space U+3000 stay.
 */

/** Han ideographs, CJK punctuation and the full-width forms. */
const CJK = '\\u3001-\\u303f\\u3400-\\u9fff\\uff01-\\uff1f';
/** One look at each side of one run of ASCII spaces: linear on any input. */
const INNER_SPACES = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}0-9])|(?<=[0-9]) +(?=[${CJK}])`, 'gu');

/**
 * A title or cell without OCR spaces inside Chinese words and between numbers and Chinese units.
 *
 * @param text - The title or cell as written.
 * @returns The text without those spaces.
 */
export function cellText(text: string): string {
  return text.replace(INNER_SPACES, '');
}
