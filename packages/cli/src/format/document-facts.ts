/** A document's facts and outline, as `gongbao show` and `gongbao parse --document` print them. */
import type { Block, DocumentDraft, DocumentStatus, ReadonlyDeep, Validity } from '@gongbao/core';
import type { Colors } from '../colors.js';
import { STATUS_LABELS } from './status.js';
import { columns } from './text-width.js';

const UNITS = { year: '年', month: '个月', day: '天' } as const;

/** A validity as words: `from 2024-06-22, 有效期5年, until 2029-06-21, 试行`. */
export function validityText(validity: Validity): string {
  return [
    validity.effectiveFrom && `from ${validity.effectiveFrom}`,
    validity.effectiveFrom === undefined && validity.fromPublication ? 'from publication' : undefined,
    validity.period && `有效期${validity.period.value}${UNITS[validity.period.unit]}`,
    validity.until && `until ${validity.until}`,
    validity.provisional ? '试行/暂行 provisional' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The status on a date, as a facts row. */
export interface StatusOn {
  readonly on: string;
  readonly status: DocumentStatus;
}

/** The facts of a document, one per line: number and title, then labelled rows. */
export function documentFacts(doc: ReadonlyDeep<DocumentDraft>, color: Colors, status?: StatusOn): string[] {
  const rows: [string, string][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') rows.push([label, value]);
  };
  add('id', doc.id);
  add('发文字号', doc.docNumber?.canonical);
  add('文种 type', doc.type);
  add(
    '栏目 section',
    doc.section &&
      `${doc.section}${doc.pages ? ` (p. ${doc.pages.start}${doc.pages.end ? `–${doc.pages.end}` : ''})` : ''}`,
  );
  add('发文机关 issuer', doc.issuers.map((issuer) => issuer.name).join('、'));
  add('主送机关 to', doc.addressees.join('、'));
  add('成文日期 written', doc.writtenDate);
  add('附注 note', doc.note);
  add('公开 disclosure', doc.disclosure);
  if (status) add(`效力 on ${status.on}`, STATUS_LABELS[status.status]);
  if (doc.validity) add('施行 validity', validityText(doc.validity));
  add('废止 repeals', doc.repeals.map((number) => number.canonical).join('、'));
  for (const enclosure of doc.enclosures) add('印发 encloses', `《${enclosure.title}》`);
  for (const attachment of doc.attachments) add(attachment.label ?? '附件', attachment.title);
  add(
    '引用 cites',
    doc.citations.length > 0
      ? `${doc.citations.length} citation${doc.citations.length === 1 ? '' : 's'} (--json has them)`
      : undefined,
  );
  return [color.bold(doc.title), ...columns(rows).map((line) => `  ${line}`)];
}

// A heading often runs on into its paragraph (（一）指导思想。深入贯彻…): the outline keeps the words
// up to the first full stop, at most this many characters.
const HEADING_CHARS = 40;

function headingText(text: string): string {
  const stop = text.search(/[。；：]/u);
  const head = stop === -1 ? text : text.slice(0, stop);
  const chars = Array.from(head);
  return chars.length > HEADING_CHARS
    ? `${chars.slice(0, HEADING_CHARS).join('')}…`
    : stop === -1
      ? head
      : `${head}${stop < text.length - 1 ? '…' : ''}`;
}

function outlineOf(blocks: ReadonlyDeep<Block[]>, depth: number, out: string[]): void {
  for (const block of blocks) {
    const indent = '  '.repeat(depth);
    if (block.type === 'heading') {
      out.push(`${indent}${block.marker?.raw ?? ''}${headingText(block.text)}`);
      outlineOf(block.children, depth + 1, out);
    } else if (block.type === 'table') {
      out.push(`${indent}[表 table ${block.table.id}: ${block.table.rows.length} rows] ${block.table.title}`);
    }
  }
}

/** The outline: the title, the headings of the body, each enclosure and attachment with its headings and tables. */
export function documentOutline(doc: ReadonlyDeep<DocumentDraft>, color: Colors): string[] {
  const out = [color.bold(doc.title)];
  outlineOf(doc.body, 1, out);
  for (const enclosure of doc.enclosures) {
    out.push(`  ${color.bold(enclosure.title)}`);
    outlineOf(enclosure.body, 2, out);
  }
  for (const attachment of doc.attachments) {
    out.push(`  ${color.bold(`${attachment.label ?? '附件'} ${attachment.title}`)}`);
    if (attachment.body) outlineOf(attachment.body, 2, out);
    if (attachment.document) {
      out.push(`    ${attachment.document.title}`);
      outlineOf(attachment.document.body, 3, out);
    }
  }
  return out;
}
