import { formatChineseDate, isIsoDate, ParseError } from '@gongbao/utils';
import type { AttachedDocument as AttachedDocumentOut } from './attached-document.js';
import type { Attachment as AttachmentOut } from './attachment.js';
import type { Block as BlockOut } from './block.js';
import type { Document } from './document.js';
import type { WithDateInputs } from './iso-date.js';
import type { TableCell, Table as TableOut } from './table.js';

// The shapes as callers pass them in: dates may be plain strings, checked where they are read.
type AttachedDocument = WithDateInputs<AttachedDocumentOut>;
type Attachment = WithDateInputs<AttachmentOut>;
type Block = WithDateInputs<BlockOut>;
type Table = WithDateInputs<TableOut>;

// A row is one line: line breaks and tabs inside a cell become spaces.
const cellText = (value: TableCell | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/gu, ' ');

function tableLines(table: Table, previous: string | undefined): string[] {
  // An attachment's title usually is its table's title: print it once.
  const lines = previous === table.title ? [] : [table.title];
  lines.push(table.columns.map((column) => column.name).join('\t'));
  for (const row of table.rows) lines.push(table.columns.map((column) => cellText(row[column.name])).join('\t'));
  for (const total of table.totals) {
    let labelled = false;
    const cells = table.columns.map((column) => {
      if (Object.hasOwn(total.values, column.name)) return cellText(total.values[column.name]);
      if (labelled) return '';
      labelled = true;
      return total.label;
    });
    lines.push(cells.join('\t'));
  }
  for (const note of table.notes) lines.push(`注：${note}`);
  return lines;
}

// Depth first, in reading order, with an explicit stack: a heading tree of any depth (even one
// deeper than BlockSchema accepts, when the document was not parsed) cannot overflow the call stack.
function blockLines(blocks: readonly Block[], out: string[]): void {
  const stack: Array<{ readonly blocks: readonly Block[]; next: number }> = [{ blocks, next: 0 }];
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    if (top.next >= top.blocks.length) {
      stack.pop();
      continue;
    }
    const block = top.blocks[top.next++] as Block;
    switch (block.type) {
      case 'heading':
        out.push(`${block.marker?.raw ?? ''}${block.text}`);
        if (block.children.length > 0) stack.push({ blocks: block.children, next: 0 });
        break;
      case 'paragraph':
        out.push(block.text);
        break;
      case 'list':
        for (const item of block.items) out.push(`${item.marker?.raw ?? ''}${item.text}`);
        break;
      case 'table':
        for (const line of tableLines(block.table, out.at(-1))) out.push(line);
        break;
      case 'note':
        out.push(`${block.label}：${block.text}`);
        break;
    }
  }
}

function headLines(doc: Pick<AttachedDocument, 'title' | 'docNumber' | 'addressees' | 'body'>, out: string[]): void {
  out.push(doc.title);
  if (doc.docNumber !== undefined) out.push(doc.docNumber.canonical);
  if (doc.addressees.length > 0) out.push(`${doc.addressees.join('，')}：`);
  blockLines(doc.body, out);
}

// The signatures (a person after their title: 市长 张三), then the 成文日期 when there is one.
function closingLines(doc: Pick<AttachedDocument, 'signatories' | 'writtenDate'>, out: string[]): void {
  for (const signatory of doc.signatories)
    out.push([signatory.title, signatory.name].filter((part) => part !== undefined).join(' '));
  const date = doc.writtenDate;
  if (date === undefined) return;
  if (!isIsoDate(date))
    throw new ParseError('INVALID_DATE', String(date), 'Expected writtenDate as an ISO date YYYY-MM-DD');
  out.push(formatChineseDate(date));
}

function attachmentLines(attachment: Attachment, out: string[]): void {
  out.push(attachment.label ?? (attachment.number === undefined ? '附件' : `附件${attachment.number}`));
  if (attachment.document !== undefined) {
    const nested = attachment.document;
    headLines(nested, out);
    closingLines(nested, out);
    return;
  }
  out.push(attachment.title);
  blockLines(attachment.body ?? [], out);
}

/**
 * The whole document as plain text in reading order, one paragraph per line: title, 发文字号
 * (canonical), addressees (joined with ，, ending in ：), body, signatures, 成文日期 (`2024年6月4日`),
 * 附注 in brackets, the enclosed texts (title, body), then the attachments (label, title, content).
 * Headings keep their marker (`一、总体要求`); a table gives its title (unless the line before is
 * the same title), a header line and one line per row with the cells separated by tabs (empty
 * cells empty, line breaks inside a cell turned into spaces), then its totals rows (the label in
 * the first column without a total) and its notes.
 *
 * Any depth of headings is fine (the tree is walked without recursion). Dates may be plain strings
 * (see {@link WithDateInputs}).
 *
 * @param doc - The document.
 * @returns The text, lines separated by `\n`, without a trailing newline.
 * @throws ParseError (`INVALID_DATE`) when a `writtenDate` is not a real ISO date, TypeError when
 *   `doc` is not a document object (neither for a document {@link DocumentSchema} accepted).
 * @example
 * ```ts
 * const text = documentToText({
 *   id: '长政函-2024-22',
 *   docNumber: { agency: '长政函', year: 2024, serial: 22, canonical: '长政函〔2024〕22号', raw: '长政函〔2024〕22号' },
 *   title: '长治市人民政府关于长治市现代水网建设规划(2021-2035年)的批复',
 *   type: '批复',
 *   issuers: [{ name: '长治市人民政府' }],
 *   addressees: ['市水务局'],
 *   body: [
 *     { type: 'paragraph', text: '你局请示收悉。' },
 *     { type: 'heading', level: 1, marker: { kind: 'chinese', level: 1, index: 1, raw: '一、' }, text: '原则同意。', children: [] },
 *   ],
 *   signatories: [{ name: '长治市人民政府' }],
 *   writtenDate: '2024-05-11',
 *   note: '此件公开发布',
 *   attachments: [], enclosures: [], citations: [], repeals: [],
 * });
 * text.split('\n'); //=> ['长治市人民政府关于长治市现代水网建设规划(2021-2035年)的批复', '长政函〔2024〕22号', '市水务局：', '你局请示收悉。', '一、原则同意。', '长治市人民政府', '2024年5月11日', '（此件公开发布）']
 * ```
 */
export function documentToText(doc: WithDateInputs<Document>): string {
  const out: string[] = [];
  headLines(doc, out);
  closingLines(doc, out);
  if (doc.note !== undefined) out.push(`（${doc.note}）`);
  for (const enclosure of doc.enclosures) {
    out.push(enclosure.title);
    blockLines(enclosure.body, out);
  }
  for (const attachment of doc.attachments) attachmentLines(attachment, out);
  return out.join('\n');
}
