import type { AttachedDocument, Block, DocumentDraft, GazetteIssue, Table } from '@gongbao/core';
import { formatChineseDate } from '@gongbao/utils';

function tableText(table: Table, out: string[]): void {
  out.push(table.title, table.label ?? '');
  for (const column of table.columns)
    out.push(`${column.name}${column.unit ? `(${column.unit})` : ''}`, ...(column.header ?? []));
  for (const row of table.rows)
    out.push(
      Object.values(row)
        .map((v) => (v === null ? '' : String(v)))
        .join('\t'),
    );
  for (const total of table.totals) out.push(total.label, ...Object.values(total.values).map(String));
  for (const note of table.notes) out.push(`注：${note}`);
}

function blocksText(blocks: readonly Block[], out: string[]): void {
  for (const block of blocks) {
    if (block.type === 'heading') {
      out.push(`${block.marker?.raw ?? ''}${block.text}`);
      blocksText(block.children, out);
    } else if (block.type === 'paragraph') out.push(block.text);
    else if (block.type === 'list') for (const item of block.items) out.push(`${item.marker?.raw ?? ''}${item.text}`);
    else if (block.type === 'note') out.push(`${block.label}：${block.text}`);
    else tableText(block.table, out);
  }
}

function attachedText(doc: AttachedDocument, out: string[]): void {
  out.push(doc.title, doc.addressees.join('，'));
  blocksText(doc.body, out);
  for (const s of doc.signatories) out.push(`${s.title ?? ''}${s.name ?? ''}`);
  if (doc.writtenDate) out.push(formatChineseDate(doc.writtenDate));
}

/** A document as text, every part of it, in reading order (one element per line). */
export function documentText(doc: DocumentDraft): string[] {
  const out = [doc.title ?? '', doc.docNumber?.raw ?? '', `${doc.addressees.join('，')}：`];
  blocksText(doc.body, out);
  out.push(`附件：${doc.attachments.map((a) => a.title).join('')}`);
  for (const s of doc.signatories) out.push(`${s.title ?? ''}${s.name ?? ''}`);
  if (doc.writtenDate) out.push(formatChineseDate(doc.writtenDate));
  if (doc.note !== undefined) out.push(`（${doc.note}）`);
  for (const enclosure of doc.enclosures) {
    out.push(enclosure.title);
    blocksText(enclosure.body, out);
  }
  for (const attachment of doc.attachments) {
    out.push(attachment.label ?? '', attachment.title);
    if (attachment.body) blocksText(attachment.body, out);
    if (attachment.document) attachedText(attachment.document, out);
  }
  return out;
}

/** The whole issue as text: masthead values, TOC, documents, back cover. */
export function issueText(issue: GazetteIssue): string[] {
  const out = [
    issue.title,
    issue.romanizedTitle ?? '',
    `${issue.year}年第${issue.number}期(总第${issue.cumulative ?? ''}期)`,
    issue.frequency ?? '',
    issue.sponsor ?? '',
    issue.editor ?? '',
    issue.printer ?? '',
    issue.publicationDate ? formatChineseDate(issue.publicationDate) : '',
  ];
  for (const role of issue.editorialBoard) out.push(role.people.join(' '));
  for (const entry of issue.toc)
    out.push(entry.section ?? '', `${entry.title}(${entry.docNumber?.raw ?? ''}) ${entry.startPage}`);
  for (const doc of issue.documents) out.push(...documentText(doc));
  out.push(...(issue.backCover ?? []));
  return out;
}
