/**
 * Reads the part of a Frictionless Data Package (`datapackage.json`, Data Package 1.0/2.0 with
 * Table Schemas) that readers depend on: each resource's path, its fields (name, type, format,
 * required, enum and other constraints), primary key and foreign keys. A resource's `schema` may
 * be inline or a path to a Table Schema file beside the descriptor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hashOf } from './hash.js';
import type { DataPackageField, DataPackageResource, DataPackageSurface } from './types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

function field(raw: unknown, index: number, where: string): DataPackageField {
  if (!isObject(raw) || typeof raw.name !== 'string') throw new Error(`${where}: field ${index + 1} has no name`);
  const { required, enum: values, ...constraints } = isObject(raw.constraints) ? raw.constraints : {};
  const out: DataPackageField = {
    name: raw.name,
    // Table Schema: a field without a type is a string.
    type: typeof raw.type === 'string' ? raw.type : 'string',
    required: required === true,
  };
  if (typeof raw.format === 'string' && raw.format !== 'default') out.format = raw.format;
  if (Array.isArray(values)) out.enum = values.map((v) => JSON.stringify(v)).sort();
  if (Object.keys(constraints).length > 0) out.constraints = constraints;
  const text = { title: raw.title, description: raw.description, example: raw.example };
  if (Object.values(text).some((v) => v !== undefined)) out.text = hashOf(text);
  return out;
}

function foreignKey(raw: unknown): string {
  if (!isObject(raw)) return JSON.stringify(raw);
  const reference = isObject(raw.reference) ? raw.reference : {};
  const resource = typeof reference.resource === 'string' ? reference.resource : '';
  return `${asList(raw.fields).join(',')} → ${resource || '(self)'}.${asList(reference.fields).join(',')}`;
}

/** The surface of a Data Package descriptor (already parsed); `baseDir` resolves schema paths. */
export function dataPackageSurface(descriptor: unknown, baseDir?: string): DataPackageSurface {
  if (!isObject(descriptor) || !Array.isArray(descriptor.resources)) {
    throw new Error('datapackage.json: a Data Package needs a "resources" array');
  }
  const resources: Record<string, DataPackageResource> = {};
  for (const [i, raw] of descriptor.resources.entries()) {
    if (!isObject(raw) || typeof raw.name !== 'string')
      throw new Error(`datapackage.json: resource ${i + 1} has no name`);
    let schema: unknown = raw.schema;
    if (typeof schema === 'string') {
      if (!baseDir) throw new Error(`resource ${raw.name}: its schema is a path, and no folder was given to read it`);
      schema = JSON.parse(readFileSync(join(baseDir, schema), 'utf8'));
    }
    const table = isObject(schema) ? schema : {};
    const fields = Array.isArray(table.fields) ? table.fields : [];
    resources[raw.name] = {
      path: asList(raw.path).join(' ') || (raw.data === undefined ? '' : '(inline data)'),
      fields: fields.map((f, j) => field(f, j, `resource ${raw.name}`)),
      primaryKey: asList(table.primaryKey),
      foreignKeys: (Array.isArray(table.foreignKeys) ? table.foreignKeys : []).map(foreignKey).sort(),
    };
  }
  const surface: DataPackageSurface = { resources };
  if (typeof descriptor.name === 'string') surface.name = descriptor.name;
  return surface;
}

/** The surface of the `datapackage.json` at `path`, or undefined when there is none. */
export function readDataPackage(path: string): DataPackageSurface | undefined {
  if (!existsSync(path)) return undefined;
  return dataPackageSurface(JSON.parse(readFileSync(path, 'utf8')), dirname(path));
}
