/** The enclosed texts a 印发 notice or a 令 publishes after its signature, each with its title and body. */
import { type Block, documentTypeFromTitle, type Enclosure, enclosedTextTypeFromTitle } from '@gongbao/core';
import { removeCjkSpaces } from '@gongbao/utils';
import { type ListedAttachment, opensAttachmentList } from './attachment-list.js';
import { isTitleLike } from './blocks.js';
import { type Builder, blocksOf } from './builder.js';
import { trailingList } from './frame.js';
import { markerOfLine, paragraphOf } from './paragraphs.js';
import { compact, titleKey } from './rules.js';
import type { SourceLine } from './scan.js';
import { signatureOfLine } from './signature.js';

/** Whether a text ends like a title of an enclosed text or a document (办法, 规则, 意见 …). */
function endsEnclosureTitle(text: string): boolean {
  const t = compact(text).replace(/[（(][^（）()]{1,14}[）)]$/u, '');
  return enclosedTextTypeFromTitle(t) !== undefined || documentTypeFromTitle(t) !== undefined;
}

/** Reads the enclosed text(s): each starts with its title; a 附件说明 at the end belongs to the document. */
export function readEnclosures(
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
    // A qualifier on its own line under the title: （试 行）, （修订）, （2021—2035年）.
    const qualifier = part[titleEnd];
    if (
      qualifier &&
      qualifier.kind !== 'table-row' &&
      !/[（(][^（）()]{1,14}[）)]$/u.test(
        compact(
          part
            .slice(0, titleEnd)
            .map((l) => l.text)
            .join(''),
        ),
      ) &&
      /^[（(][^（）()]{1,14}[）)]$/u.test(compact(qualifier.text))
    )
      titleEnd++;
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
    const list = trailingList(b.ctx, part, opensAttachmentList, true);
    if (list) {
      for (const item of list.items) listed.push(item);
      part = list.before;
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
