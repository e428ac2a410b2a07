/**
 * Numbered items that each carry the same labelled fields — a 目录 printed without rules,
 * `一、<name> 承办单位:<unit> 计划完成时间:<date>` — are the rows of a table, not headings: one row
 * per item with its number, its name and one column per label.
 */
import type { Table, TableRow } from '@gongbao/core';

import { cellText } from './cell-text.js';
import type { ParseContext } from './context.js';
import type { Paragraph } from './paragraphs.js';

/** The fields of one item: the name before the first label, then each label's value. */
export interface ItemFields {
  readonly name: string;
  readonly labels: readonly string[];
  readonly values: readonly string[];
}

/** A field label inside an item: 2–8 Han characters after a space, then a colon (承办单位:). */
const LABEL = /\s([\u4e00-\u9fff]{2,8})\s*[:：]/gu;

/** Fewer items than this are not a list of records. */
export const MIN_FIELD_ITEMS = 3;
/** Fewer labels than this per item are not records (a lone 责任单位: is part of a sentence). */
const MIN_LABELS = 2;

/**
 * The labelled fields of an item's text (after its marker), or `undefined` when it has fewer than
 * two labels, an empty name or an empty value.
 */
export function itemFields(text: string): ItemFields | undefined {
  const labels: string[] = [];
  const values: string[] = [];
  let name: string | undefined;
  let valueStart = 0;
  for (const match of text.matchAll(LABEL)) {
    const piece = text.slice(valueStart, match.index).trim();
    if (name === undefined) name = piece;
    else values.push(piece);
    labels.push(match[1] as string);
    valueStart = match.index + match[0].length;
  }
  if (name === undefined || labels.length < MIN_LABELS) return undefined;
  values.push(text.slice(valueStart).trim());
  if (name === '' || values.some((v) => v === '')) return undefined;
  return { name, labels, values };
}

/** The text of a paragraph after its marker. */
const afterMarker = (p: Paragraph): string => (p.marker ? p.text.slice(p.marker.raw.length).trim() : p.text);

/**
 * Whether paragraphs `from` … `from + count − 1` are field items: numbered with one kind of
 * marker, each with the same labels in the same order.
 */
export function fieldRun(paragraphs: readonly (Paragraph | undefined)[], from: number): number {
  const first = paragraphs[from];
  const kind = first?.marker?.kind;
  const labels = first && kind ? itemFields(afterMarker(first))?.labels.join('|') : undefined;
  if (labels === undefined) return 0;
  let k = from;
  while (k < paragraphs.length) {
    const p = paragraphs[k];
    if (p === undefined || p.marker?.kind !== kind || itemFields(afterMarker(p))?.labels.join('|') !== labels) break;
    k++;
  }
  return k - from >= MIN_FIELD_ITEMS ? k - from : 0;
}

/** What {@link fieldTable} needs besides the items. */
export interface FieldTableOptions {
  readonly id: string;
  readonly title: string;
  readonly label?: string;
}

/**
 * The table of a run of field items: `序号` (the item's number), `名称` (its name) and one string
 * column per label; OCR spaces inside Chinese words removed from every cell; one source range per
 * row (the item's paragraph).
 */
export function fieldTable(ctx: ParseContext, items: readonly Paragraph[], options: FieldTableOptions): Table {
  const first = items[0] as Paragraph;
  const labels = itemFields(afterMarker(first))?.labels ?? [];
  const rows: TableRow[] = [];
  const rowSources = items.map((p) => ctx.range(p.first.start, Math.max(p.first.start, p.last.end)));
  for (const p of items) {
    const fields = itemFields(afterMarker(p)) as ItemFields;
    const row: TableRow = { 序号: p.marker?.index ?? null, 名称: cellText(fields.name) };
    fields.labels.forEach((label, k) => {
      row[label] = cellText(fields.values[k] ?? '');
    });
    rows.push(row);
  }
  const last = rowSources[rowSources.length - 1] ?? rowSources[0];
  const source = ctx.range(rowSources[0]?.start ?? 0, last?.end ?? 0);
  return {
    id: options.id,
    title: options.title,
    columns: [
      { name: '序号', type: 'integer', description: 'The item’s number (一、 → 1).' },
      { name: '名称', type: 'string', description: 'The item’s name, before its first labelled field.' },
      ...labels.map((label) => ({ name: label, type: 'string' as const, description: `${label}, as written.` })),
    ],
    rows,
    totals: [],
    notes: [],
    source,
    rowSources,
    totalSources: [],
    ...(options.label !== undefined ? { label: options.label } : {}),
  };
}
