import { z } from 'zod';
import { DocumentNumberSchema } from './document-number.js';
import { bounded, quote } from './internal/issues.js';
import { checkTable } from './internal/table-check.js';
import { boundedText, LIMITS } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * Value types of table columns: `string` (text), `integer`, `number` (any finite number),
 * `boolean`, `date` (an ISO date string `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * COLUMN_TYPES; //=> ['string', 'integer', 'number', 'boolean', 'date']
 * ```
 */
export const COLUMN_TYPES = Object.freeze(['string', 'integer', 'number', 'boolean', 'date'] as const);

/**
 * The value type of a column; one of {@link COLUMN_TYPES}.
 *
 * @example
 * ```ts
 * ColumnTypeSchema.parse('integer'); //=> 'integer'
 * ```
 */
export const ColumnTypeSchema = bounded(
  z
    .literal(COLUMN_TYPES)
    .describe('Value type of the column: string, integer, number, boolean or date (ISO YYYY-MM-DD string).'),
);

/** The value type of a column; see {@link ColumnTypeSchema}. */
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A column of a table: its `name` (the key of the column in every row), its value `type`, the
 * `unit` the numbers are in (辆, 件/套, 吨, 座 — kept here, not in the cells) and an optional
 * description. `header` keeps the header cells as written when the header spans several rows.
 *
 * @example
 * ```ts
 * TableColumnSchema.parse({ name: '泡沫灭火剂', type: 'number', unit: '吨' }).unit; //=> '吨'
 * ```
 */
export const TableColumnSchema = bounded(
  z
    .strictObject({
      /** Column name: the key of this column in every row, e.g. 短缺数量. */
      name: boundedText(LIMITS.name, 'the column name')
        .refine(
          (name) => !RESERVED_KEYS.has(name),
          'Expected a column name other than __proto__, constructor, prototype',
        )
        .describe('Column name: the key of this column in every row, e.g. 短缺数量.'),
      /** The value type of the column's cells. */
      type: ColumnTypeSchema,
      /** 单位: the unit of the values, e.g. 辆, 件/套, 吨, 座, 万元. */
      unit: boundedText(LIMITS.name, 'the unit')
        .optional()
        .describe('单位: the unit of the values, e.g. 辆, 件/套, 吨, 座, 万元.'),
      /** What the column holds, in words. */
      description: boundedText(LIMITS.text, 'the column description')
        .optional()
        .describe('What the column holds, in words.'),
      /** The header cells above this column as written, top to bottom, when the header has several rows. */
      header: z
        .array(boundedText(LIMITS.title, 'a header cell'))
        .optional()
        .describe('The header cells above this column as written, top to bottom, when the header has several rows.'),
    })
    .describe('A typed table column.'),
);

/** A table column; see {@link TableColumnSchema}. */
export type TableColumn = z.infer<typeof TableColumnSchema>;

/**
 * One cell value: a string, a finite number, a boolean, or `null` for an absent (empty) cell.
 * Which of these a cell may hold is decided by its column's type.
 *
 * @example
 * ```ts
 * TableCellSchema.parse(null); //=> null
 * TableCellSchema.safeParse(Number.NaN).success; //=> false
 * ```
 */
export const TableCellSchema = bounded(
  z
    .union([z.string().max(LIMITS.text), z.number(), z.boolean(), z.null()])
    .describe('A cell value: string, finite number, boolean, or null when the cell is empty.'),
);

/** One cell value; see {@link TableCellSchema}. */
export type TableCell = z.infer<typeof TableCellSchema>;

const rejectReservedKeys = z.unknown().superRefine((value, ctx) => {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `Unexpected key ${quote(key)} in a row`,
          continue: false,
        });
    }
  }
});

/**
 * One row of a table: a record from column name to cell value. Every column has a key (empty
 * cells are `null`); merged cells (row and column spans) are resolved, so each row carries its
 * own values.
 *
 * @example
 * ```ts
 * TableRowSchema.parse({ 序号: 1, 车辆种类: '冷藏车', 短缺数量: 1 }).车辆种类; //=> '冷藏车'
 * ```
 */
export const TableRowSchema = bounded(
  rejectReservedKeys
    .pipe(z.record(z.string().max(LIMITS.name), TableCellSchema))
    .describe('A row: column name → cell value (null for an empty cell).'),
);

/** One row of a table; see {@link TableRowSchema}. */
export type TableRow = z.infer<typeof TableRowSchema>;

/**
 * A totals row (合计, 小计) of a table, kept apart from the data rows: its `label` as written and
 * the `values` it states, keyed by column name — usually only the summed columns. Checking the
 * values against the column sums is left to the data package, which reports any difference.
 *
 * @example
 * ```ts
 * TableTotalSchema.parse({ label: '合计', values: { 短缺数量: 43 } }).values; //=> { 短缺数量: 43 }
 * ```
 */
export const TableTotalSchema = bounded(
  z
    .strictObject({
      /** The label of the totals row as written: 合计, 小计, 总计. */
      label: boundedText(LIMITS.name, 'the totals label').describe(
        'The label of the totals row as written: 合计, 小计, 总计.',
      ),
      /** The stated totals, keyed by column name; columns without a total are left out. */
      values: TableRowSchema.describe('The stated totals, keyed by column name; columns without a total are left out.'),
    })
    .describe('合计: a totals row of a table.'),
);

/** A totals row; see {@link TableTotalSchema}. */
export type TableTotal = z.infer<typeof TableTotalSchema>;

/**
 * A table id: stable, without spaces, conventionally the document id plus a local name
 * (`长政发-2024-5/附件1`). Derived datasets use their own names (`fire-stations`).
 *
 * @example
 * ```ts
 * TableIdSchema.parse('长政发-2024-5/附件1'); //=> '长政发-2024-5/附件1'
 * TableIdSchema.safeParse('has space').success; //=> false
 * ```
 */
export const TableIdSchema = bounded(
  boundedText(LIMITS.name, 'a table id')
    .regex(/^\S+$/u, 'Expected a table id without spaces')
    .describe('Stable table id, e.g. 长政发-2024-5/附件1.'),
);

/** A table id; see {@link TableIdSchema}. */
export type TableId = z.infer<typeof TableIdSchema>;

/**
 * A table (表格) as data: typed columns, rows keyed by column name (numbers as numbers, units in
 * the column definitions, empty cells `null`), with the totals rows (合计) and the notes (注：) kept
 * apart from the data rows. A table continued over several pages (续表) is one table; `parts`
 * counts the pieces it was merged from. Every row (and totals row) must have exactly the columns'
 * names as keys, and each value must fit its column's type. Provenance: `source` is the whole
 * table's range; the optional `rowSources` and `totalSources` give one range per data row and per
 * totals row (rows are records keyed by column name, so the ranges sit in parallel arrays).
 *
 * @example
 * ```ts
 * const table = TableSchema.parse({
 *   id: '长政发-2024-5/附件2',
 *   title: '长治市消防救援队伍消防车辆配备计划表',
 *   columns: [
 *     { name: '车辆种类', type: 'string' },
 *     { name: '短缺数量', type: 'integer', unit: '辆' },
 *   ],
 *   rows: [{ 车辆种类: '冷藏车', 短缺数量: 1 }],
 *   totals: [{ label: '合计', values: { 短缺数量: 1 } }],
 *   notes: [],
 * });
 * table.rows[0]?.短缺数量; //=> 1
 * TableSchema.safeParse({ ...table, rows: [{ 车辆种类: '冷藏车', 短缺数量: '一' }] }).success; //=> false
 * // one source range per row, when given
 * TableSchema.safeParse({ ...table, rowSources: [{ start: 0, end: 9, line: 1 }] }).success; //=> true
 * TableSchema.safeParse({ ...table, rowSources: [] }).success; //=> false
 * ```
 */
export const TableSchema = bounded(
  z
    .strictObject({
      /** Stable table id, e.g. 长政发-2024-5/附件1. */
      id: TableIdSchema,
      /** 表题: the table title, with OCR spaces inside Chinese words removed. */
      title: boundedText(LIMITS.title, 'the table title').describe(
        '表题: the table title, with OCR spaces inside Chinese words removed.',
      ),
      /** The label printed with the table, e.g. 附件1. */
      label: boundedText(LIMITS.name, 'the table label')
        .optional()
        .describe('The label printed with the table, e.g. 附件1.'),
      /** 发文字号 of the document the table belongs to; absent for derived datasets spanning documents. */
      documentNumber: DocumentNumberSchema.optional().describe(
        '发文字号 of the document the table belongs to; absent for derived datasets spanning documents.',
      ),
      /** What the table holds, for derived datasets: how it was made from the source. */
      description: boundedText(LIMITS.text, 'the table description')
        .optional()
        .describe('What the table holds, for derived datasets: how it was made from the source.'),
      /** The columns, left to right. */
      columns: z
        .array(TableColumnSchema)
        .min(1, 'Expected at least one column')
        .describe('The columns, left to right.'),
      /** The data rows, top to bottom, spans resolved, without totals rows. */
      rows: z.array(TableRowSchema).describe('The data rows, top to bottom, spans resolved, without totals rows.'),
      /** 合计/小计 rows, kept apart from the data rows. */
      totals: z.array(TableTotalSchema).describe('合计/小计 rows, kept apart from the data rows.'),
      /** 注: notes under the table, without the label 注：, in order. */
      notes: z
        .array(boundedText(LIMITS.text, 'a note'))
        .describe('注: notes under the table, without the label 注：, in order.'),
      /** Number of source pieces merged into this table: 1 + the number of 续表 continuations. */
      parts: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('Number of source pieces merged into this table: 1 + the number of 续表 continuations.'),
      /** For a derived (tidy) dataset: the ids of the source tables it was made from. */
      derivedFrom: z
        .array(TableIdSchema)
        .optional()
        .describe('For a derived (tidy) dataset: the ids of the source tables it was made from.'),
      /** Where the table (all its parts) is in the source. */
      source: SourceRangeSchema.optional().describe('Where the table (all its parts) is in the source.'),
      /**
       * Where each data row is in the source: `rowSources[i]` is the range of `rows[i]`, covering
       * every printed line the row was joined from. Same length as `rows` when present.
       */
      rowSources: z
        .array(SourceRangeSchema)
        .optional()
        .describe(
          'Where each data row is in the source: rowSources[i] is the range of rows[i], covering every printed line the row was joined from. Same length as rows when present.',
        ),
      /** Where each totals row is in the source: `totalSources[i]` is the range of `totals[i]`. Same length as `totals` when present. */
      totalSources: z
        .array(SourceRangeSchema)
        .optional()
        .describe(
          'Where each totals row is in the source: totalSources[i] is the range of totals[i]. Same length as totals when present.',
        ),
    })
    .superRefine(checkTable)
    .describe('表格: a typed table with its columns, rows, totals rows and notes.'),
);

/** A table; see {@link TableSchema}. */
export type Table = z.infer<typeof TableSchema>;
