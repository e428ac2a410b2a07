import { LineIndex } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('LineIndex', () => {
  it('maps offsets to lines', () => {
    const index = new LineIndex('一\n二\n三');
    expect([0, 1, 2, 3, 4].map((o) => index.lineAt(o))).toEqual([1, 1, 2, 2, 3]);
    expect(index.lineStart(3)).toBe(4);
    expect(() => index.lineStart(4)).toThrow(RangeError);
    expect(() => index.lineAt(-1)).toThrow(RangeError);
  });

  it('agrees with counting newlines before the offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '字') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        const expected = text.slice(0, offset).split('\n').length;
        expect(new LineIndex(text).lineAt(offset)).toBe(expected);
      }),
    );
  });
});
