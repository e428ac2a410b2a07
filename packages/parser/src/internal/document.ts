import {
  type AttachedDocument,
  type Attachment,
  type Block,
  CLASSIFICATION_LEVELS,
  type Classification,
  type Document,
  type DocumentDraft,
  disclosureFromNote,
  documentIdFromNumber,
  documentTypeFromTitle,
  type Enclosure,
  enclosedTextTypeFromTitle,
  type Organization,
  type Signatory,
  type Table,
  URGENCY_LEVELS,
} from '@gongbao/core';
import { type DocumentNumber, type IsoDate, removeCjkSpaces } from '@gongbao/utils';
import { announcedEffect, publishedTitles } from './announcement.js';
import {
  attachmentLabelOf,
  type ListedAttachment,
  opensAttachmentList,
  readAttachmentList,
} from './attachment-list.js';
import { type BlockOptions, buildBlocks, isTitleLike } from './blocks.js';
import { findCitations } from './citations.js';
import type { ParseContext } from './context.js';
import { addresseesOfLine, findHead, isChromeLine, splitTopLevel } from './head.js';
import { readLegalEffect } from './legal-effect.js';
import type { CleanText } from './markup.js';
import { OffsetMap } from './offset-map.js';
import { organizationOf } from './organizations.js';
import { markerOfLine, paragraphOf } from './paragraphs.js';
import { compact, dateOfLine, endsParagraph, looksLikeDateLine, noteOfLine, titleKey, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isOrganizationName, signatureOfLine } from './signature.js';
import { readSiteBox, siteMetadataOf, siteUse } from './site-metadata.js';

/** The head of a document found by the gazette splitter: its title lines and number line. */
export interface DocumentHead {
  titleLines: SourceLine[];
  numberLine?: SourceLine;
  docNumber?: DocumentNumber;
}

/** A document as parsed (a draft until checked), with the tables found in it. */
export interface ParsedDocument {
  document: DocumentDraft;
  tables: Table[];
}

/** The frame of a 公文: head, addressees, body lines, 附件说明, signature, date, note, the rest. */
interface Frame {
  titleLines: SourceLine[];
  title?: string;
  docNumber?: DocumentNumber;
  signers?: string[];
  addressees: string[];
  body: SourceLine[];
  listed: ListedAttachment[];
  signatories: Signatory[];
  signatureNames: string[];
  writtenDate?: IsoDate;
  note?: string;
  rest: SourceLine[];
  extra: Partial<Pick<Document, 'copyNumber' | 'classification' | 'urgency'>>;
  /** The whole title when the head's title line is cut short, or a 令's header without its number. */
  fullTitle?: string;
  /** 发文机关标志 (`XX文件`) and an issuer line above the title: issuers when nothing else names them. */
  issuerMark?: string;
  issuerLine?: string;
  signerLine?: SourceLine;
  /** Whether the document was found inside a web page (lines around it left out). */
  chrome?: boolean;
  /** The line of the 发文字号 when it is one of the title lines (东莞市人民政府令第123号). */
  numberLine?: SourceLine;
}

/** 密级 and its period above the title: 机密★1年. */
const CLASSIFICATION = new RegExp(`^(${CLASSIFICATION_LEVELS.join('|')})(?:\\s*★\\s*(\\S.*))?$`, 'u');

function lastIndexOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** The line from character `from` of its text on (the body after addressees on the same line). */
function sliceLine(line: SourceLine, from: number): SourceLine {
  const map = new OffsetMap();
  const text = line.text.slice(from);
  for (let i = 0; i < text.length; i++) map.push(line.map.sourceOffset(from + i), 1);
  const { marker: _, ...rest } = line;
  return { ...rest, start: line.map.sourceOffset(from), text, map };
}

/** Splits 主送机关 at top-level commas (not inside brackets) and drops the final colon. */
function splitAddressees(text: string): string[] {
  const body = text.replace(/[：:]\s*$/u, '');
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if ((c === '，' || c === ',') && depth === 0) {
      out.push(body.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(body.slice(from).trim());
  return out.filter((x) => x !== '');
}

/** Whether a line is a 主送机关 line: short, ends with a colon, no full stop, no marker. */
function isAddresseeLine(line: SourceLine): boolean {
  const t = line.text;
  return (
    line.kind !== 'table-row' &&
    line.depth === 0 &&
    /[：:]$/u.test(t) &&
    visibleLength(t) <= 200 &&
    !/[。！？；]/u.test(t) &&
    markerOfLine(line) === undefined &&
    !/^附\s*件/u.test(t)
  );
}

/**
 * The title of a document from its head lines: line breaks and OCR spaces removed, except the
 * space between the names of joint issuers (长治市人力资源和社会保障局 长治市财政局关于…).
 */
function titleOf(lines: readonly SourceLine[], issuers: readonly string[]): string {
  let text = lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/gu, ' ');
  let prefix = '';
  if (issuers.length >= 2) {
    const names: string[] = [];
    let rest = text;
    for (const name of issuers) {
      if (!rest.startsWith(name)) break;
      names.push(name);
      rest = rest.slice(name.length).trimStart();
    }
    if (names.length >= 2) {
      prefix = names.join(' ');
      text = rest;
    }
  }
  // Every other space is a line break of the printed head or OCR spacing around a number
  // (长治市 2024 年), unless it separates Latin words or numbers. Stricter than utils'
  // removeCjkSpaces, which keeps spaces next to digits because running text may mean them;
  // a printed title is set without any.
  const cleaned = text.replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /gu, '').trim();
  return prefix === '' ? cleaned : `${prefix}${cleaned}`;
}

/** The issuers a title names before 关于 (several separated by spaces), or the agency of a 令. */
function issuersFromTitle(title: string): string[] {
  // 某市人民政府令: the agency. (Not /^(.+?)令$/: on one 10 MB line the lazy run overflows the regex stack.)
  if (title.length > 1 && title.endsWith('令')) return [title.slice(0, -1)];
  const at = title.indexOf('关于');
  if (at <= 0) return [];
  return title
    .slice(0, at)
    .split(/\s+/u)
    .filter((x) => x !== '');
}

/** Reads the frame of a document from its non-blank lines. */
function readFrame(
  ctx: ParseContext,
  input: readonly SourceLine[],
  head: DocumentHead | undefined,
  skip: ReadonlySet<number> = new Set(),
): Frame {
  let units = input;
  const frame: Frame = {
    titleLines: [],
    addressees: [],
    body: [],
    listed: [],
    signatories: [],
    signatureNames: [],
    rest: [],
    extra: {},
  };
  let p = 0;
  if (head) {
    frame.titleLines = head.titleLines;
    if (head.docNumber) frame.docNumber = head.docNumber;
    const last = head.numberLine ?? head.titleLines[head.titleLines.length - 1];
    p = last ? units.findIndex((u) => u.index === last.index) + 1 : 0;
  } else {
    p = readHead(units, frame, skip);
  }
  // 签发人 (upward documents) on its own line.
  const signerLine = frame.signerLine ?? units[p];
  const signer = signerLine && /^签发人\s*[:：]\s*(\S.*)$/u.exec(signerLine.text);
  if (signer) {
    frame.signers = (signer[1] as string).split(/[\s、，,]+/u).filter((x) => x !== '');
    if (signerLine === units[p]) p++;
  }
  let bodyUnits = units;
  const addressees = units[p] ? addresseesOfLine(units[p] as SourceLine) : undefined;
  if (addressees) {
    frame.addressees = splitTopLevel(addressees.text);
    const line = units[p] as SourceLine;
    if (addressees.bodyFrom < line.text.length) {
      // The body goes on after the colon on the same line.
      const copy = [...units];
      copy[p] = sliceLine(line, addressees.bodyFrom);
      bodyUnits = copy;
    } else p++;
  } else if (units[p] && isAddresseeLine(units[p] as SourceLine) && !frame.chrome) {
    frame.addressees = splitAddressees((units[p] as SourceLine).text);
    p++;
  }
  units = bodyUnits;
  // The signature block: organisation (or person) lines, then the 成文日期.
  let sigStart = -1;
  let dateIndex = -1;
  for (let j = p; j < units.length; j++) {
    const line = units[j] as SourceLine;
    if (line.kind === 'table-row' || !looksLikeDateLine(line.text)) continue;
    let k = j - 1;
    while (k >= p && j - k <= 6 && signatureOfLine((units[k] as SourceLine).text)) k--;
    const signed = k < j - 1;
    const afterList = k >= p && opensAttachmentList(units[k] as SourceLine);
    const noteNext = units[j + 1] !== undefined && noteOfLine((units[j + 1] as SourceLine).text) !== undefined;
    // A date alone on its line after a finished paragraph (a web copy without the signature).
    const afterParagraph = j > p && endsParagraph((units[j - 1] as SourceLine).text);
    if (signed || afterList || noteNext || afterParagraph || j === units.length - 1) {
      sigStart = k + 1;
      dateIndex = j;
      break;
    }
  }
  if (dateIndex === -1) {
    frame.body = units.slice(p);
    return frame;
  }
  frame.body = units.slice(p, sigStart);
  // 附件说明 at the end of the body.
  const listAt = lastIndexOf(frame.body, opensAttachmentList);
  if (listAt !== -1) {
    const { items, used } = readAttachmentList(ctx, frame.body, listAt);
    if (listAt + used === frame.body.length) {
      frame.listed = items;
      frame.body = frame.body.slice(0, listAt);
    }
  }
  for (let k = sigStart; k < dateIndex; k++) {
    const line = units[k] as SourceLine;
    const sig = signatureOfLine(line.text);
    for (const s of sig?.names ?? []) {
      const range = line.map.sourceRange(s.from, s.to);
      frame.signatories.push({
        ...(s.name !== undefined ? { name: s.name } : {}),
        ...(s.title ? { title: s.title } : {}),
        source: ctx.range(range.start, range.end),
      });
      if (!s.title && s.name !== undefined) frame.signatureNames.push(s.name);
    }
  }
  const dateLine = units[dateIndex] as SourceLine;
  const date = dateOfLine(dateLine.text);
  if (date) frame.writtenDate = date;
  else
    ctx.report('date-invalid', `成文日期 "${dateLine.text}" names no real calendar day`, dateLine.start, dateLine.end);
  let q = dateIndex + 1;
  const noteLine = units[q];
  const note = noteLine ? noteOfLine(noteLine.text) : undefined;
  if (note !== undefined) {
    frame.note = note;
    q++;
  }
  frame.rest = units.slice(q);
  // The page around a web copy: its furniture after the document is no part of it.
  if (frame.chrome) frame.rest = frame.rest.filter((l) => !isChromeLine(l.text));
  return frame;
}

/**
 * Reads the head (份号, 密级, 紧急程度, title, 发文字号) of a document given as text — found among the
 * lines of a web page when there are any; returns where the body starts.
 */
function readHead(units: readonly SourceLine[], frame: Frame, skip: ReadonlySet<number>): number {
  let p = 0;
  // Marks above the title: 份号 (6 digits), 密级 (★ and period), 紧急程度.
  for (; p < Math.min(units.length, 3); p++) {
    const t = (units[p] as SourceLine).text.trim();
    const secret = CLASSIFICATION.exec(t);
    const urgency = URGENCY_LEVELS.find((level) => level === t);
    if (/^\d{6}$/u.test(t)) frame.extra.copyNumber = t;
    else if (secret) {
      frame.extra.classification = {
        level: secret[1] as Classification['level'],
        ...(secret[2] ? { period: secret[2] } : {}),
      };
    } else if (urgency) frame.extra.urgency = urgency;
    else break;
  }
  const head = findHead(units, skip, p);
  frame.titleLines = head.titleLines;
  if (head.docNumber) frame.docNumber = head.docNumber;
  if (head.fullTitle) frame.fullTitle = head.fullTitle;
  if (head.issuerMark) frame.issuerMark = head.issuerMark;
  if (head.issuerLine) frame.issuerLine = head.issuerLine;
  if (head.signerLine) frame.signerLine = head.signerLine;
  if (head.numberLine) frame.numberLine = head.numberLine;
  frame.chrome = head.chrome;
  return head.bodyAt;
}

/** Everything needed to build blocks in one document. */
interface Builder {
  ctx: ParseContext;
  /** Whether the document is a web copy (lines around it are page furniture). */
  web?: boolean;
  /** Prefix of table ids: the document id and a slash, or nothing without a 发文字号. */
  prefix: string;
  docNumber?: DocumentNumber;
  tables: Table[];
  texts: CleanText[];
  tableCount: number;
  /** Tables numbered so far per attachment label, and every id given. */
  labelTables: Map<string, number>;
  tableIds: Set<string>;
}

function blocksOf(b: Builder, lines: readonly SourceLine[], options: Partial<BlockOptions> = {}): Block[] {
  const label = options.label?.replace(/\s+/gu, '');
  const result = buildBlocks(b.ctx, lines, {
    nextTableId: () => {
      if (label === undefined) {
        b.tableCount++;
        return `${b.prefix}表${b.tableCount}`;
      }
      // Tables of an attachment: 附件1, then 附件1-2, 附件1-3 … (counted per label, not by
      // searching the tables so far: an attachment of 100,000 tables stays linear).
      const base = `${b.prefix}${label}`;
      let n = b.labelTables.get(base) ?? 0;
      let id = n === 0 ? base : `${base}-${n + 1}`;
      while (b.tableIds.has(id)) id = `${base}-${++n + 1}`;
      b.labelTables.set(base, n + 1);
      b.tableIds.add(id);
      return id;
    },
    ...(options.label !== undefined ? { label: options.label } : {}),
    ...(options.defaultTitle !== undefined ? { defaultTitle: options.defaultTitle } : {}),
    ...(b.docNumber ? { documentNumber: b.docNumber } : {}),
  });
  for (const table of result.tables) b.tables.push(table);
  for (const text of result.texts) b.texts.push(text);
  return result.blocks;
}

/** Adds the title lines to the texts searched for citations (not the 令's number line: its own number). */
function collectTitle(b: Builder, lines: readonly SourceLine[], numberLine?: SourceLine): void {
  for (const line of lines) if (line !== numberLine) b.texts.push({ text: line.text, map: line.map });
}

/** Whether a text ends like a title of an enclosed text or a document (办法, 规则, 意见 …). */
function endsEnclosureTitle(text: string): boolean {
  const t = compact(text).replace(/[（(][^（）()]{1,14}[）)]$/u, '');
  return enclosedTextTypeFromTitle(t) !== undefined || documentTypeFromTitle(t) !== undefined;
}

/** Splits the lines after the signature into the enclosed text(s) and the attachments. */
function readRest(
  b: Builder,
  rest: readonly SourceLine[],
  listed: ListedAttachment[],
  quoted: readonly string[],
  published: readonly string[] = [],
): { enclosures: Enclosure[]; attachments: Attachment[]; leftover: Block[] } {
  // The attachment labels among the lines, by position.
  const labelAt = new Map<number, NonNullable<ReturnType<typeof attachmentLabelOf>>>();
  rest.forEach((line, k) => {
    const label = attachmentLabelOf(line);
    if (label) labelAt.set(k, label);
  });
  const labels = [...labelAt.keys()];
  // Titles listed in any 附件说明 (the notice's, or one at the end of an enclosed text).
  const listedKeys = new Set(listed.map((l) => titleKey(l.title)));
  rest.forEach((line, k) => {
    if (!opensAttachmentList(line)) return;
    for (const item of readAttachmentList(b.ctx, rest, k).items) listedKeys.add(titleKey(item.title));
  });
  // A title printed just above its label (the conversion moved it) belongs to the attachment.
  const movedTitle = new Map<number, SourceLine>();
  for (const k of labels) {
    const before = rest[k - 1];
    const after = rest[k + 1];
    if (!before || labelAt.has(k - 1) || k - 1 === 0) continue;
    const afterIsTitle = after !== undefined && after.kind !== 'table-row' && isTitleLike(paragraphOf(after));
    const beforeIsTitle =
      before.kind === 'heading' ? markerOfLine(before) === undefined : isTitleLike(paragraphOf(before));
    const listedTitle = listedKeys.has(titleKey(before.text));
    if ((listedTitle || (beforeIsTitle && before.kind === 'heading')) && !afterIsTitle) movedTitle.set(k, before);
  }
  const segments: Array<{ label?: ReturnType<typeof attachmentLabelOf>; labelLine?: SourceLine; lines: SourceLine[] }> =
    [{ lines: [] }];
  const moved = new Set(movedTitle.values());
  rest.forEach((line, k) => {
    const label = labelAt.get(k);
    if (label) {
      segments.push({ label, labelLine: line, lines: [] });
      return;
    }
    if (moved.has(line)) return;
    (segments[segments.length - 1] as { lines: SourceLine[] }).lines.push(line);
  });
  const enclosures: Enclosure[] = [];
  const leftover: Block[] = [];
  const encLines = (segments[0] as { lines: SourceLine[] }).lines;
  if (encLines.length > 0) readEnclosures(b, encLines, listed, quoted, enclosures, leftover, published);

  const attachments: Attachment[] = [];
  const matched = new Set<ListedAttachment>();
  segments.slice(1).forEach((segment, s) => {
    const label = segment.label as NonNullable<ReturnType<typeof attachmentLabelOf>>;
    const labelLine = segment.labelLine as SourceLine;
    const labelIndex = labels[s] as number;
    const listedItem =
      listed.find((l) => !matched.has(l) && l.number !== undefined && l.number === label.number) ??
      (label.number === undefined && listed.length === 1 && !matched.has(listed[0] as ListedAttachment)
        ? listed[0]
        : undefined);
    if (listedItem) matched.add(listedItem);
    let lines = segment.lines;
    let titleLine = movedTitle.get(labelIndex);
    if (
      !titleLine &&
      label.title === undefined &&
      lines[0] &&
      lines[0].kind !== 'table-row' &&
      isTitleLike(paragraphOf(lines[0]))
    ) {
      titleLine = lines[0];
      lines = lines.slice(1);
    }
    const printedTitle = label.title ?? (titleLine ? removeCjkSpaces(titleLine.text) : undefined);
    const title = listedItem?.title ?? printedTitle ?? label.label;
    const last = lines[lines.length - 1] ?? titleLine ?? labelLine;
    const attachment: Attachment = {
      ...(label.number !== undefined
        ? { number: label.number }
        : listedItem?.number !== undefined
          ? { number: listedItem.number }
          : {}),
      title,
      label: label.label,
      source: b.ctx.range(labelLine.start, Math.max(labelLine.end, last.end, titleLine?.end ?? 0)),
    };
    if (!listedItem && listed.length > 0) {
      b.ctx.report('attachment-unlisted', `${label.label} is not listed in 附件说明`, labelLine.start, labelLine.end);
    }
    const units = titleLine ? [titleLine, ...lines].sort((x, y) => x.index - y.index) : lines;
    if (hasSignature(lines)) {
      attachment.document = attachedDocument(b, units);
    } else {
      const printed = printedTitle ?? title;
      attachment.body = blocksOf(b, titleLine && lines[0]?.kind === 'table-row' ? lines : units, {
        label: label.label,
        defaultTitle: printed,
      });
    }
    attachments.push(attachment);
  });
  // Listed attachments that are not printed keep their list entry.
  for (const item of listed) {
    if (matched.has(item)) continue;
    const at = attachments.findIndex(
      (a) => a.number !== undefined && item.number !== undefined && a.number > item.number,
    );
    const entry: Attachment = {
      ...(item.number !== undefined ? { number: item.number } : {}),
      title: item.title,
      source: item.source,
    };
    if (at === -1) attachments.push(entry);
    else attachments.splice(at, 0, entry);
    if (labels.length > 0) {
      b.ctx.report(
        'attachment-missing',
        `Attachment ${item.number ?? ''} ${item.title} is listed but not printed`,
        item.source.start,
        item.source.end,
      );
    }
  }
  return { enclosures, attachments, leftover };
}

/** Whether lines contain a signature block (organisation line, then a date line). */
function hasSignature(lines: readonly SourceLine[]): boolean {
  for (let j = 1; j < lines.length; j++) {
    if (looksLikeDateLine((lines[j] as SourceLine).text) && signatureOfLine((lines[j - 1] as SourceLine).text))
      return true;
  }
  return false;
}

/** Reads the enclosed text(s): each starts with its title; a 附件说明 at the end belongs to the document. */
function readEnclosures(
  b: Builder,
  lines: SourceLine[],
  listed: ListedAttachment[],
  quoted: readonly string[],
  enclosures: Enclosure[],
  leftover: Block[],
  published: readonly string[] = [],
): void {
  const first = lines[0] as SourceLine;
  const titled = first.kind === 'heading' ? markerOfLine(first) === undefined : isTitleLike(paragraphOf(first));
  if (!titled) {
    // A 令 or 公告 prints the text it publishes without its title (第一章 总则 right after the date).
    const kind = markerOfLine(first)?.kind;
    const legal = kind === 'part' || kind === 'chapter' || kind === 'section' || kind === 'article';
    if (legal && published.length === 1) {
      const title = published[0] as string;
      const last = lines[lines.length - 1] as SourceLine;
      const enclosure: Enclosure = { title, body: blocksOf(b, lines), source: b.ctx.range(first.start, last.end) };
      const type = enclosedTextTypeFromTitle(title);
      if (type) enclosure.type = type;
      enclosures.push(enclosure);
      return;
    }
    if (b.web) return; // page furniture after a web copy's signature
    for (const block of blocksOf(b, lines)) leftover.push(block);
    return;
  }
  // Further enclosures start at headings that repeat a title the notice quotes.
  const quotedKeys = new Set(quoted.map(titleKey));
  const starts = [0];
  lines.forEach((line, k) => {
    if (k > 0 && line.kind === 'heading' && quotedKeys.has(titleKey(line.text))) starts.push(k);
  });
  starts.forEach((from, s) => {
    const to = starts[s + 1] ?? lines.length;
    let part = lines.slice(from, to);
    // The title may run over two heading lines.
    let titleEnd = 1;
    while (
      titleEnd < Math.min(part.length, 3) &&
      (part[titleEnd] as SourceLine).kind === 'heading' &&
      (part[0] as SourceLine).kind === 'heading' &&
      markerOfLine(part[titleEnd] as SourceLine) === undefined &&
      !quotedKeys.has(titleKey((part[0] as SourceLine).text)) &&
      !/^附\s*件/u.test((part[titleEnd] as SourceLine).text)
    ) {
      titleEnd++;
    }
    // A plain title line cut short, then its end (…办理人大代表 / 建议和政协提案工作规则; 办法 / （试 行）).
    const head0 = part[0] as SourceLine;
    const head1 = part[1];
    if (
      titleEnd === 1 &&
      head0.kind !== 'heading' &&
      head1 &&
      head1.kind !== 'table-row' &&
      markerOfLine(head1) === undefined &&
      isTitleLike(paragraphOf(head1)) &&
      (!endsEnclosureTitle(head0.text) || /^[（(][^（）()]{1,8}[）)]$/u.test(compact(head1.text))) &&
      endsEnclosureTitle(compact(head0.text + head1.text))
    )
      titleEnd = 2;
    const titleParts = part.slice(0, titleEnd).map((l) => l.text.trim());
    // Joint issuers on the first title line keep the space between them.
    const issuersLine = titleParts.length > 1 ? signatureOfLine(titleParts[0] as string) : undefined;
    let title =
      issuersLine && issuersLine.names.length > 1
        ? `${issuersLine.names.map((n) => n.name).join(' ')}${removeCjkSpaces(titleParts.slice(1).join(''))}`
        : removeCjkSpaces(compact(titleParts.join('')));
    // A 目录 printed under the title: 益阳市重污染天气应急预案目录 → the quoted title.
    const untitled = title.replace(/目\s*录$/u, '');
    if (untitled !== title && quotedKeys.has(titleKey(untitled))) title = untitled;
    part = part.slice(titleEnd);
    // 附件说明 at the end of the enclosed text.
    const listAt = lastIndexOf(part, opensAttachmentList);
    if (listAt !== -1) {
      const { items, used } = readAttachmentList(b.ctx, part, listAt);
      if (listAt + used === part.length) {
        for (const item of items) listed.push(item);
        part = part.slice(0, listAt);
      }
    }
    const last = (part[part.length - 1] ?? lines[from + titleEnd - 1]) as SourceLine;
    const enclosure: Enclosure = {
      title,
      body: blocksOf(b, part),
      source: b.ctx.range((lines[from] as SourceLine).start, last.end),
    };
    const type = enclosedTextTypeFromTitle(title);
    if (type) enclosure.type = type;
    if (quoted.length > 0 && !quotedKeys.has(titleKey(title))) {
      const head = lines[from] as SourceLine;
      b.ctx.report(
        'enclosure-title-mismatch',
        `Enclosed text "${title}" is not the title the notice quotes (${quoted.join('、')})`,
        head.start,
        head.end,
      );
    }
    enclosures.push(enclosure);
  });
}

/** A whole document carried as an attachment (a 起草说明 with its own issuer and date). */
function attachedDocument(b: Builder, units: readonly SourceLine[]): AttachedDocument {
  const frame = readFrame(b.ctx, units, undefined);
  const issuerNames = frame.signatureNames;
  const title = titleOf(frame.titleLines, issuerNames);
  const body = blocksOf(b, [...frame.body, ...frame.rest]);
  const first = units[0] as SourceLine;
  const last = units[units.length - 1] as SourceLine;
  const doc: AttachedDocument = {
    title,
    issuers: (issuerNames.length > 0 ? issuerNames : issuersFromTitle(title)).map((n) => organizationOf(n)),
    addressees: frame.addressees,
    body,
    signatories: frame.signatories,
    source: b.ctx.range(first.start, last.end),
  };
  if (frame.docNumber) doc.docNumber = frame.docNumber;
  if (frame.writtenDate) doc.writtenDate = frame.writtenDate;
  return doc;
}

/** The 《》 titles quoted in the notice body (what a 印发 notice publishes). */
function quotedTitlesOf(lines: readonly SourceLine[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(/《([^《》]+)》/gu)) out.push((m[1] as string).trim());
  }
  return out;
}

/**
 * Parses one document from its lines (a slice of the source, blanks included). The frame follows
 * GB/T 9704-2012: title (one or more lines) and 发文字号, 主送机关 (a line ending with a colon),
 * the body, 附件说明, the signature (organisation lines, several for joint issuance, or a person
 * with a title for a 令), the 成文日期, the 附注 in brackets; then the enclosed text(s) a 印发 notice
 * publishes and the attachments, each after its label (附件1).
 */
export function parseDocumentLines(
  ctx: ParseContext,
  lines: readonly SourceLine[],
  head?: DocumentHead,
): ParsedDocument {
  const units = lines.filter((l) => l.kind !== 'blank');
  // A web copy's metadata box (not inside a gazette): read first, so that no line of it is a head line.
  const box = head ? undefined : readSiteBox(units);
  const frame = readFrame(ctx, units, head, box?.lines);
  const firstLine = units[0];
  const lastLine = units[units.length - 1];
  const site = box ? siteUse(ctx, box) : undefined;
  const docNumber = site
    ? site.pick('docNumber', frame.docNumber, box?.docNumber, (n) => n.canonical)
    : frame.docNumber;
  const docId = docNumber ? documentIdFromNumber(docNumber) : undefined;
  const b: Builder = {
    ctx,
    prefix: docId === undefined ? '' : `${docId}/`,
    tables: [],
    texts: [],
    tableCount: 0,
    labelTables: new Map(),
    tableIds: new Set(),
    ...(docNumber ? { docNumber } : {}),
    ...(frame.chrome ? { web: true } : {}),
  };
  const issuerNames = frame.signatureNames;
  const printedTitle = frame.fullTitle ?? titleOf(frame.titleLines, issuerNames);
  const title = site?.pick('title', printedTitle || undefined, box?.title, titleKey) ?? printedTitle;
  if (title === '' && firstLine) ctx.report('no-title', 'Document without a title', firstLine.start, firstLine.end);
  if (!docNumber && firstLine)
    ctx.report('no-document-number', `No 发文字号 under the title "${title}"`, firstLine.start, firstLine.end);
  if (!frame.writtenDate && frame.signatories.length === 0 && firstLine && lastLine) {
    ctx.report('no-signature', `No signature and 成文日期 found in "${title}"`, firstLine.start, lastLine.end);
  }
  collectTitle(b, frame.titleLines, frame.numberLine);
  const quoted = quotedTitlesOf(frame.body);
  const body = blocksOf(b, frame.body);
  // The texts the document publishes (《…》已经…通过，现予公布 / 现将《…》印发给你们): its own, not citations.
  const published = publishedTitles(b.texts);
  const listed = [...frame.listed];
  const { enclosures, attachments, leftover } = readRest(b, frame.rest, listed, quoted, published);
  for (const block of leftover) body.push(block);

  let issuers: Organization[] =
    frame.signatories.length > 0 && issuerNames.length > 0
      ? frame.signatories.flatMap((s) =>
          s.title === undefined && s.name !== undefined ? [organizationOf(s.name, s.source)] : [],
        )
      : issuersFromTitle(title).map((n) => organizationOf(n));
  // Without a signature or an issuer in the title: the 发文机关标志, an issuer line above the
  // title (web copies), the website's box.
  const fallbackIssuer = frame.issuerMark ?? frame.issuerLine;
  if (issuers.length === 0 && fallbackIssuer !== undefined) issuers = [organizationOf(fallbackIssuer)];
  if (issuers.length === 0 && site && box?.issuer !== undefined && isOrganizationName(box.issuer)) {
    issuers = [organizationOf(box.issuer)];
    site.used.push('issuers');
  }
  const inTitle = publishedTitles([{ text: title, map: new OffsetMap() }]);
  const ownTitles = new Set(
    [title, ...inTitle, ...published, ...enclosures.map((e) => e.title), ...attachments.map((a) => a.title)].map(
      compact,
    ),
  );
  const citations = findCitations(ctx, b.texts, ownTitles, docNumber?.canonical);
  const provisional = /[（(](?:试行|暂行)[）)]|暂行/u.test([title, ...enclosures.map((e) => e.title)].join(''));
  const writtenDate = site ? site.pick('writtenDate', frame.writtenDate, box?.writtenDate) : frame.writtenDate;
  const effect = readLegalEffect(ctx, b.texts, writtenDate, provisional);
  // A 令 or 公告 states its effect in the announcement: 现予公布，自…起施行.
  if (effect.validity === undefined) {
    const announced = announcedEffect(ctx, b.texts, writtenDate);
    if (announced) effect.validity = provisional ? { ...announced, provisional } : announced;
  }
  if (site && box && effect.validity === undefined && (box.effectiveFrom || box.until)) {
    effect.validity = {
      ...(box.effectiveFrom ? { effectiveFrom: box.effectiveFrom } : {}),
      ...(box.until && (!box.effectiveFrom || box.until >= box.effectiveFrom) ? { until: box.until } : {}),
    };
    if (box.effectiveFrom) site.used.push('effectiveFrom');
    if (effect.validity.until) site.used.push('until');
  }

  // 文种 from the title; a 令 whose title is the rule it publishes is still a 命令.
  const type =
    documentTypeFromTitle(compact(title)) ?? (docNumber && /令$/u.test(docNumber.agency) ? '命令' : undefined);
  if (type === undefined && firstLine)
    ctx.report('document-type-unknown', `No document type at the end of "${title}"`, firstLine.start, firstLine.end);
  const noted = frame.note !== undefined ? disclosureFromNote(frame.note) : undefined;
  const disclosure = site ? site.pick('disclosure', noted, box?.disclosure) : noted;
  if (frame.note !== undefined && noted === undefined && firstLine) {
    ctx.report(
      'disclosure-unknown',
      `附注 "${frame.note}" says nothing about disclosure`,
      firstLine.start,
      firstLine.end,
    );
  }
  const document = {
    ...(docId !== undefined ? { id: docId } : {}),
    ...(docNumber ? { docNumber } : {}),
    ...(title !== '' ? { title } : {}),
    ...(type ? { type } : {}),
    issuers,
    addressees: frame.addressees,
    body,
    signatories: frame.signatories,
    ...(writtenDate ? { writtenDate } : {}),
    ...(frame.note !== undefined ? { note: frame.note } : {}),
    ...(disclosure ? { disclosure } : {}),
    attachments,
    enclosures,
    citations,
    ...(effect.validity ? { validity: effect.validity } : {}),
    repeals: effect.repeals,
    ...frame.extra,
    ...(frame.signers ? { signers: frame.signers } : {}),
    ...(site && box ? { siteMetadata: siteMetadataOf(ctx, box, site) } : {}),
    ...(firstLine && lastLine ? { source: ctx.range(firstLine.start, lastLine.end) } : {}),
  } as DocumentDraft;
  return { document, tables: b.tables };
}
