/**
 * Issue 12: the reading helpers documented "throws never" keep their word for any value a
 * JavaScript caller passes, and the ones that can throw say what.
 */
import {
  disclosureFromNote,
  documentIdFromNumber,
  documentToText,
  documentTypeFromTitle,
  enclosedTextTypeFromTitle,
  organizationKindOf,
} from '@gongbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const call = <T>(f: (x: string) => T, x: unknown): T => f(x as string);

describe('helpers on values that are not strings', () => {
  it('read no type, disclosure or kind (never throw)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.constantFrom(null, undefined, 5, Number.NaN, {}, [], Symbol('x'), 10n)),
        (value) => {
          fc.pre(typeof value !== 'string');
          expect(call(documentTypeFromTitle, value)).toBeUndefined();
          expect(call(enclosedTextTypeFromTitle, value)).toBeUndefined();
          expect(call(disclosureFromNote, value)).toBeUndefined();
          expect(call(organizationKindOf, value)).toBe('other');
        },
      ),
      { numRuns: 200 },
    );
    // Strings still read as before.
    expect(documentTypeFromTitle('某市人民政府关于某事的通知')).toBe('通知');
    expect(disclosureFromNote('（此件公开发布）')).toBe('public');
    expect(organizationKindOf('长治市人民政府')).toBe('government');
  });

  it('documentIdFromNumber and documentToText throw a TypeError (as documented) for what is no number or document', () => {
    for (const value of [null, undefined, 5, {}])
      expect(() => documentIdFromNumber(value as unknown as { agency: string; serial: number })).toThrow(TypeError);
    for (const value of [null, undefined, 5])
      expect(() => documentToText(value as unknown as Parameters<typeof documentToText>[0])).toThrow(TypeError);
  });
});
