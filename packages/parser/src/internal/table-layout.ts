import type { ListBlock } from '@gongbao/core';
import { type OutlineMarker, parseOutlineMarker } from '@gongbao/utils';
import type { ParseContext, Range } from './context.js';
import type { CleanText } from './markup.js';
import type { RawRows } from './table-rows.js';

/**
 * Whether rows are a two-column page layout that the conversion interleaved: no header, and
 * items numbered with the same kind of outline marker start cells in more than one column.
 */
export function isColumnMajorLayout(rows: RawRows): boolean {
  if (rows.length < 2) return false;
  const kinds = new Map<string, Set<number>>();
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < rows.width(r); c++) {
      const text = rows.text(r, c);
      const marker = parseOutlineMarker(text);
      if (!marker || text.length < 8) continue;
      const set = kinds.get(marker.kind) ?? new Set<number>();
      set.add(c);
      kinds.set(marker.kind, set);
    }
  }
  return [...kinds.values()].some((columns) => columns.size >= 2);
}

/** Reads an interleaved two-column layout column by column, as the printed page is read. */
export function readColumnMajor(ctx: ParseContext, rows: RawRows, range: Range): ListBlock {
  let width = 0;
  for (let r = 0; r < rows.length; r++) width = Math.max(width, rows.width(r));
  const items: ListBlock['items'] = [];
  const orphans: string[] = [];
  // The rows' cells with their maps, read once (a plain row's are read again from its line).
  const cells = Array.from({ length: rows.length }, (_, r) => rows.cleanCells(r));
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < rows.length; r++) {
      const text = rows.text(r, c);
      const clean = (cells[r] as CleanText[])[c];
      if (!clean || text === '') continue;
      const marker = parseOutlineMarker(text);
      const source = ctx.range(clean.map.sourceOffset(0), clean.map.sourceRange(0, clean.text.length).end);
      if (marker) {
        items.push({
          marker: marker as OutlineMarker,
          text: clean.text.slice(marker.raw.length).trim() || marker.raw,
          source,
        });
      } else if (items.length > 0) {
        const last = items[items.length - 1] as (typeof items)[number];
        last.text = `${last.text} ${clean.text}`;
        orphans.push(`"${clean.text}" (line ${rows.line(r).line}) → item ${last.marker?.raw ?? ''}`);
      } else {
        items.push({ text: clean.text, source });
      }
    }
  }
  ctx.report(
    'table-column-major',
    `Tab-separated lines are a two-column layout interleaved line by line; read column by column${
      orphans.length > 0 ? `, attaching unnumbered cells to the item before them: ${orphans.join('; ')}` : ''
    }`,
    range.start,
    range.end,
  );
  return { type: 'list', items, source: range };
}
