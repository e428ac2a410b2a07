import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripInlineMarkup } from '../src/internal/markup.js';
import { OffsetMap } from '../src/internal/offset-map.js';
import { join, markerOfLine, paragraphOf } from '../src/internal/paragraphs.js';
import { type SourceLine, scanLines, tableCells, withIndex } from '../src/internal/scan.js';

describe('scanLines', () => {
  const text = '# 标题 一\n\n- 附件：1. 表\n序号\t名称\r\n**第一条** 正文。\n  ';
  const lines = scanLines(text);

  it('classifies headings, list items, table rows, blank and plain lines', () => {
    expect(lines.map((l) => l.kind)).toEqual(['heading', 'blank', 'list-item', 'table-row', 'text', 'blank']);
    expect(lines[0]?.depth).toBe(1);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the text without markup, with offsets into the source', () => {
    expect(lines[0]?.text).toBe('标题 一');
    expect(lines[2]?.text).toBe('附件：1. 表');
    expect(lines[4]?.text).toBe('第一条 正文。');
    const article = lines[4];
    if (!article) throw new Error('no line');
    // 正 is at text index 4; in the source it comes after the closing ** and a space.
    expect(text[article.map.sourceOffset(4)]).toBe('正');
    expect(text.slice(article.start, article.end)).toBe('**第一条** 正文。');
    // The \r of a CRLF line is not part of the line.
    expect(text.slice(lines[3]?.start, lines[3]?.end)).toBe('序号\t名称');
  });

  it('keeps a run of blank lines as its place only: no text or map of its own', () => {
    const src = `一\n\n  \n<br>\n二\n${'\n'.repeat(1000)}三`;
    const scanned = scanLines(src);
    expect(scanned.map((l) => [l.kind, l.line, l.start, l.end])).toEqual([
      ['text', 1, 0, 1],
      ['blank', 2, 2, 10],
      ['text', 5, 11, 12],
      ['blank', 6, 13, 1012],
      ['text', 1006, 1013, 1014],
    ]);
    for (const blank of scanned.filter((l) => l.kind === 'blank')) {
      // Four own fields (index, line, start, end): the rest is the class's, shared by every blank line.
      expect(Object.keys(blank)).toEqual(['index', 'line', 'start', 'end']);
      expect([blank.text, blank.depth, blank.map.length]).toEqual(['', 0, 0]);
    }
    expect(scanned[1]?.map).toBe(scanned[3]?.map);
  });

  it('makes a scanned line its own one-line paragraph (no second object per line), read as a wrapped one would be', () => {
    const src = '（一）工作原则。\n- 坚持\n## 总则\n普通的一行，\n续写完。\n<p>甲</p><p>（二）乙：</p>';
    const scanned = scanLines(src);
    expect(scanned.map((l) => l.kind)).toEqual(['text', 'list-item', 'heading', 'text', 'text', 'text', 'text']);
    for (const line of scanned) {
      const p = paragraphOf(line);
      // The pieces of a line cut at its block tags (the last two) are wrapped; every other line is its paragraph.
      expect(Object.is(p, line)).toBe(line.start < src.indexOf('<p>'));
      const marker = markerOfLine(line);
      expect([p.text, p.first, p.last, p.depth, p.listItem, p.marker, p.map]).toEqual([
        line.text,
        line,
        line,
        line.depth,
        line.kind === 'list-item',
        marker,
        line.map,
      ]);
      expect(p.tail).toBe(line.text.slice(-2));
      expect(p.visible).toBe([...line.text].length);
      expect(p.stop).toBe(/[。；;：:！？]/u.test(marker ? line.text.slice(marker.raw.length) : line.text));
    }
    expect(scanned.map((l) => markerOfLine(l)?.raw)).toEqual([
      '（一）',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '（二）',
    ]);
    const joined = join(paragraphOf(scanned[3] as SourceLine), paragraphOf(scanned[4] as SourceLine));
    expect([joined.text, joined.first, joined.last, joined.visible, joined.tail, joined.stop]).toEqual([
      '普通的一行，续写完。',
      scanned[3],
      scanned[4],
      10,
      '完。',
      true,
    ]);
    expect(joined.map.sourceOffset(6)).toBe(src.indexOf('续'));
  });

  it('keeps a table row as its place and its text, its map made when asked for', () => {
    const src = '序号\t名称\r\na\tb\n正文';
    const [first, second, third] = scanLines(src);
    for (const row of [first, second]) {
      if (!row) throw new Error('no row');
      expect(row.kind).toBe('table-row');
      expect(Object.keys(row)).toEqual(['index', 'line', 'start', 'end', 'text']);
      expect(row.text).toBe(src.slice(row.start, row.end));
      expect(row.map.sourceRange(0, row.text.length)).toEqual({ start: row.start, end: row.end });
      expect(markerOfLine(row)).toBeUndefined();
    }
    expect([first?.text, second?.text, third?.kind]).toEqual(['序号\t名称', 'a\tb', 'text']);
    const moved = withIndex(second as SourceLine, 5);
    expect([moved.index, moved.line, moved.start, moved.end, moved.kind, moved.text]).toEqual([
      5,
      2,
      7,
      10,
      'table-row',
      'a\tb',
    ]);
  });

  it('splits table rows into cleaned cells', () => {
    const src = '<b>一、</b>\t<p>甲</p> <p>乙</p>\t\t3';
    const [row] = scanLines(src);
    if (!row) throw new Error('no row');
    expect(tableCells(src, row).map((c) => c.text)).toEqual(['一、', '甲\n乙', '', '3']);
  });
});

describe('stripInlineMarkup', () => {
  it('removes emphasis, tags and autolink brackets and maps back to the source', () => {
    const src = 'x **加粗** <b>强</b> <http://a.cn/> y';
    const clean = stripInlineMarkup(src, 0, src.length);
    expect(clean.text).toBe('x 加粗 强 http://a.cn/ y');
    for (const ch of ['加', '强', 'h', 'y']) {
      expect(src[clean.map.sourceOffset(clean.text.indexOf(ch))]).toBe(ch);
    }
  });
});

describe('OffsetMap', () => {
  it('maps concatenated runs back to their sources', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 10 }),
        (runs) => {
          const map = new OffsetMap();
          const expected: number[] = [];
          for (const [start, length] of runs) {
            map.push(start, length);
            for (let i = 0; i < length; i++) expected.push(start + i);
          }
          expect(map.length).toBe(expected.length);
          expect(expected.map((_, i) => map.sourceOffset(i))).toEqual(expected);
          const joined = new OffsetMap();
          joined.append(map);
          joined.append(map);
          expect(joined.sourceOffset(expected.length)).toBe(expected[0]);
        },
      ),
    );
  });

  it('maps synthetic runs (verbatim false) to their one source offset, and appends them as they are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 5 }), fc.boolean()), { minLength: 1, maxLength: 12 }),
        (runs) => {
          const map = new OffsetMap();
          const expected: number[] = [];
          for (const [start, length, verbatim] of runs) {
            map.push(start, length, verbatim);
            for (let i = 0; i < length; i++) expected.push(verbatim ? start + i : start);
          }
          expect(expected.map((_, i) => map.sourceOffset(i))).toEqual(expected);
          const joined = new OffsetMap();
          joined.push(5000, 2);
          joined.append(map);
          expect(expected.map((_, i) => joined.sourceOffset(i + 2))).toEqual(expected);
          expect(joined.length).toBe(expected.length + 2);
          // A slice maps each of its characters where the whole map does.
          for (const [a, b] of [
            [0, expected.length],
            [1, expected.length - 1],
            [expected.length >> 1, expected.length],
          ] as const) {
            const part = map.slice(a, b);
            expect(part.length).toBe(Math.max(0, b - a));
            for (let i = 0; i < b - a; i++) expect(part.sourceOffset(i)).toBe(expected[a + i]);
          }
        },
      ),
    );
  });

  it('gives ranges with end after the last character', () => {
    const map = new OffsetMap();
    map.push(100, 3);
    map.push(200, 2);
    expect(map.sourceRange(1, 4)).toEqual({ start: 101, end: 201 });
  });
});
