/** What follows the signature: the enclosed texts, the attachments after their labels, attached documents. */
import type { AttachedDocument, Attachment, Block, Enclosure } from '@gongbao/core';
import { removeCjkSpaces } from '@gongbao/utils';
import {
  attachmentLabelOf,
  type ListedAttachment,
  opensAttachmentList,
  readAttachmentList,
} from './attachment-list.js';
import { isTitleLike } from './blocks.js';
import { type Builder, blocksOf } from './builder.js';
import { readEnclosures } from './enclosures.js';
import { readFrame } from './frame.js';
import { organizationOf } from './organizations.js';
import { markerOfLine, paragraphOf } from './paragraphs.js';
import { looksLikeDateLine, titleKey } from './rules.js';
import type { SourceLine } from './scan.js';
import { signatureOfLine } from './signature.js';
import { issuersFromTitle, titleOf } from './title.js';

/**
 * Splits the lines after the signature into the enclosed text(s) and the attachments; `unsigned`:
 * the document has no signature, and the lines follow its 附件说明.
 */
export function readRest(
  b: Builder,
  rest: readonly SourceLine[],
  listed: ListedAttachment[],
  quoted: readonly string[],
  published: readonly string[] = [],
  unsigned = false,
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
  const attachments: Attachment[] = [];
  const matched = new Set<ListedAttachment>();
  const encLines = (segments[0] as { lines: SourceLine[] }).lines;
  const unlabelled = unlabelledAttachment(b, encLines, listed, unsigned);
  if (unlabelled) {
    attachments.push(unlabelled.attachment);
    matched.add(unlabelled.item);
  } else if (encLines.length > 0) readEnclosures(b, encLines, listed, quoted, enclosures, leftover, published);
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

/**
 * An attachment printed without its label: the lines after the signature start with the title of
 * an attachment the 附件说明 lists — even one the notice publishes (制定《X》，现印发给你们 with
 * 附件：X): listed as 附件, it is the attachment — or, in a copy without a signature, they follow a
 * 附件说明 of one attachment.
 */
function unlabelledAttachment(
  b: Builder,
  lines: readonly SourceLine[],
  listed: readonly ListedAttachment[],
  unsigned: boolean,
): { attachment: Attachment; item: ListedAttachment } | undefined {
  const first = lines[0];
  if (!first || first.kind === 'table-row') return undefined;
  const key = titleKey(first.text);
  // Without a signature, the text right after a 附件说明 of one item is that attachment's.
  const item =
    listed.find((l) => titleKey(l.title) === key) ?? (unsigned && listed.length === 1 ? listed[0] : undefined);
  if (!item) return undefined;
  const last = lines[lines.length - 1] as SourceLine;
  const attachment: Attachment = {
    ...(item.number !== undefined ? { number: item.number } : {}),
    title: item.title,
    source: b.ctx.range(first.start, last.end),
    body: blocksOf(b, lines, { label: `附件${item.number ?? ''}`, defaultTitle: item.title }),
  };
  return { attachment, item };
}

/** Whether lines contain a signature block (organisation line, then a date line). */
function hasSignature(lines: readonly SourceLine[]): boolean {
  for (let j = 1; j < lines.length; j++) {
    if (looksLikeDateLine((lines[j] as SourceLine).text) && signatureOfLine((lines[j - 1] as SourceLine).text))
      return true;
  }
  return false;
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
