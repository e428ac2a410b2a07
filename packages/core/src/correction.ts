import { z } from 'zod';
import { DocumentIdSchema } from './document-id.js';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';

/**
 * Where a correction applies in the source: the 1-based line (and last line, for several lines),
 * and optionally the UTF-16 offsets of the corrected text in the whole source.
 *
 * @example
 * ```ts
 * CorrectionLocationSchema.parse({ line: 1582 }); //=> { line: 1582 }
 * ```
 */
export const CorrectionLocationSchema = bounded(
  z
    .strictObject({
      /** 1-based line of the source where the corrected text starts. */
      line: z
        .number()
        .int()
        .min(1, 'Expected a 1-based line number')
        .describe('1-based line of the source where the corrected text starts.'),
      /** 1-based last line, when the text spans several lines. */
      endLine: z.number().int().min(1).optional().describe('1-based last line, when the text spans several lines.'),
      /** UTF-16 offset of the corrected text in the source (inclusive). */
      start: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe('UTF-16 offset of the corrected text in the source (inclusive).'),
      /** UTF-16 offset just after the corrected text (exclusive). */
      end: z.number().int().min(0).optional().describe('UTF-16 offset just after the corrected text (exclusive).'),
    })
    .refine((w) => w.endLine === undefined || w.endLine >= w.line, {
      message: 'Expected endLine ≥ line',
      path: ['endLine'],
    })
    .refine((w) => w.start === undefined || w.end === undefined || w.end >= w.start, {
      message: 'Expected end ≥ start',
      path: ['end'],
    })
    .describe('Where a correction applies in the source.'),
);

/** Where a correction applies; see {@link CorrectionLocationSchema}. */
export type CorrectionLocation = z.infer<typeof CorrectionLocationSchema>;

/**
 * A recorded correction (勘误) of the source text: an id, where it applies, the text before and
 * after, and why — only for breakage the parser's rules cannot repair (a table laid out in two
 * interleaved columns, shifted rows, a 号 outside its bracket).
 *
 * @example
 * ```ts
 * const c = CorrectionSchema.parse({
 *   id: 'c001', where: { line: 1582 }, before: '长政规〔2024〕1 号', after: '长政规〔2024〕1号', why: 'OCR space inside the 发文字号',
 * });
 * c.after; //=> '长政规〔2024〕1号'
 * CorrectionSchema.safeParse({ ...c, after: c.before }).success; //=> false
 * ```
 */
export const CorrectionSchema = bounded(
  z
    .strictObject({
      /** Stable id of the correction, e.g. c001 or fire-stations-shifted-rows. */
      id: z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/u, 'Expected a correction id of letters, digits, . _ -')
        .max(LIMITS.name)
        .describe('Stable id of the correction, e.g. c001 or fire-stations-shifted-rows.'),
      /** Where the correction applies in the source. */
      where: CorrectionLocationSchema,
      /** The source text before the correction (may be empty for an insertion). */
      before: z
        .string()
        .max(LIMITS.text)
        .describe('The source text before the correction (may be empty for an insertion).'),
      /** The text after the correction (may be empty for a deletion). */
      after: z.string().max(LIMITS.text).describe('The text after the correction (may be empty for a deletion).'),
      /** Why the source is wrong here and how the correction was checked (e.g. against the web edition). */
      why: boundedText(LIMITS.text, 'the reason').describe(
        'Why the source is wrong here and how the correction was checked (e.g. against the web edition).',
      ),
      /** The document the correction falls in, when it falls in one. */
      documentId: DocumentIdSchema.optional().describe('The document the correction falls in, when it falls in one.'),
    })
    .refine((c) => c.before !== c.after, { message: 'Expected after to differ from before', path: ['after'] })
    .describe('勘误: a recorded correction of the source text.'),
);

/** A recorded correction; see {@link CorrectionSchema}. */
export type Correction = z.infer<typeof CorrectionSchema>;
