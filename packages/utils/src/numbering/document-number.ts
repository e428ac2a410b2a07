import { throwParseError } from './parse-failure.js';
import { toAsciiDigits } from './text-normalization.js';

/**
 * A parsed 发文字号 (document number), or the number of a 令 (order).
 *
 * `year` is absent for order numbers, which have none (`国务院令第713号`).
 */
export interface DocumentNumber {
  /** 机关代字, the issuing agency's code: `长政发`, `晋政办函`; for orders the whole `国务院令`. */
  agency: string;
  /** 年份, the full year from the brackets; absent for order numbers. */
  year?: number;
  /** 发文顺序号, the serial number within the year (or of the order), from 1. */
  serial: number;
  /** The form GB/T 9704-2012 §7.2.5 prescribes: `长政发〔2024〕5号`, `国务院令第713号`. */
  canonical: string;
  /** The text as it was read, e.g. `长政发[2024]5号`. */
  raw: string;
}

// Matched after all whitespace is removed (groups: agency, year, serial, order serial). It also
// takes `长水办〔2024〕78)号`, where the 号 fell outside the parentheses around the number. The lazy
// agency grows one character at a time and each step fails at once: linear on any input.
const WHOLE = /^([㐀-鿿]+?)(?:[〔﹝[［【(（„]([12]\d{3})[〕﹞\]］】)）‟]第?(\d{1,9})[)）]?|第(\d{1,9}))号$/;

/**
 * Words that introduce or act on a cited number (根据长政发〔2024〕5号) and that no 机关代字
 * contains: text before the 机关代字, never part of it. findDocumentNumbers stops at them too.
 * (Regex literals keep Chinese characters as UTF-8 in the bundle; strings would be escaped to
 * \uXXXX, twice the bytes.)
 *
 * @internal
 */
export const PROSE = /根据|依据|按照|依照|印发|转发|下发|执行|落实|贯彻|废止/;

/** The canonical text of a number from its parts. */
const canonicalText = (agency: string, year: number | string | undefined, serial: number): string =>
  year === undefined ? `${agency}第${serial}号` : `${agency}〔${year}〕${serial}号`;

/**
 * Parses a 发文字号 (document number) or an order number.
 *
 * Accepts what real documents contain: any of `〔 〕 ﹝ ﹞ [ ] ［ ］ 【 】 ( ) （ ）` around the year
 * (﹝ ﹞, the small brackets U+FE5D/U+FE5E, are common on government web pages), the quotes `„ ‟`
 * (U+201E/U+201F) that OCR makes of 〔 〕 in scanned copies,
 * full-width digits, stray spaces anywhere (`长财[2023]5 号`), a 第 before the serial, leading
 * zeros, and surrounding whitespace.
 * Order numbers (令) have no year: `国务院令第713号`, `国务院令 第713号`, `山西省人民政府令第290号`;
 * nor have the numbered announcements (公告) of people's congress standing committees
 * (`四川省第十一届人民代表大会常务委员会公告第28号`). The 机关代字 is every Han character before the
 * bracket — including a first character that is a particle in prose (`并政函〔2024〕12号` of 太原,
 * `和政发〔2024〕3号`) — unless it contains a word that introduces a citation (根据, 按照, 印发 …).
 *
 * @param text - One document number and nothing else.
 * @returns The parsed number, with `canonical` in the GB/T 9704-2012 form.
 * @throws {@link ParseError} with code `MALFORMED` (empty, no agency, no year in brackets, no
 * serial, no 号, other text around it — a date, a sentence, 根据 before the 机关代字 —, or 第N号
 * without a year after an agency that ends in neither 令 nor 公告) or `OUT_OF_RANGE` (serial 0).
 * @example
 * ```ts
 * parseDocumentNumber('长政发[2024]5号').canonical; //=> '长政发〔2024〕5号'
 * const number = parseDocumentNumber('长财[2023]5 号');
 * [number.agency, number.year, number.serial, number.raw]; //=> ['长财', 2023, 5, '长财[2023]5 号']
 * const order = parseDocumentNumber('国务院令 第713号');
 * [order.agency, order.year, order.serial, order.canonical]; //=> ['国务院令', undefined, 713, '国务院令第713号']
 * parseDocumentNumber('国办发﹝2013﹞100号').canonical; //=> '国办发〔2013〕100号'
 * parseDocumentNumber('并政函〔2024〕12号').agency; //=> '并政函'
 * parseDocumentNumber('四川省第十一届人民代表大会常务委员会公告 第28号').canonical; //=> '四川省第十一届人民代表大会常务委员会公告第28号'
 * parseDocumentNumber('根据长政发〔2024〕5号'); //=> throws ParseError
 * parseDocumentNumber('2024年6月4日'); //=> throws ParseError
 * ```
 */
export function parseDocumentNumber(text: string): DocumentNumber {
  const fail = (code: string): never => throwParseError('a document number', code, text);
  const [, agency = '', year, bracketSerial, orderSerial] =
    WHOLE.exec(toAsciiDigits(text).replace(/\s/g, '')) ?? fail('MALFORMED');
  const serial = +(bracketSerial ?? orderSerial ?? 0);
  // A number without a year is an order, or a numbered announcement of a people's congress standing
  // committee: its agency ends in 令 or 公告 after at least one character. Prose
  // before the 机关代字 (根据长政发〔2024〕5号) is not part of a document number; any other Han
  // characters may be (并政函, 和政发: where a 机关代字 starts in running text is for
  // findDocumentNumbers to guess).
  if ((year === undefined && !/.(?:令|公告)$/.test(agency)) || PROSE.test(agency)) fail('MALFORMED');
  if (!serial) fail('OUT_OF_RANGE');
  return {
    agency,
    ...(year ? { year: +year } : {}),
    serial,
    canonical: canonicalText(agency, year, serial),
    raw: text,
  };
}

/**
 * Writes a document number in the canonical GB/T 9704-2012 form.
 *
 * @param parts - The 机关代字, the year (omit it for order numbers, whose agency ends in 令) and the
 * serial number.
 * @returns `长政发〔2024〕5号`, or `国务院令第713号` without a year.
 * @throws ParseError (code `OUT_OF_RANGE`) when the parts do not make a document number (empty agency, serial not a
 * positive integer, year not four digits, no year and no 令).
 * @example
 * ```ts
 * formatDocumentNumber({ agency: '长政发', year: 2024, serial: 5 }); //=> '长政发〔2024〕5号'
 * formatDocumentNumber({ agency: '国务院令', serial: 713 });          //=> '国务院令第713号'
 * ```
 */
export function formatDocumentNumber(parts: Pick<DocumentNumber, 'agency' | 'year' | 'serial'>): string {
  const text = canonicalText(parts.agency, parts.year, parts.serial);
  try {
    if (parseDocumentNumber(text).canonical === text) return text;
  } catch {
    // Reported below.
  }
  return throwParseError('a document number', 'OUT_OF_RANGE', text);
}

/**
 * Rewrites a document number in its canonical form.
 *
 * @param text - One document number, in any variant {@link parseDocumentNumber} accepts.
 * @returns The canonical form.
 * @throws {@link ParseError} as {@link parseDocumentNumber}.
 * @example
 * ```ts
 * normalizeDocumentNumber(' 长人社规〔２０２４〕１ 号 '); //=> '长人社规〔2024〕1号'
 * normalizeDocumentNumber('长政办发【2024】第016号');   //=> '长政办发〔2024〕16号'
 * ```
 */
export function normalizeDocumentNumber(text: string): string {
  return parseDocumentNumber(text).canonical;
}

/**
 * Orders document numbers: by agency (UTF-16 code units, not pinyin: the same on every machine),
 * then by year (order numbers, without a year, first), then by serial number as a number.
 *
 * @param a - A parsed number or one to parse.
 * @param b - A parsed number or one to parse.
 * @returns A negative number if `a` comes first, a positive number if `b` does, 0 if they are equal.
 * @throws {@link ParseError} when a string is not a document number.
 * @example
 * ```ts
 * compareDocumentNumbers('长政发〔2024〕9号', '长政发[2024]10号') < 0; //=> true
 * const numbers = ['长政发〔2024〕10号', '长政发〔2023〕12号', '长政发〔2024〕9号'];
 * numbers.sort(compareDocumentNumbers)[0]; //=> '长政发〔2023〕12号'
 * numbers[2]; //=> '长政发〔2024〕10号'
 * ```
 */
export function compareDocumentNumbers(a: DocumentNumber | string, b: DocumentNumber | string): number {
  const x = typeof a === 'string' ? parseDocumentNumber(a) : a;
  const y = typeof b === 'string' ? parseDocumentNumber(b) : b;
  return x.agency < y.agency ? -1 : x.agency > y.agency ? 1 : (x.year ?? 0) - (y.year ?? 0) || x.serial - y.serial;
}
