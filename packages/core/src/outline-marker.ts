import { z } from 'zod';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS, positiveInt } from './internal/text.js';

/**
 * Kinds of outline marker (序号) in official documents — the same names as `OutlineMarkerKind` of
 * `@gongbao/utils`: GB/T 9704-2012 §7.3.3 `chinese` 一、, `parenthesized-chinese` （一）, `arabic`
 * 1., `parenthesized-arabic` （1）, `circled` ①, and the units of legal texts 第N编 `part`, 第N章
 * `chapter`, 第N节 `section`, 第N条 `article`, 第N款 `paragraph`, 第N项 `item`.
 *
 * @example
 * ```ts
 * OUTLINE_MARKER_KINDS.includes('article'); //=> true
 * ```
 */
export const OUTLINE_MARKER_KINDS = Object.freeze([
  'chinese',
  'parenthesized-chinese',
  'arabic',
  'parenthesized-arabic',
  'circled',
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
] as const);

/**
 * The kind of an outline marker; one of {@link OUTLINE_MARKER_KINDS}.
 *
 * @example
 * ```ts
 * OutlineMarkerKindSchema.parse('chapter'); //=> 'chapter'
 * ```
 */
export const OutlineMarkerKindSchema = bounded(
  z
    .literal(OUTLINE_MARKER_KINDS)
    .describe(
      'Marker kind: chinese 一、, parenthesized-chinese （一）, arabic 1., parenthesized-arabic （1）, circled ①, part 第N编, chapter 第N章, section 第N节, article 第N条, paragraph 第N款, item 第N项.',
    ),
);

/** The kind of an outline marker; see {@link OutlineMarkerKindSchema}. */
export type OutlineMarkerKind = z.infer<typeof OutlineMarkerKindSchema>;

/**
 * A parsed outline marker (序号) at the start of a heading or item — the shape
 * `parseOutlineMarker` of `@gongbao/utils` returns: its `kind`, its nominal `level` in the usual
 * hierarchy (一、 1, （一） 2, 1. 3, （1） 4, ① 5; 编 1, 章 2, 节 3, 条 4, 款 5, 项 6), its number `index` (三 → 3) and the marker as written
 * (`raw`).
 *
 * @example
 * ```ts
 * OutlineMarkerSchema.parse({ kind: 'parenthesized-chinese', level: 2, index: 18, raw: '（十八）' }).index; //=> 18
 * ```
 */
export const OutlineMarkerSchema = bounded(
  z
    .strictObject({
      /** The marker kind (chinese 一、, parenthesized-chinese （一）, article 第N条 …). */
      kind: OutlineMarkerKindSchema,
      /** Nominal level of the marker kind: 一、 1, （一） 2, 1. 3, （1） 4, ① 5; legal units 编 1, 章 2, 节 3, 条 4, 款 5, 项 6. */
      level: positiveInt('the marker level').describe(
        'Nominal level of the marker kind: 一、 1, （一） 2, 1. 3, （1） 4, ① 5; legal units 编 1, 章 2, 节 3, 条 4, 款 5, 项 6.',
      ),
      /** The number the marker carries: 三 → 3, （十八） → 18, 第二十四条 → 24. */
      index: positiveInt('the marker number').describe(
        'The number the marker carries: 三 → 3, （十八） → 18, 第二十四条 → 24.',
      ),
      /** The marker exactly as written, e.g. （一）, (一) , 第十六条. */
      raw: boundedText(LIMITS.name, 'the marker as written').describe(
        'The marker exactly as written, e.g. （一）, (一) , 第十六条.',
      ),
    })
    .describe('序号: a parsed outline marker.'),
);

/** A parsed outline marker; see {@link OutlineMarkerSchema}. */
export type OutlineMarker = z.infer<typeof OutlineMarkerSchema>;
