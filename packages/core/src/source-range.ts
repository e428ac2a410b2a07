import { z } from 'zod';
import { bounded } from './internal/issues.js';

/**
 * Provenance: where an entity comes from in the source text. Offsets are UTF-16 code-unit
 * offsets into the source string (`start` inclusive, `end` exclusive, as `String.prototype.slice`
 * takes them); `line` is the 1-based line of `start`, `endLine` the 1-based line of the last
 * character when the range spans several lines. The parser's `Diagnostic.range` has the same
 * shape.
 *
 * @example
 * ```ts
 * SourceRangeSchema.parse({ start: 10, end: 25, line: 3 }); //=> { start: 10, end: 25, line: 3 }
 * SourceRangeSchema.safeParse({ start: 25, end: 10, line: 3 }).success; //=> false
 * ```
 */
export const SourceRangeSchema = bounded(
  z
    .strictObject({
      /** UTF-16 offset of the first character in the source text (inclusive). */
      start: z
        .number()
        .int()
        .min(0, 'Expected a UTF-16 offset ≥ 0')
        .describe('UTF-16 offset of the first character in the source text (inclusive).'),
      /** UTF-16 offset just after the last character in the source text (exclusive). */
      end: z
        .number()
        .int()
        .min(0, 'Expected a UTF-16 offset ≥ 0')
        .describe('UTF-16 offset just after the last character in the source text (exclusive).'),
      /** 1-based line number of `start`. */
      line: z.number().int().min(1, 'Expected a 1-based line number').describe('1-based line number of `start`.'),
      /** 1-based line number of the last character, when the range spans several lines. */
      endLine: z
        .number()
        .int()
        .min(1, 'Expected a 1-based line number')
        .exactOptional()
        .describe('1-based line number of the last character, when the range spans several lines.'),
    })
    .superRefine((range, ctx) => {
      if (range.end < range.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'Expected end ≥ start' });
      }
      if (range.endLine !== undefined && range.endLine < range.line) {
        ctx.addIssue({ code: 'custom', path: ['endLine'], message: 'Expected endLine ≥ line' });
      }
    })
    .describe('Provenance (出处): a range of the source text, as UTF-16 offsets and 1-based lines.'),
);

/** A range of the source text; see {@link SourceRangeSchema}. */
export type SourceRange = z.infer<typeof SourceRangeSchema>;
