import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseContext } from '../src/internal/context.js';
import { DataRows } from '../src/internal/table-data.js';
import { RawRows, rowsOf } from '../src/internal/table-rows.js';

/** Rows of cells: short texts from a few characters (empty cells included), one to five cells a row. */
const cellRows = fc.array(
  fc.array(fc.constantFrom('', '甲', '乙 丙', '12', '<b>丁</b>', 'x'), { minLength: 1, maxLength: 5 }),
  {
    minLength: 1,
    maxLength: 60,
  },
);

/** The table lines of those rows, scanned (tab-separated; a row of one cell gets a trailing tab to stay a table row). */
function scanned(rows: readonly (readonly string[])[]) {
  const ctx = new ParseContext(
    rows.map((cells) => (cells.length === 1 ? `${cells[0]}\t` : cells.join('\t'))).join('\n'),
  );
  return { ctx, lines: ctx.lines.filter((line) => line.kind === 'table-row') };
}

describe('RawRows: the rows of a table in flat arrays', () => {
  it('answers width, texts, bold and line of every row as an array per row would, past the arrays’ first growth', () => {
    fc.assert(
      fc.property(cellRows, (input) => {
        const { ctx, lines } = scanned(input);
        const rows = new RawRows(ctx.source);
        const texts: unknown[] = [];
        rowsOf(ctx, lines, rows, texts as never);
        expect(rows.length).toBe(lines.length);
        lines.forEach((line, r) => {
          const cells = rows.cleanCells(r).map((c) => c.text.replace(/ /gu, ''));
          expect(rows.width(r)).toBe(cells.length);
          expect(rows.texts(r)).toEqual(Array.from({ length: rows.width(r) }, (_, c) => rows.text(r, c)));
          // A cell of 乙 丙 loses its OCR space; markup is cleaned; '' past the row's cells.
          expect(rows.texts(r).map((t) => t.replace(/ /gu, ''))).toEqual(cells);
          expect(rows.text(r, rows.width(r))).toBe('');
          expect(rows.bold(r)).toBe(line.text.includes('<b>'));
          expect(rows.line(r)).toBe(line);
          // Clean cells are kept only for a row with markup or white space in a cell.
          expect(rows.keptClean(r) !== undefined).toBe(/<b>| /u.test(line.text));
        });
        // Filled cells that are not only digits go to the texts for citations, in order.
        const filled = lines.flatMap((_, r) => rows.texts(r)).filter((t) => t !== '' && !/^\d+$/u.test(t));
        expect(texts).toHaveLength(filled.length);
      }),
    );
  });

  it('shortens a row in place, its later rows untouched', () => {
    const { ctx, lines } = scanned([
      ['a', 'b', 'c', 'd'],
      ['e', 'f'],
    ]);
    const rows = new RawRows(ctx.source);
    rowsOf(ctx, lines, rows);
    rows.shorten(0, ['a', 'b\tc\td'], rows.cleanCells(0).slice(0, 2));
    expect([rows.width(0), rows.texts(0), rows.keptClean(0)?.length]).toEqual([2, ['a', 'b\tc\td'], 2]);
    expect(rows.texts(1)).toEqual(['e', 'f']);
  });
});

describe('DataRows: data rows by index, cells copied only when one is set', () => {
  it('reads cells as the row’s own until set, pads to the width, and keeps groups and totals by row', () => {
    fc.assert(
      fc.property(
        cellRows,
        fc.array(fc.tuple(fc.nat(100), fc.nat(6), fc.constantFrom('甲', '戊')), { maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (input, sets, totals) => {
          const { ctx, lines } = scanned(input);
          const rows = new RawRows(ctx.source);
          rowsOf(ctx, lines, rows);
          let width = 1;
          for (let r = 0; r < rows.length; r++) width = Math.max(width, rows.width(r));
          const data = new DataRows(rows, width, true, 4);
          // The model: a padded copy of each row's texts, its group and its totals label.
          const model = lines.map((_, r) => ({
            cells: Array.from({ length: width }, (_, c) => rows.text(r, c)),
            group: r % 3 === 0 ? `组${r}` : undefined,
            total: totals[r] ? '合计' : undefined,
          }));
          model.forEach((m, r) => {
            data.push(r, m.group, m.total);
          });
          for (const [d, c, text] of sets) {
            if (d >= model.length || c >= width) continue;
            data.setCell(d, c, text);
            (model[d] as (typeof model)[number]).cells[c] = text;
          }
          expect(data.length).toBe(model.length);
          expect(data.hasTotals).toBe(model.some((m) => m.total !== undefined));
          model.forEach((m, d) => {
            expect(data.cells(d)).toEqual(m.cells);
            expect(Array.from({ length: width + 1 }, (_, c) => data.cell(d, c))).toEqual([...m.cells, '']);
            expect([data.group(d), data.total(d), data.line(d)]).toEqual([m.group, m.total, lines[d]]);
            expect(data.own(d, 0)).toBe(rows.text(d, 0));
          });
          // Without totals: the other rows, in order, reading and setting through to the same rows.
          const plain = data.withoutTotals();
          const kept = model.filter((m) => m.total === undefined);
          expect(plain.length).toBe(kept.length);
          kept.forEach((m, i) => {
            expect(Array.from({ length: width }, (_, c) => plain.cell(i, c))).toEqual(m.cells);
            expect(plain.group(i)).toBe(m.group);
            expect(plain.total(i)).toBeUndefined();
          });
          if (kept.length > 0) {
            plain.setCell(0, 0, '己');
            expect(data.cell(model.indexOf(kept[0] as (typeof model)[number]), 0)).toBe('己');
          }
        },
      ),
    );
  });
});
