/**
 * Flattens a JSON Schema file into the nodes a reader depends on, one per path: every property,
 * array items, union branch and `$defs` entry, with its type, whether it is required, its enum
 * values and its validation keywords. Two releases' flattened schemas compare path by path.
 *
 * Paths: `.docNumber` (a property), `.body[]` (array items), `.validity|{type=heading}` (a union
 * branch, named by its discriminating `const` when it has one, else `|1`, `|2`), `.rows[]{}` (the
 * values of a record), `$defs/Table.columns` (inside a definition). References are not followed:
 * `{ "$ref": "#/$defs/Table" }` is the node `ref:Table`, and `$defs/Table` is flattened once.
 */
import { hashOf } from './hash.js';
import type { SchemaNode, SchemaSurface } from './types.js';

type Json = Record<string, unknown>;

/** Keywords that describe structure (walked) or only text (hashed), not validation. */
const STRUCTURAL = new Set([
  'type',
  'properties',
  'required',
  'items',
  'prefixItems',
  'oneOf',
  'anyOf',
  'allOf',
  '$defs',
  'definitions',
  '$ref',
  'enum',
  'const',
  'additionalProperties',
]);
const TEXT = new Set(['description', 'title', 'examples', '$comment', '$schema', '$id', 'default']);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeOf(node: Json): string {
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    return ref === '#' ? 'ref:#' : `ref:${ref.replace(/^#\/(\$defs|definitions)\//, '')}`;
  }
  if ('const' in node) return `const:${JSON.stringify(node.const)}`;
  if (Array.isArray(node.type)) return [...node.type].map(String).sort().join('|');
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.oneOf)) return 'oneOf';
  if (Array.isArray(node.anyOf)) return 'anyOf';
  if (Array.isArray(node.allOf)) return 'allOf';
  return 'any';
}

/** The name of a union branch: its discriminating `const` property, or its position. */
function branchName(branch: unknown, index: number): string {
  if (isObject(branch) && isObject(branch.properties)) {
    for (const [key, property] of Object.entries(branch.properties)) {
      if (isObject(property) && 'const' in property) return `{${key}=${String(property.const)}}`;
    }
  }
  return String(index + 1);
}

function walk(node: unknown, path: string, required: boolean, out: SchemaSurface): void {
  if (!isObject(node)) {
    // `true`/`false` schemas: anything, or nothing.
    out[path] = { type: node === false ? 'never' : 'any', required };
    return;
  }
  const entry: SchemaNode = { type: typeOf(node), required };
  if (Array.isArray(node.enum)) entry.enum = node.enum.map((v) => JSON.stringify(v)).sort();
  const constraints: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!STRUCTURAL.has(key) && !TEXT.has(key)) constraints[key] = value;
  }
  if (node.additionalProperties === false) constraints.additionalProperties = false;
  if (Object.keys(constraints).length > 0) entry.constraints = constraints;
  const text = Object.fromEntries(Object.entries(node).filter(([key]) => TEXT.has(key) && !key.startsWith('$')));
  if (Object.keys(text).length > 0) entry.text = hashOf(text);
  out[path] = entry;

  const requiredKeys = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  if (isObject(node.properties)) {
    for (const [key, child] of Object.entries(node.properties))
      walk(child, `${path}.${key}`, requiredKeys.has(key), out);
  }
  if (node.items !== undefined) walk(node.items, `${path}[]`, true, out);
  if (Array.isArray(node.prefixItems)) {
    for (const [i, item] of node.prefixItems.entries()) walk(item, `${path}[${i}]`, true, out);
  }
  if (isObject(node.additionalProperties)) walk(node.additionalProperties, `${path}{}`, true, out);
  for (const union of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = node[union];
    if (!Array.isArray(branches)) continue;
    for (const [i, branch] of branches.entries()) walk(branch, `${path}|${branchName(branch, i)}`, true, out);
  }
}

/** The flattened nodes of one JSON Schema document (its root is the path ``, its definitions `$defs/Name`). */
export function flattenJsonSchema(schema: unknown): SchemaSurface {
  const out: SchemaSurface = {};
  if (!isObject(schema)) throw new Error('a JSON Schema document must be an object');
  walk(schema, '', true, out);
  for (const key of ['$defs', 'definitions'] as const) {
    const defs = schema[key];
    if (isObject(defs)) for (const [name, def] of Object.entries(defs)) walk(def, `$defs/${name}`, true, out);
  }
  return out;
}
