/**
 * Removes the spaces that OCR puts between Chinese characters.
 *
 * Only runs of ASCII spaces with a Chinese character or Chinese punctuation on both sides are
 * removed, so spaces next to Latin letters or digits stay (`LED 灯`, `1 号`). The ideographic space
 * U+3000 stays too: documents use it on purpose, e.g. between names in a signature block.
 *
 * @param text - Any text.
 * @returns The text without spaces between Chinese characters.
 * @throws Nothing.
 * @example
 * ```ts
 * removeCjkSpaces('长治高 新技 术产业开发区'); //=> '长治高新技术产业开发区'
 * removeCjkSpaces('LED 灯 具');             //=> 'LED 灯具'
 * ```
 */
export function removeCjkSpaces(text: string): string {
  // Han ideographs (U+3400–U+9FFF), CJK punctuation (、。《》〔〕…) and the full-width forms
  // U+FF01–U+FF1F (！（），：；？ and ０–９) on both sides, the ranges written as characters (、-〿 is
  // U+3001–U+303F; bundlers keep them as UTF-8, half the bytes of \u escapes). One character looked
  // at on each side, one run of spaces: linear on any input.
  return text.replace(/(?<=[、-〿㐀-鿿！-？]) +(?=[、-〿㐀-鿿！-？])/g, '');
}

/**
 * Converts full-width digits ０–９ to ASCII digits, keeping every other character and every offset.
 *
 * @param text - Any text.
 * @returns The text with ASCII digits; it has the same length, so offsets still point into `text`.
 * @throws Nothing.
 * @example
 * ```ts
 * toAsciiDigits('长政发〔２０２４〕５号'); //=> '长政发〔2024〕5号'
 * ```
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => `${digit.charCodeAt(0) - 0xff10}`);
}

/**
 * Writes the year brackets of identifiers as 六角括号 〔〕, as GB/T 9704-2012 requires.
 *
 * A year of four digits (ASCII or full-width, spaces allowed) in `[ ]`, `［ ］`, `【 】`, `﹝ ﹞`, `〔 〕`
 * or the quotes `„ ‟` that OCR makes of 〔 〕 becomes `〔2024〕`. Round brackets are left alone: `(2024)` is also how court case numbers and
 * plain parentheses are written. {@link parseDocumentNumber} reads `长政发(2024)5号` all the same.
 *
 * @param text - Any text.
 * @returns The text with normalised year brackets.
 * @throws Nothing.
 * @example
 * ```ts
 * normalizeBrackets('长政发[2024]5号');   //=> '长政发〔2024〕5号'
 * normalizeBrackets('长财【２０２３】5 号'); //=> '长财〔2023〕5 号'
 * normalizeBrackets('国办发﹝2013﹞100号'); //=> '国办发〔2013〕100号'
 * normalizeBrackets('国办发„2009‟3号'); //=> '国办发〔2009〕3号'
 * normalizeBrackets('(2024)晋04民初1号'); //=> '(2024)晋04民初1号'
 * ```
 */
export function normalizeBrackets(text: string): string {
  return text.replace(
    /[[［【〔﹝„] *([0-9０-９]{4}) *[\]］】〕﹞‟]/g,
    (_, year: string) => `〔${toAsciiDigits(year)}〕`,
  );
}
