import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ParseContext } from '../src/internal/context.js';
import { validateInto } from '../src/internal/validate.js';

describe('validateInto', () => {
  it('reports each schema issue at the source of the deepest node on its path that has one', () => {
    const ctx = new ParseContext('一\n二\n三');
    const value = {
      source: { start: 0, end: 1 },
      items: [{ source: { start: 2, end: 3 }, name: 5 }, { name: 6 }],
      other: 7,
    };
    const schema = z.object({ items: z.array(z.object({ name: z.string() })), other: z.string() });
    validateInto(ctx, schema, value, { start: 4, end: 5 });
    expect(ctx.diagnostics.map((d) => [d.code, d.message.split(':')[0], d.range])).toEqual([
      ['schema-invalid', 'items.0.name', { start: 2, end: 3, line: 2 }],
      ['schema-invalid', 'items.1.name', { start: 0, end: 1, line: 1 }],
      ['schema-invalid', 'other', { start: 0, end: 1, line: 1 }],
    ]);
    const bare = new ParseContext('一\n二\n三');
    validateInto(bare, z.string(), 5, { start: 4, end: 5 });
    expect(bare.diagnostics.map((d) => d.range)).toEqual([{ start: 4, end: 5, line: 3 }]);
  });
});
