import * as core from '@gongbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issue, notice5 } from './fixtures';

const schemas = Object.entries(core as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

describe('schemas never throw on arbitrary input', () => {
  it('covers every exported schema', () => {
    expect(schemas.length).toBeGreaterThan(30);
  });

  it.each(schemas)('%s.safeParse(anything) returns a result', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        const result = schema.safeParse(value);
        expect(typeof result.success).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('mutating one field of a valid document never throws and any accepted result is valid JSON data', () => {
    const keys = Object.keys(notice5);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const result = core.DocumentSchema.safeParse({ ...notice5, [key]: value });
        if (result.success) expect(JSON.parse(JSON.stringify(result.data))).toEqual(result.data);
      }),
      { numRuns: 500 },
    );
  });

  it('a parsed issue survives a JSON round trip unchanged', () => {
    const parsed = core.GazetteIssueSchema.parse(issue);
    expect(core.GazetteIssueSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });
});
