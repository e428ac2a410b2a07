/**
 * Hostile input: what a careless or malicious caller may pass. Each case either returns the
 * documented result or throws the documented ParseError.
 */
import { parseDocument, parseGazette } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { source } from './helpers/source.js';

const binary = (length: number) => {
  let out = '';
  let seed = 7;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const byte = 1 + (seed % 255); // no NUL: the control characters alone must tell
    out += byte >= 0x80 ? '\ufffd' : String.fromCharCode(byte);
  }
  return out;
};

describe('binary input', () => {
  it('is found after 5 KB of text, and anywhere else', () => {
    const text = source.slice(0, 5000);
    for (const input of [text + binary(5000), text + binary(1000) + text, binary(4096) + text]) {
      for (const parse of [parseDocument, parseGazette]) {
        expect(() => parse(input)).toThrow(expect.objectContaining({ name: 'ParseError', code: 'BINARY' }));
      }
    }
  });

  it('says where it starts', () => {
    const text = 'x'.repeat(10_000);
    try {
      parseDocument(text + binary(5000));
      expect.unreachable();
    } catch (error) {
      const index = (error as { index: number }).index;
      expect(index).toBeGreaterThan(10_000 - 4096);
      expect(index).toBeLessThanOrEqual(10_000);
    }
  });

  it('is not a few stray control characters in a long text', () => {
    const text = `${source.slice(0, 20_000)}\f\u000b${source.slice(20_000, 40_000)}\ufffd`;
    expect(() => parseGazette(text)).not.toThrow();
  });
});
