import type { OutlineMarker } from '@gongbao/utils';
import { markerOf, stopsAfterMarker } from './line-marker.js';
import { OffsetMap } from './offset-map.js';
import { endsMidSentence, endsParagraph, visibleLength } from './rules.js';
import { ScannedLine, type SourceLine } from './scan.js';

/** A paragraph of running text: one or more source lines, page-break cuts rejoined. */
export interface Paragraph {
  text: string;
  map: OffsetMap;
  first: SourceLine;
  last: SourceLine;
  /** The markdown heading depth of the first line, 0 when it is not a `#` line. */
  depth: number;
  /** Whether the first line was a markdown list item (`- `). */
  listItem: boolean;
  marker?: OutlineMarker | undefined;
  /** {@link visibleLength} of `text`, kept as lines are joined (never recounted on the growing text). */
  visible: number;
  /** The last two characters of `text`: all {@link endsParagraph} and {@link endsMidSentence} look at. */
  tail: string;
  /** Whether the text after the marker holds a sentence end or a colon (。；;：:！？). */
  stop: boolean;
  /** Whether `map` belongs to this paragraph alone (a join's own map), so joining may extend it. */
  ownsMap?: boolean;
}

export { markerOf };

/**
 * The outline marker at the start of a line (undefined: none, and never on a table row); a
 * scanned line reads it once and keeps it.
 */
export function markerOfLine(line: SourceLine): OutlineMarker | undefined {
  return line instanceof ScannedLine ? line.marker : line.kind === 'table-row' ? undefined : markerOf(line.text);
}

/**
 * A paragraph of one source line. A class, so that its map is the line's, made only when asked
 * for (a citation or a join reads it; most paragraphs never need it): no OffsetMap per line of
 * running text; its tail is read from the text, not kept.
 */
class LineParagraph implements Paragraph {
  readonly text: string;
  readonly first: SourceLine;
  readonly last: SourceLine;
  readonly depth: number;
  readonly listItem: boolean;
  declare readonly marker?: OutlineMarker;
  readonly visible: number;
  readonly stop: boolean;

  constructor(line: SourceLine, marker: OutlineMarker | undefined) {
    this.text = line.text;
    this.first = line;
    this.last = line;
    this.depth = line.depth;
    this.listItem = line.kind === 'list-item';
    if (marker) (this as { marker?: OutlineMarker }).marker = marker;
    this.visible = visibleLength(line.text);
    this.stop = stopsAfterMarker(line.text, marker);
  }

  get map(): OffsetMap {
    return this.first.map;
  }

  /** The last two characters, cut when read (a join keeps its own): no string per paragraph held. */
  get tail(): string {
    return this.text.slice(-2);
  }
}

/**
 * One source line as a paragraph: a scanned line is one itself (no second object per line of
 * running text); another line (a piece of a line cut at its block tags) is wrapped.
 */
export function paragraphOf(line: SourceLine): Paragraph {
  return line instanceof ScannedLine ? line : new LineParagraph(line, markerOfLine(line));
}

const NOT_A_CONTINUATION = /^(?:——|—|附件\s*\d*\s*[:：]?|注\s*[:：]|备注\s*[:：]|续表$)/u;

/**
 * Whether paragraph `b` continues paragraph `a` across a page break. The printed page ended in
 * the middle of a sentence, so `a` does not end where a paragraph may end (。；：…), and `b` does not
 * start anything of its own (an outline marker, a heading, a list item, a dash item, a note).
 * `a` must be a full printed line long (15 characters) unless it visibly stops mid-sentence (，、“).
 * A run-in title without a full stop (`（三）坚持精准配置，高水平配置土地利用`) continues only into a short
 * first sentence (`计划指标。`), so a title line followed by its own paragraph stays apart —
 * unless `siblingIsSentence`: the previous item with the same kind of marker was a whole sentence,
 * so this one is a sentence too.
 */
export function continues(a: Paragraph, b: Paragraph, siblingIsSentence = false): boolean {
  if (a.depth > 0 || b.depth > 0 || b.listItem) return false;
  if (a.first.kind === 'table-row' || b.first.kind === 'table-row') return false;
  if (b.marker !== undefined || NOT_A_CONTINUATION.test(b.text)) return false;
  // Only the kept tail and length of `a` are read: `a` may be a long run of joined lines.
  if (endsParagraph(a.tail)) return false;
  const midSentence = endsMidSentence(a.tail);
  if (!midSentence && a.visible < 15) return false;
  // Articles (第N条) have no run-in titles; outline items (（三）…) often do, unless their
  // siblings are whole sentences (then this one is a sentence cut by the page end too).
  const legal = a.marker?.kind === 'article' || a.marker?.kind === 'paragraph' || a.marker?.kind === 'item';
  if (a.marker !== undefined && !legal && !siblingIsSentence && !midSentence && !a.stop) {
    const firstSentence = /^[^。；;：:！？]*/u.exec(b.text)?.[0] ?? b.text;
    if (visibleLength(firstSentence) > 12) return false;
  }
  return true;
}

/**
 * Joins `b` onto `a`, consuming `a` (its map may be extended in place): constant work per join
 * besides `b`'s own runs, so a run of n joined lines costs O(n), not O(n²). The joined text is a
 * concatenation that nobody reads until the paragraph is finished.
 */
export function join(a: Paragraph, b: Paragraph): Paragraph {
  let map = a.map;
  if (!a.ownsMap) {
    map = new OffsetMap();
    map.append(a.map);
  }
  map.append(b.map);
  const tail = b.tail.length >= 2 ? b.tail : (a.tail + b.tail).slice(-2);
  // Field by field, not `{ ...a }`: `a` may be a scanned line, whose paragraph fields are getters.
  const joined: Paragraph = {
    text: a.text + b.text,
    first: a.first,
    last: b.last,
    depth: a.depth,
    listItem: a.listItem,
    visible: a.visible + b.visible,
    stop: a.stop || b.stop,
    map,
    tail,
    ownsMap: true,
  };
  if (a.marker !== undefined) joined.marker = a.marker;
  return joined;
}
