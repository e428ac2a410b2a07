import { type DocumentNumber, parseDocumentNumber } from './document-number.js';
import { toAsciiDigits } from './text-normalization.js';

/** A document number found in running text, with its UTF-16 offsets: `text.slice(start, end)`. */
export interface DocumentNumberMatch {
  /** The parsed number; `value.raw` is `text.slice(start, end)`. */
  value: DocumentNumber;
  /** Offset of the first character of the 机关代字. */
  start: number;
  /** Offset just after 号. */
  end: number;
}

// A year bracket to 号 (group: year), or 令/公告 (group 2) to 号, with whitespace between
// the parts (a page break may fall inside a number). Matches start at a bracket or at 令, never
// inside a run of Han characters, and no two whitespace runs meet, so the scan is linear; the
// 机关代字 is then read backwards from there.
const TAILS =
  /[〔﹝[［【(（„]\s*([12]\d{3})\s*[〕﹞\]］】)）‟]\s*(?:第\s*)?\d{1,9}\s*(?:[)）]\s*)?号|(令|公告)\s*第\s*\d{1,9}\s*号/g;

const HAN = /[㐀-鿿]/; // U+3400–U+9FFF, as characters (see text-normalization.ts)
// What ends the text before a 机关代字 in prose (tested on the three characters before it): words
// that introduce or act on a citation, and particles, conjunctions and prepositions — except the
// 和 of 共和 (中华人民共和国主席令), and except where such a character comes first in the text or
// after a space, an opening bracket or quote, 、 or a word that cites: it cannot join two phrases
// there (unlike 印发和…, ，并…, 5号和…), so it begins the code (并政函 of 太原, 和政发;
// 根据并政函〔2024〕12号).
// The citing words are parseDocumentNumber's PROSE, written out again (a literal, not a RegExp
// built at load that no bundler can drop; test/numbering/find-document-numbers.test.ts checks
// that every word of PROSE stops the code).
const STOP =
  /(?:(?<!^|[\s(（《“‘「、]|根据|依据|按照|依照)[的将及与或即以按依照见号对在由为是并了把被于从等和](?<!共和)|根据|依据|按照|依照|印发|转发|下发|执行|落实|贯彻|废止)$/;

/**
 * Where the 机关代字 ending at `end` starts: the longest run of Han characters before `end` that
 * does not reach back over a stop character or word.
 */
function agencyStart(text: string, end: number): number {
  let start = end;
  while (HAN.test(text.charAt(start - 1)) && !STOP.test(text.substring(start - 3, start))) start--;
  return start;
}

/**
 * Finds every 发文字号 and order (令) number in running text, in order.
 *
 * A number is a 机关代字 (the run of Han characters before the year bracket, or ending in 令) and
 * a year in brackets with a serial and 号, or 第N号 after 令. The 机关代字 starts after
 * punctuation, after a word that introduces a citation (根据, 按照, 印发, 转发 …) or after a
 * particle such as 的, 和/及/与, 以 or 号 — except that such a particle is the code's first
 * character where it cannot join two phrases: first in the text, after a space, an opening
 * bracket or quote, 、, or 根据/依据/按照/依照 (`根据并政函〔2024〕12号` finds 并政函, `印发和长政发〔2024〕5号`
 * finds 长政发). Dates (`2024年6月4日`), phone numbers (`(0355)2192572`),
 * page numbers, `第N条` and `〔2024〕第44次` have no bracketed year followed by 号, and are not found.
 *
 * @param text - Any text, e.g. a whole gazette issue.
 * @returns The numbers with their offsets, in the order of the text.
 * @throws Nothing.
 * @example
 * ```ts
 * const text = '根据《通知》（长政办发〔2020〕32号）和国务院令 第713号，';
 * const found = findDocumentNumbers(text);
 * found.map((match) => match.value.canonical); //=> ['长政办发〔2020〕32号', '国务院令第713号']
 * found.map((match) => [match.start, match.end]); //=> [[7, 20], [22, 32]]
 * text.slice(found[1]?.start, found[1]?.end); //=> '国务院令 第713号'
 * findDocumentNumbers('根据并政函〔2024〕12号')[0]?.value.agency; //=> '并政函'
 * findDocumentNumbers('印发和长政发〔2024〕5号')[0]?.value.agency; //=> '长政发'
 * findDocumentNumbers('2024年6月4日，电话：(0355)2192572，第十条'); //=> []
 * ```
 */
export function findDocumentNumbers(text: string): DocumentNumberMatch[] {
  const found: DocumentNumberMatch[] = [];
  for (const match of toAsciiDigits(text).matchAll(TAILS)) {
    let agencyEnd = match.index;
    // Whitespace may separate the agency from its bracket; 令 and 公告 belong to the agency.
    if (match[1]) while (/\s/.test(text.charAt(agencyEnd - 1))) agencyEnd--;
    else agencyEnd += (match[2] as string).length;
    const start = agencyStart(text, agencyEnd);
    const end = match.index + match[0].length;
    try {
      found.push({ value: parseDocumentNumber(text.slice(start, end)), start, end });
    } catch {
      // No agency before the bracket, or serial 0: not a document number.
    }
  }
  return found;
}
