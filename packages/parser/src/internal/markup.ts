import { OffsetMap } from './offset-map.js';
import { isSpaceCode } from './space.js';

/** Text with markup removed, and the map from its positions back to the source. */
export interface CleanText {
  /** The text: markdown and HTML markup removed, outer whitespace trimmed. */
  readonly text: string;
  /** Positions in `text` → offsets in the source. */
  readonly map: OffsetMap;
}

/**
 * A cleaned text that is one verbatim stretch of the source (a line or cell without markup): two
 * fields and the map made only when something asks for it — most cells and lines never need it,
 * and a table of 100,000 rows would otherwise hold an OffsetMap per cell.
 */
export class VerbatimText implements CleanText {
  readonly text: string;
  /** The source offset of the first character, until the map is made; then the map. */
  #at: number | OffsetMap;

  constructor(text: string, start: number) {
    this.text = text;
    this.#at = start;
  }

  get map(): OffsetMap {
    if (typeof this.#at === 'number') {
      const map = new OffsetMap();
      map.push(this.#at, this.text.length);
      this.#at = map;
    }
    return this.#at;
  }

  /** The source offset of the first character while the map is not made (then undefined). */
  get verbatimStart(): number | undefined {
    return typeof this.#at === 'number' ? this.#at : undefined;
  }
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/y;
const AUTOLINK = /<((?:https?|ftp|mailto):[^<>\s]+)>/y;
const NEWLINE_TAGS = new Set(['br', 'p', 'div', 'li', 'tr']);

/** The characters that can start markup: a line without them is taken as it is. */
const MARKUP = /[*_<&]/u;
/** An HTML character reference that web copies carry: a named one of these, or a number (&#12288;, &#x3000;). */
const ENTITY = /&(?:(nbsp|ensp|emsp|amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/y;
const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The character of a reference, or undefined for a code point that is none. */
function entityText(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined) return NAMED[m[1]];
  const code = m[2] !== undefined ? Number(m[2]) : Number.parseInt(m[3] as string, 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/**
 * Removes inline markup from `source.slice(start, end)`: `**` and `__` emphasis, HTML tags
 * (`<b>`, `<p>`, `<br>` — block-level tags and `<br>` become a newline when `keepBreaks`),
 * autolink brackets (`<http://…>` → the URL), and HTML character references web copies carry
 * (`&nbsp;` → U+00A0, `&amp;`, `&#12288;`). Characters of the text itself are kept as they are.
 * Outer whitespace is trimmed, and runs of newlines collapse to one.
 */
export function stripInlineMarkup(source: string, start: number, end: number, keepBreaks = false): CleanText {
  // Most lines have no markup: trim and take them as they are.
  const plain = source.slice(start, end);
  if (!MARKUP.test(plain)) {
    let from = 0;
    let to = plain.length;
    while (from < to && isSpaceCode(plain.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(plain.charCodeAt(to - 1))) to--;
    return new VerbatimText(from === 0 && to === plain.length ? plain : plain.slice(from, to), start + from);
  }
  let text = '';
  const map = new OffsetMap();
  let runStart = start;
  const flush = (until: number) => {
    if (until > runStart) {
      text += source.slice(runStart, until);
      map.push(runStart, until - runStart);
    }
  };
  let i = start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 0x2a /* * */ || c === 0x5f /* _ */) {
      if (source.charCodeAt(i + 1) === c && i + 1 < end) {
        flush(i);
        i += 2;
        runStart = i;
        continue;
      }
    } else if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const ref = ENTITY.exec(source);
      const decoded = ref && ref.index + ref[0].length <= end ? entityText(ref) : undefined;
      if (ref && decoded !== undefined) {
        flush(i);
        text += decoded;
        // The character stands for the whole reference.
        map.push(i, decoded.length, false);
        i += ref[0].length;
        runStart = i;
        continue;
      }
    } else if (c === 0x3c /* < */) {
      AUTOLINK.lastIndex = i;
      const link = AUTOLINK.exec(source);
      if (link && link.index + link[0].length <= end) {
        flush(i);
        text += link[1];
        map.push(i + 1, (link[1] as string).length);
        i += link[0].length;
        runStart = i;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(source);
      if (tag && tag.index + tag[0].length <= end) {
        flush(i);
        const name = (tag[1] as string).toLowerCase();
        const closing = tag[0].charCodeAt(1) === 0x2f;
        if (
          keepBreaks &&
          NEWLINE_TAGS.has(name) &&
          (name === 'br' || !closing) &&
          text.length > 0 &&
          !text.endsWith('\n')
        ) {
          text += '\n';
          map.push(i, 1, false);
        }
        i += tag[0].length;
        runStart = i;
        continue;
      }
    }
    i++;
  }
  flush(end);
  return trimClean(text, map);
}

/** Trims outer whitespace (and whitespace around newlines) of a cleaned text, keeping the map right. */
function trimClean(text: string, map: OffsetMap): CleanText {
  if (
    text === '' ||
    (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(text.length - 1)) && !text.includes('\n'))
  )
    return { text, map };
  // Rebuild, dropping whitespace at the ends and around newlines.
  const out = new OffsetMap();
  let result = '';
  let i = 0;
  const n = text.length;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  let last = n;
  while (last > i && isSpaceCode(text.charCodeAt(last - 1))) last--;
  let runStart = i;
  const flush = (until: number) => {
    if (until > runStart) {
      result += text.slice(runStart, until);
      // Map piecewise: each character keeps its own source offset.
      appendSlice(out, map, runStart, until);
    }
  };
  for (let k = i; k < last; k++) {
    if (text[k] !== '\n') continue;
    let a = k;
    while (a > runStart && isSpaceCode(text.charCodeAt(a - 1))) a--;
    flush(a);
    let b = k + 1;
    while (b < last && isSpaceCode(text.charCodeAt(b))) b++;
    result += '\n';
    out.push(map.sourceOffset(k), 1, false);
    runStart = b;
    k = b - 1;
  }
  flush(last);
  return { text: result, map: out };
}

/** Appends the mapping of `map`'s text range `[from, to)` to `out`. */
function appendSlice(out: OffsetMap, map: OffsetMap, from: number, to: number): void {
  let k = from;
  while (k < to) {
    const src = map.sourceOffset(k);
    // Grow the run while source offsets stay consecutive.
    let j = k + 1;
    while (j < to && map.sourceOffset(j) === src + (j - k)) j++;
    out.push(src, j - k);
    k = j;
  }
}
