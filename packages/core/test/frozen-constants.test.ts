/**
 * Issue 12: nothing exported is shared mutable data. The lists of allowed values are read by the
 * package itself (documentTypeFromTitle reads OFFICIAL_DOCUMENT_TYPES), so one importer emptying
 * one would change what every other importer gets.
 */
import * as core from '@gongbao/core';
import { documentTypeFromTitle, enclosedTextTypeFromTitle, OFFICIAL_DOCUMENT_TYPES } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/** The exported values that are data: objects and arrays that are neither schemas nor functions. */
const constants = Object.entries(core as Record<string, unknown>).filter(
  (entry): entry is [string, object] =>
    typeof entry[1] === 'object' && entry[1] !== null && !(entry[1] instanceof z.ZodType),
);

describe('exported constants', () => {
  it('are found (the lists of allowed values)', () => {
    expect(constants.map(([name]) => name)).toEqual(
      expect.arrayContaining(['OFFICIAL_DOCUMENT_TYPES', 'COLUMN_TYPES']),
    );
    expect(constants.length).toBeGreaterThanOrEqual(16);
  });

  it.each(constants)('%s is frozen: mutation throws (strict mode) and changes nothing', (_name, value) => {
    expect(Object.isFrozen(value)).toBe(true);
    const before = JSON.stringify(value);
    const list = value as unknown[];
    expect(() => list.push('x')).toThrow(TypeError);
    expect(() => {
      list.length = 0;
    }).toThrow(TypeError);
    expect(() => {
      list[0] = 'x';
    }).toThrow(TypeError);
    expect(JSON.stringify(value)).toBe(before);
  });

  it('documentTypeFromTitle reads the same types after an attempt to empty them', () => {
    expect(() => {
      (OFFICIAL_DOCUMENT_TYPES as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(documentTypeFromTitle('某市人民政府关于某事的通知')).toBe('通知');
    expect(enclosedTextTypeFromTitle('某市某管理办法')).toBe('办法');
  });
});
