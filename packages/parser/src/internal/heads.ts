import { isTitleLike } from './blocks.js';
import type { ParseContext } from './context.js';
import type { DocumentHead } from './frame.js';
import { markerOfLine, paragraphOf } from './paragraphs.js';
import { compact, dateOfLine, documentNumberOfLine, noteOfLine, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { signatureOfLine } from './signature.js';
import { isBoxLabel } from './site-metadata.js';

/** A document head found in the text, with the index of the line where its document starts. */
export interface GazetteHead extends DocumentHead {
  startIndex: number;
}

/** Whether a line can be part of a document title above a 发文字号. */
function isTitleLine(line: SourceLine, sections: ReadonlySet<string>, below?: SourceLine): boolean {
  if (line.kind === 'table-row' || line.kind === 'blank' || line.kind === 'list-item') return false;
  if (sections.has(compact(line.text))) return false;
  if (noteOfLine(line.text) !== undefined || dateOfLine(line.text) !== undefined) return false;
  if (documentNumberOfLine(line.text) !== undefined) return false;
  // A metadata line of a web page (发布机关:国务院办公厅, or the label 发文字号 alone) above the head.
  const colon = line.text.search(/[:：]/u);
  if (isBoxLabel(colon > 0 ? line.text.slice(0, colon) : line.text)) return false;
  if (line.kind === 'heading') return markerOfLine(line) === undefined && visibleLength(line.text) <= 120;
  // An issuer's name is a title line when the title goes on with 关于 below it.
  const continuesTitle = below !== undefined && /^关于/u.test(below.text);
  return isTitleLike(paragraphOf(line)) && (continuesTitle || signatureOfLine(line.text) === undefined);
}

/**
 * Finds the heads of the documents: a line that is a whole 发文字号, under one to three title
 * lines (headings, or short unpunctuated lines). Linear: each line is looked at a bounded number of
 * times.
 */
export function findHeads(ctx: ParseContext, from: number, to: number, sections: ReadonlySet<string>): GazetteHead[] {
  const lines = ctx.lines;
  const heads: GazetteHead[] = [];
  let floor = from;
  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank' || line.kind === 'table-row') continue;
    const docNumber = documentNumberOfLine(line.text);
    if (!docNumber) continue;
    const titleLines: SourceLine[] = [];
    for (let k = i - 1; k >= floor && titleLines.length < 3; k--) {
      const l = lines[k] as SourceLine;
      if (l.kind === 'blank') continue;
      if (!isTitleLine(l, sections, titleLines[0])) break;
      // Headings and plain lines do not mix in one title.
      if (titleLines.length > 0 && (titleLines[0] as SourceLine).kind === 'heading' && l.kind !== 'heading') break;
      titleLines.unshift(l);
    }
    if (titleLines.length === 0) continue;
    heads.push({ titleLines, numberLine: line, docNumber, startIndex: (titleLines[0] as SourceLine).index });
    floor = i + 1;
  }
  return heads;
}
