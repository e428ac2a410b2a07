import { z } from 'zod';

/** A diagnostic code; {@link DIAGNOSTIC_CODES} says what each one means. */
export type DiagnosticCode =
  | 'no-masthead'
  | 'no-toc'
  | 'toc-entry-unparsed'
  | 'toc-unmatched'
  | 'toc-missing-entry'
  | 'toc-order'
  | 'toc-title-mismatch'
  | 'toc-pages'
  | 'duplicate-document-number'
  | 'no-documents'
  | 'multiple-documents'
  | 'no-title'
  | 'no-document-number'
  | 'document-type-unknown'
  | 'no-signature'
  | 'date-invalid'
  | 'disclosure-unknown'
  | 'metadata-mismatch'
  | 'attachment-missing'
  | 'attachment-unlisted'
  | 'enclosure-title-mismatch'
  | 'paragraph-joined'
  | 'heading-depth-ignored'
  | 'number-outside-bracket'
  | 'latin-word-in-text'
  | 'table-column-major'
  | 'table-row-misaligned'
  | 'table-span-crosses-parent'
  | 'table-count-mismatch'
  | 'table-total-mismatch'
  | 'table-cell-joined'
  | 'table-cell-restarts'
  | 'table-header-unknown'
  | 'validity-assumed'
  | 'validity-undated'
  | 'unparsed-text'
  | 'schema-invalid';

/** What a diagnostic code means, and its usual severity. */
export interface DiagnosticCodeInfo {
  /** The severity diagnostics with this code have. */
  readonly severity: Diagnostic['severity'];
  /** What the code means, in words. */
  readonly description: string;
}

/**
 * The table frozen, and each entry: the parser reads its severities, so that one importer's
 * `DIAGNOSTIC_CODES['multiple-documents'].severity = 'info'` would change every parse.
 */
function frozen<T extends Record<string, object>>(codes: T): Readonly<T> {
  for (const info of Object.values(codes)) Object.freeze(info);
  return Object.freeze(codes);
}

/**
 * The codes a {@link Diagnostic} can carry, each with what it means. Stable: tools may match on
 * them; frozen, as each entry is. `error` means the output is missing something the input should have had; `warning` means
 * the output is there but the source is visibly broken at that place (a correction is due);
 * `info` records a rule the parser applied that a reviewer may want to see.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_CODES['toc-unmatched'].severity; //=> 'error'
 * ```
 */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, DiagnosticCodeInfo>> = frozen({
  'no-masthead': {
    severity: 'warning',
    description: 'No masthead (gazette title, issue number) before the first document.',
  },
  'no-toc': { severity: 'warning', description: 'No table of contents (目录) was found, or one without entries.' },
  'toc-entry-unparsed': {
    severity: 'warning',
    description: 'A table-of-contents line has no page number or no document number.',
  },
  'toc-unmatched': { severity: 'error', description: 'A table-of-contents entry has no document in the text.' },
  'toc-missing-entry': {
    severity: 'warning',
    description: 'A document in the text has no table-of-contents entry (it is still a document of its own).',
  },
  'toc-order': {
    severity: 'warning',
    description: 'Documents appear in a different order than in the table of contents.',
  },
  'toc-title-mismatch': {
    severity: 'warning',
    description: 'A document title differs from its table-of-contents title.',
  },
  'toc-pages': { severity: 'warning', description: 'Table-of-contents page numbers decrease.' },
  'duplicate-document-number': { severity: 'error', description: 'Two documents carry the same 发文字号.' },
  'no-documents': { severity: 'error', description: 'No document head (title + 发文字号) was found.' },
  'multiple-documents': {
    severity: 'error',
    description:
      'parseDocument was given a text holding more than one document; it read the first (parseDocuments reads each).',
  },
  'no-title': { severity: 'error', description: 'A document has no title.' },
  'no-document-number': { severity: 'warning', description: 'A document has no 发文字号.' },
  'document-type-unknown': { severity: 'info', description: 'The document type could not be read from the title.' },
  'no-signature': { severity: 'warning', description: 'No signature block (发文机关署名 + 成文日期) was found.' },
  'date-invalid': {
    severity: 'error',
    description: 'A date names no real calendar day or month, or a validity period ends after 9999.',
  },
  'disclosure-unknown': { severity: 'info', description: 'A 附注 does not say how the document is disclosed.' },
  'metadata-mismatch': {
    severity: 'warning',
    description: 'The metadata box of a web copy disagrees with the document text (the text is kept).',
  },
  'attachment-missing': { severity: 'warning', description: 'An attachment listed in 附件说明 is not in the text.' },
  'attachment-unlisted': { severity: 'info', description: 'An attachment in the text is not listed in 附件说明.' },
  'enclosure-title-mismatch': {
    severity: 'info',
    description: 'The enclosed text’s title differs from the title the notice quotes in 《》.',
  },
  'paragraph-joined': {
    severity: 'info',
    description: 'Two lines cut by a page break were joined into one paragraph.',
  },
  'heading-depth-ignored': {
    severity: 'info',
    description: 'A markdown heading depth disagrees with the outline marker; the marker decides.',
  },
  'number-outside-bracket': {
    severity: 'warning',
    description: 'A 号 stands outside the bracket that should enclose the whole 发文字号.',
  },
  'latin-word-in-text': { severity: 'warning', description: 'An English word sits inside Chinese running text.' },
  'table-column-major': {
    severity: 'warning',
    description: 'A block of tab-separated lines is a two-column layout whose columns were interleaved.',
  },
  'table-row-misaligned': {
    severity: 'warning',
    description: 'A table row has a different number of cells than its header, or cells of the wrong type.',
  },
  'table-span-crosses-parent': {
    severity: 'warning',
    description: 'A merged cell continues across a change of the column to its left: rows are likely shifted.',
  },
  'table-count-mismatch': {
    severity: 'warning',
    description: 'A count written in a cell, such as (9座), differs from what the rows it spans add up to.',
  },
  'table-total-mismatch': { severity: 'warning', description: 'A 合计 row differs from the sum of its column.' },
  'table-cell-joined': {
    severity: 'info',
    description: 'A merged cell whose text was cut into one line per row was joined.',
  },
  'table-cell-restarts': {
    severity: 'warning',
    description:
      'A short cell starts over after a space with the words it began with: two versions of one text, one of them stray.',
  },
  'table-header-unknown': { severity: 'warning', description: 'A table has no recognisable header row.' },
  'validity-assumed': {
    severity: 'info',
    description: 'An effective date was inferred (自公布之日起 → 成文日期, a month → its first day).',
  },
  'validity-undated': {
    severity: 'info',
    description: 'A clause about when the text is in force states no date; it is kept as the validity text.',
  },
  'unparsed-text': { severity: 'warning', description: 'Text that belongs to no document or front matter.' },
  'schema-invalid': { severity: 'error', description: 'The output failed validation against the core schema.' },
});

/**
 * A place in the source: UTF-16 offsets `[start, end)` and the 1-based line of `start`.
 *
 * @example
 * ```ts
 * DiagnosticRangeSchema.parse({ start: 0, end: 4, line: 1 }); //=> { start: 0, end: 4, line: 1 }
 * ```
 */
export const DiagnosticRangeSchema = z
  .strictObject({
    /** UTF-16 offset of the first character (inclusive). */
    start: z.number().int().min(0).describe('UTF-16 offset of the first character (inclusive).'),
    /** UTF-16 offset after the last character (exclusive). */
    end: z.number().int().min(0).describe('UTF-16 offset after the last character (exclusive).'),
    /** 1-based line of `start`. */
    line: z.number().int().min(1).describe('1-based line of `start`.'),
  })
  .describe('A range of the source text.');

/**
 * A finding of the parser about the input, with its place: something missing (`error`), visibly
 * broken source that a correction should fix (`warning`), or a rule applied (`info`).
 *
 * @example
 * ```ts
 * const diagnostic = DiagnosticSchema.parse({
 *   severity: 'warning', code: 'number-outside-bracket', message: '号 outside the bracket',
 *   range: { start: 10, end: 20, line: 3 },
 * });
 * diagnostic.code; //=> 'number-outside-bracket'
 * DiagnosticSchema.safeParse({ ...diagnostic, severity: 'fatal' }).success; //=> false
 * DiagnosticSchema.safeParse({ ...diagnostic, code: 'no-such-code' }).success; //=> false
 * ```
 */
export const DiagnosticSchema = z
  .strictObject({
    /** How serious the finding is: `error` (something missing), `warning` (broken source), `info` (a rule applied). */
    severity: z.literal(['error', 'warning', 'info']).describe('How serious the finding is.'),
    /** A stable code, one of {@link DIAGNOSTIC_CODES}. */
    // z.literal, not z.enum: z.enum's synthetic member object fails TypeDoc's notDocumented check.
    code: z
      .literal(Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[])
      .describe('A stable code, one of DIAGNOSTIC_CODES.'),
    /** What was found, in words. */
    message: z.string().min(1).describe('What was found, in words.'),
    /** Where it is in the source. */
    range: DiagnosticRangeSchema,
  })
  .describe('A parser diagnostic with its source range.');

/** A parser diagnostic; see {@link DiagnosticSchema}. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** A range of the source; see {@link DiagnosticRangeSchema}. */
export type DiagnosticRange = z.infer<typeof DiagnosticRangeSchema>;
