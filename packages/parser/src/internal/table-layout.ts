import type { ListBlock } from '@gongbao/core';
import { type OutlineMarker, parseOutlineMarker } from '@gongbao/utils';
import type { ParseContext, Range } from './context.js';
import type { CleanText } from './markup.js';
import { cleanCells, type RawRow, textAt } from './table-rows.js';

/**
 * Whether rows are a two-column page layout that the conversion interleaved: no header, and
 * items numbered with the same kind of outline marker start cells in more than one column.
 */
export function isColumnMajorLayout(rows: readonly RawRow[]): boolean {
  if (rows.length < 2) return false;
  const kinds = new Map<string, Set<number>>();
  for (const row of rows) {
    row.texts.forEach((text, c) => {
      const marker = parseOutlineMarker(text);
      if (!marker || text.length < 8) return;
      const set = kinds.get(marker.kind) ?? new Set<number>();
      set.add(c);
      kinds.set(marker.kind, set);
    });
  }
  return [...kinds.values()].some((columns) => columns.size >= 2);
}

/** Reads an interleaved two-column layout column by column, as the printed page is read. */
export function readColumnMajor(ctx: ParseContext, rows: readonly RawRow[], range: Range): ListBlock {
  const width = rows.reduce((max, r) => Math.max(max, r.texts.length), 0);
  const items: ListBlock['items'] = [];
  const orphans: string[] = [];
  // The rows' cells with their maps, read once (a plain row's are read again from its line).
  const cells = rows.map((row) => cleanCells(ctx, row));
  for (let c = 0; c < width; c++) {
    rows.forEach((row, r) => {
      const text = textAt(row, c);
      const clean = (cells[r] as CleanText[])[c];
      if (!clean || text === '') return;
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
        orphans.push(`"${clean.text}" (line ${row.line.line}) → item ${last.marker?.raw ?? ''}`);
      } else {
        items.push({ text: clean.text, source });
      }
    });
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
