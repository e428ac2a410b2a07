/**
 * A piece of a line as a line of its own (pieceOfLine): the body that goes on after the addressees
 * on their line (`各县（区）人民政府：现将…`) and the two parts of a glued line. The piece must be a
 * whole scanned line: a scanned line's kind, depth and map are getters, which an object spread of
 * it would silently drop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphOf } from '../src/internal/paragraphs.js';
import { pieceOfLine, ScannedLine, scanLines } from '../src/internal/scan.js';

describe('pieceOfLine', () => {
  it('keeps the kind, depth and paragraph answers of the line it cuts', () => {
    const source = '## 各县（区）人民政府：一、总体要求\n各单位：现将《办法》印发给你们。';
    const [heading, text] = scanLines(source);
    if (!heading || !text) throw new Error('no lines');
    const bodyOfHeading = pieceOfLine(heading, heading.text.indexOf('：') + 1, heading.text.length);
    expect(bodyOfHeading).toBeInstanceOf(ScannedLine);
    expect(bodyOfHeading.kind).toBe('heading');
    expect(bodyOfHeading.depth).toBe(2);
    expect(paragraphOf(bodyOfHeading).marker?.raw).toBe('一、');
    const bodyOfText = pieceOfLine(text, text.text.indexOf('：') + 1, text.text.length);
    expect(bodyOfText.kind).toBe('text');
    expect(bodyOfText.depth).toBe(0);
    expect(bodyOfText.text).toBe('现将《办法》印发给你们。');
  });

  it('maps every character of the slice to the same source character as the line did', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(), (tail, at) => {
        const source = `各县（区）人民政府：${tail.replace(/[\r\n]/g, '')}`;
        const [line] = scanLines(source);
        if (line?.kind !== 'text') return;
        const from = at % (line.text.length + 1);
        const slice = pieceOfLine(line, from, line.text.length, 7);
        const trimmed = line.text.slice(from).trim();
        const skipped = line.text.slice(from).length - line.text.slice(from).trimStart().length;
        expect(slice.index).toBe(7);
        expect(slice.text).toBe(trimmed);
        for (let i = 0; i < slice.text.length; i++) {
          expect(slice.map.sourceOffset(i)).toBe(line.map.sourceOffset(from + skipped + i));
        }
      }),
    );
  });
});
