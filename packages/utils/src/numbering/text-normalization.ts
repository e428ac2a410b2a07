// Han ideographs (basic block and extension A) plus the CJK symbols and punctuation (、。《》〔〕…)
// and the full-width punctuation （），：；！？ that sit between them in running text.
const CJK = '\\u3001-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01\\uff08\\uff09\\uff0c\\uff1a\\uff1b\\uff1f';

// One lookbehind character, a run of spaces, one lookahead character: no nested quantifiers, so
// the scan is linear even on long runs of spaces.
const SPACES_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g');

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const toHalfWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0xfee0);
const toFullWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) + 0xfee0);

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
  return text.replace(SPACES_BETWEEN_CJK, '');
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
  return text.replace(/[０-９]/g, toHalfWidth);
}

/**
 * Writes the year brackets of identifiers as 六角括号 〔〕, as GB/T 9704-2012 requires.
 *
 * A year of four digits (ASCII or full-width, spaces allowed) in `[ ]`, `［ ］`, `【 】` or `〔 〕`
 * becomes `〔2024〕`. Round brackets `( )`/`（ ）` around a year are rewritten only where they close
 * a 发文字号: after a Chinese character and before a serial with 号, so `（2021—2035年）` and court
 * case numbers such as `(2024)晋04民初1号` keep theirs.
 *
 * @param text - Any text.
 * @returns The text with normalised year brackets.
 * @throws Nothing.
 * @example
 * ```ts
 * normalizeBrackets('长政发[2024]5号');   //=> '长政发〔2024〕5号'
 * normalizeBrackets('长财（2023）5 号');  //=> '长财〔2023〕5 号'
 * normalizeBrackets('(2024)晋04民初1号'); //=> '(2024)晋04民初1号'
 * ```
 */
export function normalizeBrackets(text: string): string {
  const sixAngle = (_: string, year: string) => `〔${toAsciiDigits(year)}〕`;
  // The lookbehind comes after the parenthesis, so it only runs there: linear on long space runs.
  return text
    .replace(/[[［【〔] *([0-9０-９]{4}) *[\]］】〕]/g, sixAngle)
    .replace(
      /[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff] *.) *([0-9０-９]{4}) *[)）](?= *(?:第 *)?[0-9０-９]+ *号)/g,
      sixAngle,
    );
}

/**
 * Applies the punctuation policy of this package (GB/T 15834-2011): Chinese text takes full-width
 * punctuation, digits and Latin letters are half-width.
 *
 * - full-width digits and Latin letters become ASCII (`ＬＥＤ１２` → `LED12`);
 * - `,` `;` `:` `?` `!` right after a Chinese character become `，` `；` `：` `？` `！` (`9:30`,
 *   `1,000` and `a, b` keep theirs);
 * - a pair of `( )` whose content holds a Chinese character becomes `（ ）` (`(0355)` stays);
 * - everything else is kept: `.` is never touched (it is a decimal point or the `1.` outline
 *   marker), nor quotes, nor the year brackets of identifiers (see {@link normalizeBrackets}).
 *
 * @param text - Any text.
 * @returns The text under the policy.
 * @throws Nothing.
 * @example
 * ```ts
 * normalizePunctuation('要求,结合(长政发〔2024〕5号)'); //=> '要求，结合（长政发〔2024〕5号）'
 * normalizePunctuation('电话:(0355)2192572');         //=> '电话：(0355)2192572'
 * normalizePunctuation('ＬＥＤ灯１２个');               //=> 'LED灯12个'
 * ```
 */
export function normalizePunctuation(text: string): string {
  const chars = [...text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, toHalfWidth)];
  // Match parentheses with a stack; each level remembers whether it holds a Chinese character.
  const open: Array<[index: number, chinese: boolean]> = [];
  chars.forEach((char, index) => {
    if (char === '(') open.push([index, false]);
    else if (char === ')') {
      const pair = open.pop();
      if (pair?.[1]) {
        chars[pair[0]] = '（';
        chars[index] = '）';
        const outer = open[open.length - 1];
        if (outer) outer[1] = true;
      }
    } else if (HAN.test(char)) {
      const top = open[open.length - 1];
      if (top) top[1] = true;
    }
  });
  return chars.join('').replace(/(?<=[\u3400-\u4dbf\u4e00-\u9fff）》」』〕】])[,;:?!]/g, toFullWidth);
}
