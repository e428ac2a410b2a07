/**
 * The metadata box of a web copy (政府信息公开 pages): `索引号 | … |`, `索引号: … 主题分类: …` with
 * several pairs on a line, `文    号:…`, bulleted labels with the value on the next line
 * (`• 发文字号:` / `镇政发〔2024〕7号`), or label and value glued (`发文机关国务院`). Read before the
 * document's head, so that none of its lines is taken for the title or the addressees.
 */
import { type Disclosure, disclosureFromNote, type SiteMetadata, type SiteMetadataFact } from '@gongbao/core';
import { type DocumentNumber, type IsoDate, parseChineseDate, parseDocumentNumber } from '@gongbao/utils';
import type { ParseContext } from './context.js';
import type { SourceLine } from './scan.js';
import { isSpaceCode } from './space.js';

/** What a box states, by field. */
export interface SiteBox {
  indexNumber?: string;
  title?: string;
  issuer?: string;
  docNumber?: DocumentNumber;
  writtenDate?: IsoDate;
  publishedDate?: IsoDate;
  effectiveFrom?: IsoDate;
  until?: IsoDate;
  disclosure?: Disclosure;
  status?: string;
  /**
   * Whether the box's issuer is the document's issuing organ (发文机关, 发文机构, 制发机关) rather
   * than the body that published it on the site (发布机构, 发布机关).
   */
  issuing?: boolean;
  /** The indexes (SourceLine.index) of the box's lines. */
  lines: Set<number>;
  /** The line each field is read from. */
  at: Partial<Record<Field, SourceLine>>;
  first: SourceLine;
  last: SourceLine;
}

type Field = Exclude<keyof SiteBox, 'lines' | 'first' | 'last' | 'at' | 'issuing'>;

/** The labels of a box, longest first within each field; `null` delimits a value without being read. */
const LABELS: ReadonlyArray<readonly [string, Field | null]> = [
  ['索引号', 'indexNumber'],
  ['名称', 'title'],
  ['标题', 'title'],
  ['发文机关', 'issuer'],
  ['发文机构', 'issuer'],
  ['发布机构', 'issuer'],
  ['制发机关', 'issuer'],
  ['发布机关', 'issuer'],
  ['发文字号', 'docNumber'],
  ['文件编号', 'docNumber'],
  ['文号', 'docNumber'],
  ['成文日期', 'writtenDate'],
  ['发文日期', 'writtenDate'],
  ['发布日期', 'publishedDate'],
  ['公开日期', 'publishedDate'],
  ['发布时间', 'publishedDate'],
  ['施行日期', 'effectiveFrom'],
  ['生效日期', 'effectiveFrom'],
  ['生效时间', 'effectiveFrom'],
  ['废止日期', 'until'],
  ['废止时间', 'until'],
  ['失效日期', 'until'],
  ['失效时间', 'until'],
  ['公开方式', 'disclosure'],
  ['公开类别', 'disclosure'],
  ['公开属性', 'disclosure'],
  ['有效性', 'status'],
  ['效力状态', 'status'],
  ['效力状况', 'status'],
  ['时效性', 'status'],
  ['主题分类', null],
  ['组配分类', null],
  ['信息分类', null],
  ['生成日期', null],
  ['信息来源', null],
  ['来源', null],
  ['关键词', null],
  ['主题词', null],
  ['浏览次数', null],
  ['内容概述', null],
  ['内容概况', null],
  ['公开时限', null],
  ['公开形式', null],
  ['公开范围', null],
  ['公开程序', null],
  ['主题(一)', null],
  ['主题(二)', null],
  ['体裁', null],
  ['分类词', null],
  ['文件下载', null],
  ['效力级别', null],
];

/** Labels that only a metadata box has (发布日期 and 来源 are on every news page too). */
const STRONG = new Set<Field | null>(['indexNumber', 'issuer', 'docNumber', 'writtenDate', 'status', 'disclosure']);

/** Whether a text (before a colon) is the label of a metadata box field (发布机关, 文号 …). */
export function isBoxLabel(text: string): boolean {
  const dense = denseOf(text);
  return LABELS.some((entry) => entry[0] === dense);
}

/** A label at `at` in `dense` (the line without spaces), or undefined. */
function labelAt(dense: string, at: number): (typeof LABELS)[number] | undefined {
  for (const entry of LABELS) if (dense.startsWith(entry[0], at)) return entry;
  return undefined;
}

const LEAD = /^[\s•·\-*|]+/u;

/** The line without spaces and bullets, for matching spaced labels (索 引 号, 文    号). */
function denseOf(text: string): string {
  return text.replace(LEAD, '').replace(/\s+/gu, '');
}

interface Pair {
  field: Field | null;
  label: string;
  value: string;
}

/**
 * The label–value pairs of a box line, or undefined when it does not start with a label. Values run
 * to the next label, a `|`, or the end of the line.
 */
function pairsOf(text: string): Pair[] | undefined {
  const t = text.replace(LEAD, '');
  if (labelAt(denseOf(t), 0) === undefined) return undefined;
  // Split at the labels, reading the spaced text: labels are matched on the dense text, values
  // keep their spaces (2024年04月06日 16:40).
  const pairs: Pair[] = [];
  let i = 0;
  let current: Pair | undefined;
  let value = '';
  const flush = () => {
    if (current) pairs.push({ ...current, value: trimSeparators(value) });
    value = '';
  };
  while (i < t.length) {
    // A label may start here when the previous character is a separator (or this is the start).
    const prev = i === 0 ? ' ' : (t[i - 1] as string);
    if ((/[\s|:：,，]/u.test(prev) || current === undefined) && !/[\s|:：,，•·\-*]/u.test(t[i] as string)) {
      const dense = denseOf(t.slice(i, i + 24));
      const label = labelAt(dense, 0);
      if (label && (current === undefined || value.trim() !== '' || /[\s|]/u.test(prev))) {
        // Consume the label's characters (spaces inside allowed).
        let n = 0;
        let j = i;
        while (j < t.length && n < label[0].length) {
          if (!isSpaceCode(t.charCodeAt(j))) n++;
          j++;
        }
        flush();
        current = { field: label[1], label: label[0], value: '' };
        i = j;
        continue;
      }
    }
    value += t[i];
    i++;
  }
  flush();
  return pairs;
}

/**
 * A line that is the value of a label on the line above: no label line itself, short, no
 * sentence; with the label glued to its end, if any (某某的通知发文机关 → 某某的通知 and 发文机关).
 */
function valueLine(line: SourceLine): { value: string; label?: (typeof LABELS)[number] } | undefined {
  const text = line.text.trim();
  if (line.kind === 'table-row' || text === '' || text.length > 200 || /[。；]/u.test(text) || pairsOf(text)) {
    return undefined;
  }
  for (const entry of LABELS) {
    if (entry[1] === null || !text.endsWith(entry[0]) || text.length <= entry[0].length) continue;
    return { value: text.slice(0, -entry[0].length).trim(), label: entry };
  }
  return { value: text };
}

/** The value without separators around it (`: 2019-01-23 |` → `2019-01-23`). */
function trimSeparators(value: string): string {
  const sep = (c: string | undefined) => c !== undefined && /[\s:：|,，]/u.test(c);
  let from = 0;
  let to = value.length;
  while (from < to && sep(value[from])) from++;
  while (to > from && sep(value[to - 1])) to--;
  return value.slice(from, to);
}

function dateOf(value: string): IsoDate | undefined {
  const m = /^(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/u.exec(value);
  if (m) {
    try {
      return parseChineseDate(`${m[1]}年${m[2]}月${m[3]}日`);
    } catch {
      return undefined;
    }
  }
  try {
    const space = value.search(/\s/u);
    return parseChineseDate(space === -1 ? value : value.slice(0, space));
  } catch {
    return undefined;
  }
}

function store(box: SiteBox, field: Field, value: string): void {
  if (value === '' || box[field] !== undefined) return;
  if (field === 'docNumber') {
    try {
      box.docNumber = parseDocumentNumber(value);
    } catch {
      // not a number
    }
  } else if (field === 'writtenDate' || field === 'publishedDate' || field === 'effectiveFrom' || field === 'until') {
    const date = dateOf(value);
    if (date) box[field] = date;
  } else if (field === 'disclosure') {
    const d = disclosureFromNote(value) ?? disclosureFromNote(`此件${value}`);
    if (d) box.disclosure = d;
  } else if (value.length <= 500) box[field] = value;
}

/**
 * Reads the metadata box among the first lines of a text: lines that start with a box label; a
 * label without a value takes the next line when that is no label line. A box needs two labels
 * only boxes have (索引号, 发文机关, 发文字号, 成文日期, 公开方式, 有效性 …). Returns undefined when
 * there is none.
 */
export function readSiteBox(units: readonly SourceLine[]): SiteBox | undefined {
  const lines = new Set<number>();
  const found: Array<{ pair: Pair; line: SourceLine }> = [];
  let first: SourceLine | undefined;
  let last: SourceLine | undefined;
  const limit = Math.min(units.length, 80);
  for (let k = 0; k < limit; k++) {
    const line = units[k] as SourceLine;
    if (line.kind === 'table-row' || line.text.length > 300) continue;
    const pairs = pairsOf(line.text);
    if (!pairs) continue;
    const bulleted = /^[•·\-*]/u.test(line.text);
    lines.add(line.index);
    first ??= line;
    last = line;
    for (const [n, pair] of pairs.entries()) {
      // Bulleted layout: the value is on the next line.
      const next = units[k + 1];
      // (indented under its label, not a bullet itself).
      if (
        bulleted &&
        next !== undefined &&
        next.map.sourceOffset(0) > next.start &&
        !/^[•·\-*]/u.test(next.text) &&
        pair.field !== null &&
        pair.value === '' &&
        n === pairs.length - 1 &&
        next &&
        next.kind !== 'table-row' &&
        !pairsOf(next.text)
      ) {
        if (next.text.length <= 200 && !/[。；]/u.test(next.text)) {
          pair.value = next.text.replace(LEAD, '').trim();
          lines.add(next.index);
          last = next;
          k++;
        }
      }
      // A label alone on its line, the value on the next (标题 / 某某通知 / 发文机关 / 某某局); the
      // value line may end with the next label, glued to it (某某的通知发文机关).
      if (!bulleted && pairs.length === 1 && pair.field !== null && pair.value === '' && next !== undefined) {
        const taken = valueLine(next);
        if (taken) {
          pair.value = taken.value;
          lines.add(next.index);
          last = next;
          k++;
          found.push({ pair, line });
          const glued = taken.label;
          const after = units[k + 1];
          const gluedValue = after ? valueLine(after) : undefined;
          if (glued && after && gluedValue) {
            found.push({ pair: { field: glued[1], label: glued[0], value: gluedValue.value }, line: after });
            lines.add(after.index);
            last = after;
            k++;
          }
          continue;
        }
      }
      found.push({ pair, line });
    }
  }
  const strong = new Set(found.filter((f) => STRONG.has(f.pair.field)).map((f) => f.pair.field));
  if (strong.size < 2 || !first || !last) return undefined;
  const box: SiteBox = { lines, first, last, at: {} };
  for (const { pair, line } of found) {
    if (!pair.field || box[pair.field] !== undefined) continue;
    store(box, pair.field, pair.value);
    if (box[pair.field] !== undefined) box.at[pair.field] = line;
    if (pair.field === 'issuer' && box.issuer !== undefined) box.issuing = !pair.label.startsWith('发布');
  }
  return box;
}

/** How a document uses its box: the facts taken from it and those where it disagrees. */
export interface SiteUse {
  used: SiteMetadataFact[];
  mismatches: SiteMetadataFact[];
  /**
   * The document's value of a fact: the text's when it has one (a different box value is a
   * mismatch, reported), else the box's (recorded as used).
   */
  pick<T>(fact: SiteMetadataFact, text: T | undefined, boxed: T | undefined, key?: (value: T) => string): T | undefined;
}

/** Starts recording how a document uses `box`; mismatches are reported as `metadata-mismatch`. */
export function siteUse(ctx: ParseContext, box: SiteBox): SiteUse {
  const use: SiteUse = {
    used: [],
    mismatches: [],
    pick(fact, text, boxed, key = (v) => String(v)) {
      if (boxed === undefined) return text;
      if (text === undefined) {
        use.used.push(fact);
        return boxed;
      }
      if (key(text) !== key(boxed)) {
        use.mismatches.push(fact);
        const line = box.at[fact as Field] ?? box.first;
        ctx.report(
          'metadata-mismatch',
          `The site's metadata gives ${fact} "${key(boxed)}", the document "${key(text)}"`,
          line.start,
          line.end,
        );
      }
      return text;
    },
  };
  return use;
}

/** The box as core's SiteMetadata, with the facts used and the mismatches. */
export function siteMetadataOf(ctx: ParseContext, box: SiteBox, use: SiteUse): SiteMetadata {
  const { lines: _, at: __, issuing: ___, first, last, ...fields } = box;
  return { ...fields, used: use.used, mismatches: use.mismatches, source: ctx.linesRange(first, last) };
}
