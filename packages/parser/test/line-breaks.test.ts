import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';

// Real documents (test/fixtures/real): each read with \n, then with its line breaks written as a lone
// CR (old Mac text), CRLF, U+2028 or U+2029 (web pages) — the same document, at the same offsets.
const folder = new URL('./fixtures/real/', import.meta.url);
const texts = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .slice(0, 12)
  .map((name) => [name, readFileSync(new URL(name, folder), 'utf8').replace(/\r\n?/g, '\n')] as const);

describe('every line break reads as one', () => {
  for (const [name, text] of texts) {
    it(`${name}: lone CR, U+2028, U+2029 give the document \\n gives; CRLF its facts`, () => {
      const expected = parseDocument(text);
      // One character for one: the same result, offsets and all.
      for (const lineBreak of ['\r', '\u2028', '\u2029'])
        expect(parseDocument(text.replaceAll('\n', lineBreak))).toEqual(expected);
      // CRLF is one break, not two: the same facts (the offsets move by one per line).
      const { document } = parseDocument(text.replaceAll('\n', '\r\n'));
      const facts = ({ title, docNumber, writtenDate, type }: typeof document) => ({
        title,
        docNumber,
        writtenDate,
        type,
      });
      expect(facts(document)).toEqual(facts(expected.document));
    });
  }
});
