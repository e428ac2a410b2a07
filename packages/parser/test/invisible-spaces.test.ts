/**
 * Issue #12: a zero-width space (U+200B, and U+FEFF, U+200C/D, U+2060) at a line's end or start —
 * web copies carry them — is ignored where a space is: the title, 发文字号, signature and date of a
 * real document are the same with them as without.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceChar, isSpaceCode, SPACE_RUN } from '../src/internal/space.js';
import { realDocuments } from './helpers/facts.js';

const INVISIBLE = ['\u200b', '\ufeff', '\u200c', '\u200d', '\u2060'];
const SPACES = [' ', '\u3000', '\u00a0', '\t'];

/** The facts the property compares. */
function facts(text: string) {
  const { document } = parseDocument(text);
  return {
    title: document.title,
    docNumber: document.docNumber?.canonical,
    signatories: document.signatories.map((s) => [s.title, s.name]),
    writtenDate: document.writtenDate,
  };
}

/** Lines that start with markup (a heading, a list item, a table row, a tag) keep their first character first. */
const startsWithMarkup = (line: string) => /^[\s#*+\-<|]/u.test(line) || line.includes('\t');

const docs = realDocuments();

describe('zero-width characters at line ends and starts', () => {
  it('leave title, 发文字号, signature and date as they are (every real document)', () => {
    const insertion = fc.array(fc.constantFrom(...INVISIBLE, ...INVISIBLE, ...SPACES), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.constantFrom(...docs),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.boolean(),
            insertion.map((s) => s.join('')),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        (doc, inserts) => {
          const lines = doc.text.split('\n');
          for (const [at, start, what] of inserts) {
            const k = at % lines.length;
            const line = lines[k] as string;
            // Not a tab at a line's end either: that would make the line a table row.
            const chars = what.replaceAll('\t', start ? '\t' : ' ');
            if (start) {
              if (!startsWithMarkup(line)) lines[k] = chars.replaceAll('\t', ' ') + line;
            } else if (!line.includes('\t')) lines[k] = line + chars;
          }
          expect(facts(lines.join('\n')), doc.id).toEqual(facts(doc.text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every line of every real document ended with U+200B: the same facts', () => {
    for (const doc of docs) {
      const marked = doc.text
        .split('\n')
        .map((line) => (line.includes('\t') ? line : `${line}\u200b`))
        .join('\n');
      expect(facts(marked), doc.id).toEqual(facts(doc.text));
    }
  });

  it('a 批复 whose lines end with zero-width spaces reads as without them', () => {
    const lines = [
      '长治市人民政府关于同意设立某某的批复',
      '长政函〔2024〕31号',
      '市民政局：',
      '你局《关于设立某某的请示》收悉。经研究，同意设立。',
      '长治市人民政府',
      '2024年6月5日',
    ];
    for (const z of INVISIBLE) {
      const { document } = parseDocument(lines.map((l) => `${z}${l}${z}`).join('\n'));
      expect(document.title, `U+${z.charCodeAt(0).toString(16)}`).toBe('长治市人民政府关于同意设立某某的批复');
      expect(document.docNumber?.canonical).toBe('长政函〔2024〕31号');
      expect(document.addressees).toEqual(['市民政局']);
      expect(document.signatories.map((s) => s.name)).toEqual(['长治市人民政府']);
      expect(document.writtenDate).toBe('2024-06-05');
    }
  });
});

describe('one space predicate', () => {
  it('is \\s and the zero-width characters, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const char = String.fromCharCode(c);
      const expected = /\s/u.test(char) || INVISIBLE.includes(char);
      if (isSpaceCode(c) !== expected) expect([c.toString(16), isSpaceCode(c)]).toEqual([c.toString(16), expected]);
      if (isSpaceChar(char) !== expected)
        expect([c.toString(16), isSpaceChar(char)]).toEqual([c.toString(16), expected]);
    }
    expect(isSpaceChar('')).toBe(false);
    expect(`a\u200b \u2060b\u3000c`.replace(SPACE_RUN, '')).toBe('abc');
  });

  it('is the only one: no module of the parser defines its own', () => {
    const folder = new URL('../src/internal/', import.meta.url);
    const own = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && name !== 'space.ts')
      .filter((name) => /(?:function|const)\s+isSpace/u.test(readFileSync(new URL(name, folder), 'utf8')));
    expect(own).toEqual([]);
  });
});
