/**
 * The table resources: every derived dataset as published in `datasets` (same columns and rows,
 * plus `row`, `documentId` and source lines), the totals rows apart, the timeline's sources, and
 * every source table in tidy form (printed annotations such as `潞州区 (18座)` split into a name
 * and a count, `2024年` as the integer 2024, no generated `_2` headers).
 */
import type { Document, Table, TableCell, TableColumn } from '@gongbao/core';
import { type TimelineEntry, TimelineEntrySchema, TimelineSourceSchema } from '../../../src/timeline-entry';
import { DATE_BASES, DATE_PRECISIONS, TIMELINE_KINDS } from '../../../src/timeline-kinds';
import { TIMELINE_TABLE_ID } from '../../../src/timeline-table';
import { compact } from '../datasets/cells';
import { describedBy, field, KEY, REQUIRED } from './describe';
import { DOCUMENT_ID_FIELD, END_LINE_FIELD, LINE_FIELD } from './document-resources';
import type { Cell, FieldSpec, ForeignKeySpec, ResourceSpec } from './resource';
import { annotatedName, markerNumber, yearCell } from './tidy-cells';

const TO_DOCUMENTS: ForeignKeySpec = { fields: ['documentId'], reference: { resource: 'documents', fields: ['id'] } };

/** The `row` key of table resources. */
const ROW_FIELD = field('row', 'integer', '1-based number of the data row in the table, top to bottom.', {
  constraints: KEY,
});

/** Thrown when a table cannot be turned into a resource as the rules here want. */
export class ResourceError extends Error {
  constructor(resource: string, message: string) {
    super(`${resource}: ${message}`);
    this.name = 'ResourceError';
  }
}

function documentIdOf(table: Table, docs: readonly Document[]): string {
  const doc = docs.find((d) => d.docNumber.canonical === table.documentNumber?.canonical);
  if (doc === undefined) throw new ResourceError(table.id, 'its 发文字号 names no document of the issue');
  return doc.id;
}

function fieldOf(column: TableColumn, description: string): FieldSpec {
  return {
    name: column.name,
    type: column.type,
    description: column.description ?? description,
    ...(column.unit !== undefined ? { unit: column.unit } : {}),
  };
}

const rangeLines = (range: { line: number; endLine?: number } | undefined) => ({
  line: range?.line ?? null,
  endLine: range?.endLine ?? null,
});

/** The fields a table resource adds, left out when the table has a column of that name. */
function addedFields(table: Table, names: readonly string[]): FieldSpec[] {
  const own = new Set(table.columns.map((c) => c.name));
  const added = [ROW_FIELD, DOCUMENT_ID_FIELD, LINE_FIELD, END_LINE_FIELD];
  return added.filter((f) => names.includes(f.name) && !own.has(f.name));
}

/** A derived dataset as a resource: its columns and rows as published, with `row`, `documentId`, lines. */
function datasetResource(table: Table, docs: readonly Document[]): ResourceSpec {
  const extra = addedFields(table, ['row', 'documentId', 'line', 'endLine']);
  const [row, ...after] = extra;
  const documentId = table.columns.some((c) => c.name === 'documentId') ? undefined : documentIdOf(table, docs);
  const fields = [
    ...(row ? [row] : []),
    ...table.columns.map((c) => fieldOf(c, `The ${c.name} column of the ${table.id} dataset.`)),
    ...after,
  ];
  const rows = table.rows.map((values, i) => {
    const out: Record<string, Cell> = { row: i + 1 };
    for (const column of table.columns) out[column.name] = values[column.name] ?? null;
    if (documentId !== undefined) out.documentId = documentId;
    if (!table.columns.some((c) => c.name === 'line')) Object.assign(out, rangeLines(table.rowSources?.[i]));
    return out;
  });
  return {
    name: table.id,
    title: table.title,
    description: table.description ?? table.title,
    fields,
    primaryKey: ['row'],
    foreignKeys: [TO_DOCUMENTS],
    rows,
  };
}

/** The totals rows (合计/小计) of a table, apart from its data rows; `undefined` when it has none. */
function totalsResource(name: string, table: Table, docs: readonly Document[]): ResourceSpec | undefined {
  if (table.totals.length === 0) return undefined;
  const used = new Set(table.totals.flatMap((t) => Object.keys(t.values)));
  const columns = table.columns.filter((c) => used.has(c.name));
  return {
    name: `${name}-totals`,
    title: `${table.title}: 合计`,
    description: `The totals rows (合计, 小计) printed with ${table.id}, one per row as stated (each checked against the sum of its rows by the build).`,
    fields: [
      field('ordinal', 'integer', '1-based position of the totals row in the table.', { constraints: KEY }),
      field('label', 'string', 'The label of the totals row as written: 合计, 小计, 总计 (with its group).', {
        constraints: REQUIRED,
      }),
      ...columns.map((c) => fieldOf(c, `The stated total of ${c.name}.`)),
      DOCUMENT_ID_FIELD,
      LINE_FIELD,
      END_LINE_FIELD,
    ],
    primaryKey: ['ordinal'],
    foreignKeys: [TO_DOCUMENTS],
    rows: table.totals.map((total, i) => ({
      ordinal: i + 1,
      label: total.label,
      ...Object.fromEntries(columns.map((c) => [c.name, total.values[c.name] ?? null])),
      documentId: documentIdOf(table, docs),
      ...rangeLines(table.totalSources?.[i]),
    })),
  };
}

/** The timeline dataset, with `entry` as its key, and the places each entry was read from. */
function timelineResources(table: Table, timeline: readonly TimelineEntry[]): ResourceSpec[] {
  const entry = field('entry', 'integer', '1-based number of the timeline entry (the timeline is sorted by date).', {
    constraints: KEY,
  });
  const enums: Record<string, readonly string[]> = {
    precision: DATE_PRECISIONS,
    basis: DATE_BASES,
    kind: TIMELINE_KINDS,
  };
  const fields = table.columns.map((c): FieldSpec => {
    const described = c.name in TimelineEntrySchema.shape ? describedBy(TimelineEntrySchema, c.name) : c.description;
    const values = enums[c.name];
    return {
      ...fieldOf(c, ''),
      description: described ?? '',
      ...(values ? { constraints: { required: true, enum: [...values] } } : {}),
    };
  });
  return [
    {
      name: TIMELINE_TABLE_ID,
      title: table.title,
      description: table.description ?? table.title,
      fields: [entry, ...fields],
      primaryKey: ['entry'],
      foreignKeys: [TO_DOCUMENTS],
      rows: table.rows.map((values, i) => ({
        entry: i + 1,
        ...Object.fromEntries(table.columns.map((c) => [c.name, values[c.name] ?? null])),
      })),
    },
    {
      name: 'timeline-sources',
      title: '时间表出处: every place a timeline entry was read from',
      description: describedBy(TimelineEntrySchema, 'sources'),
      fields: [
        field('entry', 'integer', 'The timeline entry (timeline.entry).', { constraints: REQUIRED }),
        field('ordinal', 'integer', '1-based position of the source among the entry’s sources, in reading order.', {
          constraints: REQUIRED,
        }),
        DOCUMENT_ID_FIELD,
        field('path', 'string', describedBy(TimelineSourceSchema, 'path'), { constraints: REQUIRED }),
        field('line', 'integer', describedBy(TimelineSourceSchema, 'line')),
      ],
      primaryKey: ['entry', 'ordinal'],
      foreignKeys: [{ fields: ['entry'], reference: { resource: 'timeline', fields: ['entry'] } }, TO_DOCUMENTS],
      rows: timeline.flatMap((e, i) =>
        e.sources.map((s, j) => ({
          entry: i + 1,
          ordinal: j + 1,
          documentId: e.documentId,
          path: s.path,
          line: s.line,
        })),
      ),
    },
  ];
}

/**
 * Printed headers that span two columns, which the parser names `X` and `X_2`: the names they get
 * in the files. A source table with another generated `_N` header fails the build.
 */
const SPANNED_HEADERS: Record<string, readonly [string, string]> = {
  单位名称: ['所属单位', '单位名称'],
};

interface TidyColumn {
  readonly fields: FieldSpec[];
  readonly cells: (cell: TableCell | undefined) => Cell[];
}

/** How one source column becomes one or two tidy fields. */
function tidyColumn(table: Table, column: TableColumn, name: string): TidyColumn {
  const printed = `Printed header: ${column.name.replace(/_\d+$/u, '')}.`;
  const texts = table.rows.map((r) => r[column.name]).filter((c): c is string => typeof c === 'string');
  const allRead = (read: (cell: string) => unknown) =>
    column.type === 'string' && texts.length > 0 && texts.every((t) => read(compact(t)) !== undefined);
  const text = (cell: TableCell | undefined) => (typeof cell === 'string' ? compact(cell) : '');
  if (allRead(yearCell)) {
    return {
      fields: [field(name, 'integer', `${printed} The year as printed (2024年 → 2024).`)],
      cells: (cell) => [yearCell(text(cell)) ?? null],
    };
  }
  if (name === '序号' && allRead(markerNumber)) {
    return {
      fields: [
        field(name, 'integer', `${printed} The number of the printed marker ((一) → 1), an integer as every 序号.`),
      ],
      cells: (cell) => [markerNumber(text(cell)) ?? null],
    };
  }
  if (allRead(annotatedName)) {
    const unit = annotatedName(compact(texts[0] ?? ''))?.unit ?? '';
    const count = `${name}${unit}数`;
    return {
      fields: [
        field(name, 'string', `${printed} The name, without the count printed after it.`),
        field(count, 'integer', `The count printed after the ${name} cell, e.g. 18 in 潞州区 (18${unit}).`, { unit }),
      ],
      cells: (cell) => {
        const split = annotatedName(text(cell));
        return split ? [split.name, split.count] : [null, null];
      },
    };
  }
  return {
    fields: [fieldOf({ ...column, name }, printed)],
    cells: (cell) => [typeof cell === 'string' ? cell.trim() : (cell ?? null)],
  };
}

/** The tidy names of a source table's columns (spanned headers resolved). */
function tidyNames(table: Table): string[] {
  return table.columns.map((column, i) => {
    const spanned = SPANNED_HEADERS[column.name];
    const next = table.columns[i + 1]?.name;
    if (spanned && next === `${column.name}_2`) return spanned[0];
    const base = /^(.+)_2$/u.exec(column.name)?.[1];
    if (base !== undefined) {
      const pair = SPANNED_HEADERS[base];
      if (pair === undefined) throw new ResourceError(table.id, `generated header ${column.name} has no name`);
      return pair[1];
    }
    return column.name;
  });
}

/** A source table in tidy form. */
function sourceTableResource(name: string, table: Table, docs: readonly Document[]): ResourceSpec {
  const names = tidyNames(table);
  const columns = table.columns.map((column, i) => tidyColumn(table, column, names[i] ?? column.name));
  const documentId = documentIdOf(table, docs);
  return {
    name,
    title: table.title,
    description: `The source table ${table.id}${table.label ? ` (${table.label})` : ''} as printed, in tidy form: one row per printed row (spans resolved), numbers as numbers, printed counts such as 潞州区 (18座) split into a name and a count column, years as integers. The totals rows are in ${name}-totals when it has any.${table.notes.length > 0 ? ` 注: ${table.notes.join(' ')}` : ''}`,
    fields: [ROW_FIELD, ...columns.flatMap((c) => c.fields), DOCUMENT_ID_FIELD, LINE_FIELD, END_LINE_FIELD],
    primaryKey: ['row'],
    foreignKeys: [TO_DOCUMENTS],
    rows: table.rows.map((values, i) => {
      const out: Record<string, Cell> = { row: i + 1 };
      table.columns.forEach((column, j) => {
        const tidy = columns[j] as TidyColumn;
        const cells = tidy.cells(values[column.name]);
        tidy.fields.forEach((f, k) => {
          out[f.name] = cells[k] ?? null;
        });
      });
      return { ...out, documentId, ...rangeLines(table.rowSources?.[i]) };
    }),
  };
}

/** The resource name of a source table: `source-` + the dataset made from it, else its position. */
function sourceName(table: Table, datasets: readonly Table[], index: number): string {
  const derived = datasets.find((d) => d.derivedFrom?.includes(table.id));
  return derived ? `source-${derived.id}` : `source-table-${index + 1}`;
}

/** Every table resource: the datasets (and their totals), the timeline, then the source tables. */
export function tableResources(
  tables: readonly Table[],
  datasets: readonly Table[],
  timeline: readonly TimelineEntry[],
  docs: readonly Document[],
): ResourceSpec[] {
  const out: ResourceSpec[] = [];
  for (const table of datasets) {
    if (table.id === TIMELINE_TABLE_ID) {
      out.push(...timelineResources(table, timeline));
      continue;
    }
    out.push(datasetResource(table, docs));
    const totals = totalsResource(table.id, table, docs);
    if (totals) out.push(totals);
  }
  const sources = tables.filter((t) => !datasets.includes(t));
  sources.forEach((table, i) => {
    const name = sourceName(table, datasets, i);
    out.push(sourceTableResource(name, table, docs));
    const totals = totalsResource(name, table, docs);
    if (totals) out.push(totals);
  });
  return out;
}
