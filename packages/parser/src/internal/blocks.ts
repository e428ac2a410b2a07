import type { Block, HeadingBlock, ListBlock, Table } from '@gongbao/core';
import type { DocumentNumber, OutlineMarker } from '@gongbao/utils';
import { cellText } from './cell-text.js';
import type { ParseContext, Range } from './context.js';
import { fieldRun, fieldTable } from './field-items.js';
import type { CleanText } from './markup.js';
import { continues, join, type Paragraph, paragraphOf } from './paragraphs.js';
import { endsParagraph } from './rules.js';
import type { SourceLine } from './scan.js';
import { buildTable } from './table.js';

/** What the block builder needs to name tables. */
export interface BlockOptions {
  /** Returns the id of the next table (called once per table, in order). */
  nextTableId: () => string;
  /** Label of the attachment the blocks belong to (附件1), for its first table. */
  label?: string;
  /** Title for a table printed without one (the attachment's title). */
  defaultTitle?: string;
  documentNumber?: DocumentNumber;
}

/** Blocks, the tables among them, and every text (paragraphs, cells) with its map to the source. */
export interface BlocksResult {
  blocks: Block[];
  tables: Table[];
  texts: CleanText[];
}

/** Table lines (the parts a 续表 continues), the notes under them and the title above. */
class TableItem {
  readonly parts: SourceLine[][];
  readonly notes: Paragraph[] = [];
  title: Paragraph | undefined = undefined;

  constructor(parts: SourceLine[][]) {
    this.parts = parts;
  }
}

/** Numbered paragraphs that carry the same labelled fields, and the title above them. */
class FieldsItem {
  readonly paragraphs: Paragraph[];
  title: Paragraph | undefined = undefined;

  constructor(paragraphs: Paragraph[]) {
    this.paragraphs = paragraphs;
  }
}

/** An item of a body: a paragraph is one by itself (no wrapper object per paragraph), or a table, or fields. */
type Item = Paragraph | TableItem | FieldsItem;

/** The item as a paragraph, when it is one. */
const paragraphItem = (item: Item | undefined): Paragraph | undefined =>
  item === undefined || item instanceof TableItem || item instanceof FieldsItem ? undefined : item;

const NOTE = /^(注|备注|说明)\s*[:：]\s*/u;

/** The message of every `paragraph-joined` diagnostic. */
const JOINED = 'Joined the line this range ends in to the paragraph above (page break)';

/**
 * An unnumbered closing clause of a whole text: when it takes effect (本方案自2024年6月起施行,
 * 本方案实施时间与…一致), its validity or who interprets it (本办法由…负责解释).
 */
const CLOSING_CLAUSE =
  /^本(?:实施)?(?:办法|细则|方案|规定|意见|决定|规则|制度|措施|计划|标准|指引|指南)(?:自|的?(?:实施|施行|执行|有效)(?:时间|日期|期限)|有效期|由[^。]{1,40}负责解释)/u;

/** Whether a paragraph can be the title of what follows it (a table): short, unnumbered, open-ended. */
export function isTitleLike(p: Paragraph): boolean {
  if (p.marker !== undefined || NOTE.test(p.text)) return false;
  if (p.depth > 0) return p.visible <= 80;
  // A title may end with a short bracketed qualifier: （试行）, (2021—2035年), （119座）.
  if (p.visible > 60) return false;
  const text = p.text.replace(/[（(][^（）()]{1,14}[）)]$/u, '');
  return text !== '' && !endsParagraph(text);
}

/** A table's title without OCR spaces (see {@link cellText}), when there is one. */
const cellTitle = (title: string | undefined): string | undefined =>
  title === undefined ? undefined : cellText(title);

/** Splits lines into paragraphs (page breaks rejoined) and tables (续表 parts merged). */
function itemsOf(ctx: ParseContext, lines: readonly SourceLine[]): Item[] {
  const items: Item[] = [];
  // Whether the last finished paragraph with each kind of marker ended a sentence.
  const sentenceByKind = new Map<string, boolean>();
  let open: Paragraph | undefined;
  const finish = () => {
    if (open?.marker) sentenceByKind.set(open.marker.kind, endsParagraph(open.tail));
    open = undefined;
  };
  let i = 0;
  const n = lines.length;
  while (i < n) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') {
      i++;
      continue;
    }
    if (line.kind === 'table-row') {
      const parts: SourceLine[][] = [[]];
      let j = i;
      while (j < n) {
        const l = lines[j] as SourceLine;
        if (l.kind === 'table-row') (parts[parts.length - 1] as SourceLine[]).push(l);
        else if (l.kind !== 'blank' && /^续\s*表/u.test(l.text)) parts.push([]);
        else if (l.kind !== 'blank') break;
        j++;
      }
      const nonEmpty = parts.filter((p) => p.length > 0);
      items.push(new TableItem(nonEmpty));
      i = j;
      continue;
    }
    const p = paragraphOf(line);
    const prev = items[items.length - 1];
    const above = paragraphItem(prev);
    const kind = above?.marker?.kind;
    if (above && continues(above, p, kind !== undefined && sentenceByKind.get(kind) === true)) {
      const joined = join(above, p);
      items[items.length - 1] = joined;
      open = joined;
      // One shared message, not one string per joined line (a text cut at every line would hold
      // one per line): the joined line is the one the range ends in.
      ctx.report('paragraph-joined', JOINED, joined.first.start, p.first.end);
    } else if (prev instanceof TableItem && NOTE.test(p.text) && prev.notes.length === 0) {
      prev.notes.push(p);
    } else if (
      prev instanceof TableItem &&
      prev.notes.length > 0 &&
      continues(prev.notes[prev.notes.length - 1] as Paragraph, p)
    ) {
      const k = prev.notes.length - 1;
      prev.notes[k] = join(prev.notes[k] as Paragraph, p);
    } else {
      finish();
      items.push(p);
      open = p;
    }
    i++;
  }
  // A title-like paragraph right before a table is its title (one pass: no splice per table),
  // compacted in place: no second array as long as the items.
  let kept = 0;
  for (let r = 0; r < items.length; r++) {
    const item = items[r] as Item;
    const prev = kept > 0 ? paragraphItem(items[kept - 1]) : undefined;
    if (item instanceof TableItem && prev && isTitleLike(prev)) {
      item.title = prev;
      kept--;
    }
    items[kept++] = item;
  }
  items.length = kept;
  return withFieldItems(items);
}

/**
 * Runs of numbered paragraphs that each carry the same labelled fields (一、… 承办单位:… 计划完成时间:…)
 * become one `fields` item — a table — with a title-like paragraph right before them as its title.
 */
function withFieldItems(items: Item[]): Item[] {
  const paragraphs = items.map(paragraphItem);
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const count = fieldRun(paragraphs, k);
    if (count === 0) {
      out.push(items[k] as Item);
      continue;
    }
    const run = new FieldsItem(paragraphs.slice(k, k + count) as Paragraph[]);
    const prev = paragraphItem(out[out.length - 1]);
    if (prev && prev.marker === undefined && isTitleLike(prev)) {
      run.title = prev;
      out.pop();
    }
    out.push(run);
    k += count - 1;
  }
  return out;
}

/** The rank of a marker kind in the usual hierarchy; deeper kinds have larger ranks. */
const RANK: Record<OutlineMarker['kind'], number> = {
  part: 1,
  chapter: 2,
  section: 3,
  article: 4,
  paragraph: 5,
  chinese: 6,
  'parenthesized-chinese': 7,
  arabic: 8,
  'parenthesized-arabic': 9,
  circled: 10,
  item: 11,
};

/** The source range of a paragraph. */
export function paragraphRange(ctx: ParseContext, p: Paragraph): Range {
  return ctx.range(p.first.start, Math.max(p.first.start, p.last.end));
}

/** A paragraph's text after its marker. */
function afterMarker(p: Paragraph): string {
  return p.marker ? p.text.slice(p.marker.raw.length).trim() : p.text;
}

/**
 * Builds the block tree of a body from its lines. The outline comes from the markers: a numbered
 * paragraph opens a heading at its marker's rank (第N章 → 第N条, 一、 → （一） → 1. → （1）) and
 * closes every open heading of the same or a deeper rank; unnumbered paragraphs go under the open
 * heading. Numbered paragraphs that follow a paragraph ending in a colon inside an
 * article (`第十五条 …有下列情形之一的：`) are the items of a list, and an unnumbered paragraph after the list returns to the introducing
 * level. An unnumbered closing clause (本方案自…起施行, 本方案实施时间与…一致) closes every heading: it
 * belongs to the whole text, not to the last item. The markdown `#` depth plays no part; where siblings disagree about it, an `info`
 * diagnostic says so.
 */
export function buildBlocks(ctx: ParseContext, lines: readonly SourceLine[], options: BlockOptions): BlocksResult {
  const items = itemsOf(ctx, lines);
  const root: Block[] = [];
  const tables: Table[] = [];
  const texts: CleanText[] = [];
  const stack: Array<{ rank: number; node: HeadingBlock; depth: number }> = [];
  let list: { block: ListBlock; kind: OutlineMarker['kind']; rank: number } | undefined;
  let firstTable = true;
  const container = (): Block[] => stack[stack.length - 1]?.node.children ?? root;
  // Lists are the enumerated cases of an article (第N条 …：（一）…（二）…); elsewhere numbered
  // paragraphs are the outline, even after 通知如下：.
  const introducesList = (): boolean => {
    const kind = stack[stack.length - 1]?.node.marker?.kind;
    if (kind !== 'article' && kind !== 'paragraph' && kind !== 'item') return false;
    const blocks = container();
    const last = blocks[blocks.length - 1];
    if (last === undefined) {
      const top = stack[stack.length - 1];
      return top !== undefined && /[：:]$/u.test(top.node.text);
    }
    return last.type === 'paragraph' && /[：:]$/u.test(last.text);
  };

  for (const item of items) {
    if (item instanceof FieldsItem) {
      list = undefined;
      const id = options.nextTableId();
      const table = fieldTable(ctx, item.paragraphs, {
        id,
        title: cellTitle(item.title?.text ?? options.defaultTitle) ?? id,
        ...(firstTable && options.label !== undefined ? { label: options.label } : {}),
      });
      if (options.documentNumber) table.documentNumber = options.documentNumber;
      if (item.title) texts.push(item.title);
      for (const p of item.paragraphs) texts.push(p);
      firstTable = false;
      tables.push(table);
      container().push({ type: 'table', table, ...(table.source ? { source: table.source } : {}) });
      continue;
    }
    if (item instanceof TableItem) {
      list = undefined;
      const title = cellTitle(item.title?.text ?? options.defaultTitle);
      const result = buildTable(ctx, item.parts, {
        id: options.nextTableId(),
        ...(title !== undefined ? { title } : {}),
        ...(firstTable && options.label !== undefined ? { label: options.label } : {}),
        ...(options.documentNumber ? { documentNumber: options.documentNumber } : {}),
        notes: item.notes.map((n) => n.text.replace(NOTE, '')),
        cells: texts,
      });
      if (item.title) texts.push(item.title);
      for (const note of item.notes) texts.push(note);
      firstTable = false;
      if (result.kind === 'table') {
        tables.push(result.table);
        container().push({ type: 'table', table: result.table, source: result.source });
      } else {
        if (item.title)
          container().push({ type: 'paragraph', text: item.title.text, source: paragraphRange(ctx, item.title) });
        container().push(result.list);
      }
      continue;
    }
    const p = item;
    texts.push(p);
    const source = paragraphRange(ctx, p);
    const note = NOTE.exec(p.text);
    if (note && p.marker === undefined) {
      list = undefined;
      const text = p.text.slice(note[0].length).trim();
      container().push(
        text === ''
          ? { type: 'paragraph', text: p.text, source }
          : { type: 'note', label: note[1] as string, text, source },
      );
      continue;
    }
    if (p.marker !== undefined) {
      const rank = RANK[p.marker.kind];
      if (list && (p.marker.kind === list.kind || rank > list.rank)) {
        list.block.items.push({ marker: p.marker, text: afterMarker(p) || p.marker.raw, source });
        extend(list.block, source);
        continue;
      }
      if (introducesList()) {
        const block: ListBlock = {
          type: 'list',
          items: [{ marker: p.marker, text: afterMarker(p) || p.marker.raw, source }],
          source,
        };
        container().push(block);
        list = { block, kind: p.marker.kind, rank };
        continue;
      }
      list = undefined;
      while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= rank) stack.pop();
      const heading: HeadingBlock = {
        type: 'heading',
        level: stack.length + 1,
        marker: p.marker,
        text: afterMarker(p) || p.marker.raw,
        children: [],
        source,
      };
      checkDepth(ctx, container(), heading, p);
      container().push(heading);
      stack.push({ rank, node: heading, depth: p.depth });
      continue;
    }
    list = undefined;
    if (CLOSING_CLAUSE.test(p.text) && stack.length > 0) {
      // 本方案自…起施行 / 本方案实施时间与…一致 after the last numbered item closes the whole text, not that item.
      stack.length = 0;
      root.push({ type: 'paragraph', text: p.text, source });
      continue;
    }
    if (p.depth > 0) {
      // An unnumbered markdown heading inside a body: a heading of its own at the top.
      stack.length = 0;
      const heading: HeadingBlock = { type: 'heading', level: 1, text: p.text, children: [], source };
      root.push(heading);
      stack.push({ rank: 0, node: heading, depth: p.depth });
      continue;
    }
    container().push({ type: 'paragraph', text: p.text, source });
  }
  return { blocks: root, tables, texts };
}

function extend(block: ListBlock, source: Range): void {
  if (!block.source) return;
  const end = Math.max(block.source.end, source.end);
  const endLine = Math.max(block.source.endLine ?? block.source.line, source.endLine ?? source.line);
  block.source = {
    start: block.source.start,
    end,
    line: block.source.line,
    ...(endLine > block.source.line ? { endLine } : {}),
  };
}

/** Reports a markdown heading depth that differs from the depth of the previous sibling of the same marker kind. */
function checkDepth(ctx: ParseContext, siblings: readonly Block[], heading: HeadingBlock, p: Paragraph): void {
  if (p.depth === 0) return;
  for (let k = siblings.length - 1; k >= 0; k--) {
    const s = siblings[k] as Block;
    if (s.type !== 'heading' || s.marker?.kind !== heading.marker?.kind) continue;
    const depth = s.source ? (ctx.sourceLineAt(s.source.start)?.depth ?? 0) : 0;
    if (depth > 0 && depth !== p.depth) {
      ctx.report(
        'heading-depth-ignored',
        `${heading.marker?.raw ?? ''} is a level-${p.depth} markdown heading but its sibling ${s.marker?.raw ?? ''} is level ${depth}; the markers decide`,
        p.first.start,
        p.first.end,
      );
    }
    return;
  }
}
