/**
 * Texts whose paragraphs lost their line breaks: a web copy pasted as one line, its paragraphs
 * separated by spaces only. Such a line is cut into the lines GB/T 9704-2012 lays a document out
 * in — title, 主送机关, paragraphs, 附件说明, signature, 成文日期, 附注 — at its structural points
 * only, so that the spaces inside a sentence (长治市 2024 年, 国 务 院) stay where they are.
 */
import { endsTitle } from './head-lines.js';
import { markerOf } from './paragraphs.js';
import { documentNumberOfLine, looksLikeDateLine, noteOfLine } from './rules.js';
import { type SourceLine, withIndex } from './scan.js';
import { signatureOfLine } from './signature.js';
import { isSpaceCode } from './space.js';

/** A line this long that holds at least half of the text is a text that lost its line breaks. */
const RUN_ON_LENGTH = 200;
/** The most tokens a signature (joint issuers, a spaced name) or a spaced date spans. */
const SIGNATURE_TOKENS = 4;
const DATE_TOKENS = 3;

/** A token between spaces: `[start, end)` in the line's text. */
interface Token {
  start: number;
  end: number;
}

/** Whether a line is one that lost its line breaks: long, plain text, at least half of the text. */
function isRunOn(line: SourceLine, total: number): boolean {
  return line.kind === 'text' && line.text.length >= RUN_ON_LENGTH && line.text.length * 2 >= total;
}

/**
 * Cuts every line that holds a text without its line breaks into the lines of its layout; any
 * other text's lines are returned as they are (the same array). Linear in the text: each token is
 * looked at with a bounded look-ahead.
 *
 * @param lines - The scanned lines of a text.
 * @returns The lines, a run-on line replaced by its pieces (each with its own source range).
 */
export function splitRunOnLines(lines: SourceLine[]): SourceLine[] {
  let total = 0;
  for (const line of lines) total += line.text.length;
  if (!lines.some((line) => isRunOn(line, total))) return lines;
  const out: SourceLine[] = [];
  let cut = false;
  for (const line of lines) {
    const pieces = isRunOn(line, total) ? piecesOf(line.text) : undefined;
    if (!pieces || pieces.length < 2 || !isFrame(line.text, pieces)) {
      out.push(out.length === line.index ? line : withIndex(line, out.length));
      continue;
    }
    cut = true;
    for (const piece of pieces) {
      const range = line.map.sourceRange(piece.start, piece.end);
      out.push({
        index: out.length,
        line: line.line,
        start: range.start,
        end: range.end,
        kind: 'text',
        depth: 0,
        text: line.text.slice(piece.start, piece.end),
        map: line.map.slice(piece.start, piece.end),
      });
    }
  }
  return cut ? out : lines;
}

/** The tokens of a text: its runs of non-space characters. */
function tokensOf(text: string): Token[] {
  // A loop, not a regex: a 10 MB run without a space overflows the regex engine's stack.
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpaceCode(text.charCodeAt(i));
    if (space && start !== -1) {
      tokens.push({ start, end: i });
      start = -1;
    } else if (!space && start === -1) start = i;
  }
  return tokens;
}

/** Where a text is cut: the pieces, each a run of whole tokens. */
function piecesOf(text: string): Token[] {
  const tokens = tokensOf(text);
  const word = (k: number) => {
    const t = tokens[k] as Token;
    return text.slice(t.start, t.end);
  };
  /** The tokens `[j, j + n)` joined by a space, or undefined past the end or when too long. */
  const run = (j: number, n: number) => {
    if (j + n > tokens.length) return undefined;
    const from = (tokens[j] as Token).start;
    const to = (tokens[j + n - 1] as Token).end;
    return to - from > 80 ? undefined : text.slice(from, to);
  };
  // Whether a token holds 年: a date's tokens do (checked before any date or signature rule runs).
  const year = tokens.map((t) => {
    for (let i = t.start; i < t.end; i++) if (text.charCodeAt(i) === 0x5e74) return true;
    return false;
  });
  const yearFrom = (j: number, n: number) => {
    for (let i = j; i < j + n && i < tokens.length; i++) if (year[i]) return true;
    return false;
  };
  /** How many tokens from `j` make a whole date (2020年10月22日, 2019年12月 12日), or 0. */
  const dateAt = (j: number) => {
    if (!yearFrom(j, DATE_TOKENS)) return 0;
    for (let n = 1; n <= DATE_TOKENS; n++) {
      const t = run(j, n);
      if (t !== undefined && looksLikeDateLine(t)) return n;
    }
    return 0;
  };
  /** How many tokens from `j` make a signature followed by a whole date, or 0. */
  const signatureAt = (j: number) => {
    if (!yearFrom(j + 1, SIGNATURE_TOKENS + DATE_TOKENS - 1)) return 0;
    for (let n = 1; n <= SIGNATURE_TOKENS; n++) {
      const t = run(j, n);
      if (t === undefined) return 0;
      if (signatureOfLine(t) !== undefined && dateAt(j + n) > 0) return n;
    }
    return 0;
  };

  const pieces: Token[] = [];
  let from = 0;
  const cut = (k: number) => {
    const first = tokens[from] as Token;
    pieces.push({ start: first.start, end: (tokens[k - 1] as Token).end });
    from = k;
  };
  // Cuts already decided ahead (after a signature and after its date), ascending.
  const ahead: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (ahead.length > 0) {
      if (ahead[0] === k) {
        ahead.shift();
        cut(k);
      }
      continue;
    }
    const first = tokens[from] as Token;
    const last = tokens[k - 1] as Token;
    const piece = last.end - first.start <= 100 ? text.slice(first.start, last.end) : undefined;
    const next = word(k);
    const signature = signatureAt(k);
    if (signature > 0) {
      // The signature is one piece, its date the next.
      cut(k);
      ahead.push(k + signature, k + signature + dateAt(k + signature));
      continue;
    }
    const date = dateAt(k);
    if (
      endsSentence(text, last.end) ||
      (piece !== undefined && isWholeUnit(piece)) ||
      /^附\s*件/u.test(next) ||
      /^[（(]此件/u.test(next) ||
      (date > 0 && piece !== undefined && signatureOfLine(piece) !== undefined) ||
      (piece !== undefined && isShortHeading(piece) && markerOf(next.slice(0, 12)) !== undefined)
    ) {
      cut(k);
      if (date > 0) ahead.push(k + date);
    }
  }
  if (from < tokens.length) cut(tokens.length);
  return pieces;
}

/**
 * Whether the pieces of a line are a document's frame, not a long paragraph: the line starts with
 * a title or a 发文字号, or holds a signature with its date and more text around it. A paragraph
 * of a text that has its line breaks does neither.
 */
function isFrame(text: string, pieces: readonly Token[]): boolean {
  const piece = (k: number) => {
    const p = pieces[k] as Token;
    return text.slice(p.start, p.end);
  };
  if (pieces[0] && (pieces[0] as Token).end - (pieces[0] as Token).start <= 100 && isWholeUnit(piece(0))) return true;
  for (let k = 1; k + 1 < pieces.length; k++) {
    const p = pieces[k] as Token;
    if (p.end - p.start <= 60 && looksLikeDateLine(piece(k + 1)) && signatureOfLine(piece(k)) !== undefined)
      return true;
  }
  return false;
}

/** Whether the text before `end` ends a sentence or opens a list (。！？；： and 。” ). */
function endsSentence(text: string, end: number): boolean {
  return /[。！？!?；;：:]$|[。！？!?]”$/u.test(text.slice(Math.max(0, end - 2), end));
}

/** A whole line of the layout: a title, a date, a 发文字号, a 附注 in brackets. */
function isWholeUnit(piece: string): boolean {
  if (looksLikeDateLine(piece) || documentNumberOfLine(piece) !== undefined || noteOfLine(piece) !== undefined)
    return true;
  // A 令's number under its header: 第48号.
  if (/^第\s*[0-9０-９]{1,6}\s*号$/u.test(piece)) return true;
  return !/[。，,；;：:]/u.test(piece) && endsTitle(piece);
}

/** A heading with its outline marker and no sentence: `1.总则`, `（一）工作原则`. */
function isShortHeading(piece: string): boolean {
  return piece.length <= 30 && !/[。，,；;]/u.test(piece) && markerOf(piece) !== undefined;
}
