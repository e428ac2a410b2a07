/**
 * `buildResources`: every table of the analyst files, built from the same validated data the
 * generator writes (scripts/generate.ts), and checked for the rules every writer relies on.
 */
import type { BuiltData } from '../build-data';
import { documentResources } from './document-resources';
import type { Cell, ResourceSpec } from './resource';
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
 * parts (documents, document-issuers, blocks, citations, repeals, toc, corrections), the derived
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
    ...tableResources(data.tables, data.datasets, data.timeline, data.issue.documents),
  ].map(withoutEmptyTexts);
  const names = resources.map((r) => r.name);
  const dup = names.find((name, i) => names.indexOf(name) !== i);
  if (dup !== undefined) throw new ResourceError(dup, 'two resources have this name');
  for (const resource of resources) checkResource(resource);
  return resources;
}
