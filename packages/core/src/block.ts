import { z } from 'zod';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';
import { OutlineMarkerSchema } from './outline-marker.js';
import { SourceRangeSchema } from './source-range.js';
import { TableSchema } from './table.js';

/**
 * The deepest block tree accepted (headings within headings). Real documents nest 4–6 levels
 * (第一章 → 第一条 → （一） → 1. → （1））; the limit stops hostile input from exhausting the stack.
 *
 * @example
 * ```ts
 * MAX_BLOCK_DEPTH; //=> 64
 * ```
 */
export const MAX_BLOCK_DEPTH = 64;

/** Whether `value` (unparsed input) holds `children` arrays nested deeper than `limit`. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = Array.isArray(value) ? value : [];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > limit) return true;
    const next: unknown[] = [];
    for (const block of level) {
      const children =
        block !== null && typeof block === 'object' ? (block as { children?: unknown }).children : undefined;
      if (Array.isArray(children)) for (const child of children) next.push(child);
    }
    level = next;
  }
  return false;
}

// Checked before the children are parsed, so that a tree deeper than MAX_BLOCK_DEPTH fails with an
// issue instead of overflowing the stack; each heading looks at most MAX_BLOCK_DEPTH levels down.
function rejectTooDeep(value: unknown, ctx: z.core.$RefinementCtx<unknown>): unknown {
  if (nestedDeeperThan(value, MAX_BLOCK_DEPTH)) {
    ctx.addIssue({
      code: 'custom',
      message: `Expected blocks nested at most ${MAX_BLOCK_DEPTH} levels deep`,
      input: value,
    });
  }
  return value;
}

let childrenSchema: z.ZodPreprocess<z.ZodArray<typeof BlockSchema>> | undefined;

const source = SourceRangeSchema.optional().describe('Where the block is in the source.');

/**
 * A paragraph (段落): whole text, with paragraphs cut by page breaks rejoined. The characters are
 * the source's.
 *
 * @example
 * ```ts
 * ParagraphBlockSchema.parse({ type: 'paragraph', text: '现印发给你们，请认真贯彻落实。' }).type; //=> 'paragraph'
 * ```
 */
export const ParagraphBlockSchema = bounded(
  z
    .strictObject({
      /** Block type: always `paragraph`. */
      type: z.literal('paragraph'),
      /** The whole paragraph, page breaks rejoined. */
      text: boundedText(LIMITS.text, 'the paragraph text').describe('The whole paragraph, page breaks rejoined.'),
      /** Where the block is in the source. */
      source,
    })
    .describe('段落: a paragraph.'),
);

/** A paragraph block; see {@link ParagraphBlockSchema}. */
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;

/**
 * One item of a list: its text and, when it has one, its outline marker.
 *
 * @example
 * ```ts
 * ListItemSchema.parse({ text: '被依法追究刑事责任的;' }); //=> { text: '被依法追究刑事责任的;' }
 * ```
 */
export const ListItemSchema = bounded(
  z
    .strictObject({
      /** The item marker, e.g. （七）, when the item has one. */
      marker: OutlineMarkerSchema.optional().describe('The item marker, e.g. （七）, when the item has one.'),
      /** The item text after its marker. */
      text: boundedText(LIMITS.text, 'the item text').describe('The item text after its marker.'),
      /** Where the item is in the source. */
      source: SourceRangeSchema.optional().describe('Where the item is in the source.'),
    })
    .describe('An item of a list.'),
);

/** A list item; see {@link ListItemSchema}. */
export type ListItem = z.infer<typeof ListItemSchema>;

/**
 * A list (列项): items that belong to the preceding paragraph (for example the cases of an
 * article, （三）…（八）), rather than sections of the outline.
 *
 * @example
 * ```ts
 * ListBlockSchema.parse({ type: 'list', items: [{ text: '甲' }, { text: '乙' }] }).items.length; //=> 2
 * ```
 */
export const ListBlockSchema = bounded(
  z
    .strictObject({
      /** Block type: always `list`. */
      type: z.literal('list'),
      /** The items, in order. */
      items: z.array(ListItemSchema).min(1, 'Expected a list with at least one item').describe('The items, in order.'),
      /** Where the block is in the source. */
      source,
    })
    .describe('列项: a list of items.'),
);

/** A list block; see {@link ListBlockSchema}. */
export type ListBlock = z.infer<typeof ListBlockSchema>;

/**
 * A table (表格) in the flow of the text; see {@link TableSchema}.
 *
 * @example
 * ```ts
 * const table = { id: 't1', title: '表', columns: [{ name: 'a', type: 'string' }], rows: [], totals: [], notes: [] };
 * TableBlockSchema.parse({ type: 'table', table }).table.id; //=> 't1'
 * ```
 */
export const TableBlockSchema = bounded(
  z
    .strictObject({
      /** Block type: always `table`. */
      type: z.literal('table'),
      /** The table (表格). */
      table: TableSchema,
      /** Where the block is in the source. */
      source,
    })
    .describe('表格: a table in the text.'),
);

/** A table block; see {@link TableBlockSchema}. */
export type TableBlock = z.infer<typeof TableBlockSchema>;

/**
 * A note (注：…, 备注：…) in the text: its label as written and its text after the label.
 *
 * @example
 * ```ts
 * NoteBlockSchema.parse({ type: 'note', label: '注', text: '现苏店镇已开工。' }).label; //=> '注'
 * ```
 */
export const NoteBlockSchema = bounded(
  z
    .strictObject({
      /** Block type: always `note`. */
      type: z.literal('note'),
      /** The label as written, without its colon: 注, 备注, 说明. */
      label: boundedText(LIMITS.name, 'the note label').describe(
        'The label as written, without its colon: 注, 备注, 说明.',
      ),
      /** The note text after the label. */
      text: boundedText(LIMITS.text, 'the note text').describe('The note text after the label.'),
      /** Where the block is in the source. */
      source,
    })
    .describe('注: a note.'),
);

/** A note block; see {@link NoteBlockSchema}. */
export type NoteBlock = z.infer<typeof NoteBlockSchema>;

const headingFields = {
  /** Block type: always `heading`. */
  type: z.literal('heading'),
  /** Depth of the heading in this document’s outline, 1 = top; derived from the markers. */
  level: z
    .number()
    .int()
    .min(1, 'Expected a heading level ≥ 1')
    .max(20, 'Expected a heading level ≤ 20')
    .describe('Depth of the heading in this document’s outline, 1 = top; derived from the markers.'),
  /** The parsed outline marker (第一章, 一、, （一）, 1., （1）…), absent for unnumbered headings. */
  marker: OutlineMarkerSchema.optional().describe(
    'The parsed outline marker (第一章, 一、, （一）, 1., （1）…), absent for unnumbered headings.',
  ),
  /** The text after the marker; for run-in headings the whole first paragraph. */
  text: boundedText(LIMITS.text, 'the heading text').describe(
    'The text after the marker; for run-in headings the whole first paragraph.',
  ),
  /** Where the block is in the source. */
  source,
};

/**
 * The recursive field of a heading's shape, declared apart so that its documentation is a
 * property signature (documentation tools do not read comments on getters). This describes the
 * schema's shape, not the data: the data type is still inferred from the schema.
 */
interface HeadingChildrenField {
  /** The blocks under this heading, in order (at most MAX_BLOCK_DEPTH levels deep). */
  readonly children: z.ZodPreprocess<z.ZodArray<typeof BlockSchema>>;
}

const headingShape: typeof headingFields & HeadingChildrenField = {
  ...headingFields,
  // A getter, so that BlockSchema is read only once it exists (zod's recursive-schema pattern).
  get children() {
    childrenSchema ??= z
      .preprocess(rejectTooDeep, z.array(BlockSchema))
      .describe('The blocks under this heading, in order.');
    return childrenSchema;
  },
};

/**
 * A heading (标题) of the document's outline with the blocks under it. The hierarchy comes from
 * the outline markers (第一章 → 第一条, 一、 → （一） → 1. → （1）), not from the source's `#`
 * counts. `level` is the depth in this document's outline (1 = top); `marker` is the parsed
 * marker, absent for unnumbered headings. `text` is the text after the marker on the heading's
 * line — for run-in headings such as `（一）指导思想。深入贯彻……` or `第一条 为了……` that is the
 * whole first paragraph.
 *
 * @example
 * ```ts
 * const heading = HeadingBlockSchema.parse({
 *   type: 'heading',
 *   level: 1,
 *   marker: { kind: 'chinese', level: 1, index: 1, raw: '一、' },
 *   text: '总体要求',
 *   children: [{ type: 'paragraph', text: '……' }],
 * });
 * heading.children.length; //=> 1
 * ```
 */
export const HeadingBlockSchema = bounded(
  z.strictObject(headingShape).describe('标题: a heading with its parsed outline marker and the blocks under it.'),
);

/** A heading block; see {@link HeadingBlockSchema}. */
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;

/**
 * A block of a document's body: a tree discriminated by `type` — `heading` (with `children`),
 * `paragraph`, `list`, `table`, `note`.
 *
 * @example
 * ```ts
 * BlockSchema.parse({ type: 'paragraph', text: '正文。' }); //=> { type: 'paragraph', text: '正文。' }
 * BlockSchema.safeParse({ type: 'image' }).success; //=> false
 * ```
 */
export const BlockSchema: z.ZodDiscriminatedUnion<
  [
    typeof HeadingBlockSchema,
    typeof ParagraphBlockSchema,
    typeof ListBlockSchema,
    typeof TableBlockSchema,
    typeof NoteBlockSchema,
  ],
  'type'
> = bounded(
  z
    .discriminatedUnion('type', [
      HeadingBlockSchema,
      ParagraphBlockSchema,
      ListBlockSchema,
      TableBlockSchema,
      NoteBlockSchema,
    ])
    .describe('A block of the body: heading, paragraph, list, table or note.'),
);

/** A block of a document's body; see {@link BlockSchema}. */
export type Block = z.infer<typeof BlockSchema>;

/** A block as accepted by {@link BlockSchema} before parsing (the input type). */
export type BlockInput = z.input<typeof BlockSchema>;
