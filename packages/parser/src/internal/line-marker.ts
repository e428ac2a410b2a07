import { type OutlineMarker, parseOutlineMarker } from '@gongbao/utils';

/**
 * What a line that starts a paragraph is read for: its outline marker, and whether its text
 * holds a sentence end or a colon. In a module of its own so that both the scanner (a scanned
 * line is its own one-line paragraph) and the paragraph rules use it.
 */

const MARKER_START = /^\s*[第(（0-9０-９零〇一二两三四五六七八九十百\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/u;

/** The outline marker at the start of a text, if any (`（一）`, `1.`, `第三条` …). */
export function markerOf(text: string): OutlineMarker | undefined {
  // Cheap pre-check on the first character: markers start with 第, a bracket, a digit, a Han
  // numeral or a circled number.
  if (!MARKER_START.test(text)) return undefined;
  return parseOutlineMarker(text);
}

/** A sentence end or a colon: 。；;：:！？ */
export const STOP = /[。；;：:！？]/u;

/** Whether the text after its marker holds a sentence end or a colon (Paragraph.stop). */
export function stopsAfterMarker(text: string, marker: OutlineMarker | undefined): boolean {
  return STOP.test(marker ? text.slice(marker.raw.length) : text);
}
