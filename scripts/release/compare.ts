/**
 * Compares the public surface of a package at its last release with what would be released now,
 * and classifies every difference by the rules of docs/versioning.md:
 *
 * - patch: a corrected value (a document field, a table row, a title), a changed description, a
 *   new correction;
 * - minor: new data (a document, table, row, resource), a new optional field, a new export or
 *   entry point, a new enum value or union branch, a loosened constraint;
 * - major: a removed or renamed field, export, entry point, resource, document or table id, or
 *   row; a changed type; a field that became required or optional; a removed enum value; a
 *   tightened constraint; a changed primary key; fields reordered in a resource.
 */
import type {
  DataPackageField,
  DataPackageSurface,
  DataValues,
  Difference,
  PackageSurface,
  SchemaNode,
  SchemaSurface,
  TableColumn,
} from './types.js';

type Level = Difference['level'];
type Emit = (level: Level, kind: string, where: string, detail?: string) => void;

const keysOf = (o: object | undefined) => new Set(Object.keys(o ?? {}));
const added = (before: Set<string>, after: Set<string>) => [...after].filter((k) => !before.has(k));
const removed = (before: Set<string>, after: Set<string>) => [...before].filter((k) => !after.has(k));
const common = (before: Set<string>, after: Set<string>) => [...before].filter((k) => after.has(k));
const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** Lower bounds: raising one rejects values that were valid. Upper bounds: lowering one does. */
const LOWER_BOUNDS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const UPPER_BOUNDS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);

function compareConstraints(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  where: string,
  emit: Emit,
): void {
  const a = before ?? {};
  const b = after ?? {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const detail = `${key}: ${show(x)} → ${show(y)}`;
    let tighter: boolean | undefined;
    if (LOWER_BOUNDS.has(key) || UPPER_BOUNDS.has(key)) {
      if (x === undefined) tighter = true;
      else if (y === undefined) tighter = false;
      else if (typeof x === 'number' && typeof y === 'number') tighter = LOWER_BOUNDS.has(key) ? y > x : y < x;
    } else if (key === 'additionalProperties' || key === 'unevaluatedProperties') {
      tighter = y === false;
    }
    if (tighter === true)
      emit('major', 'constraint tightened', where, `${detail} (values that were valid are rejected)`);
    else if (tighter === false) emit('minor', 'constraint loosened', where, detail);
    // pattern, format, unique, …: the direction cannot be told; at least a minor, and a major
    // when the new constraint rejects values the old one accepted (choose it by hand).
    else emit('minor', 'constraint changed', where, `${detail} — release a major if it rejects values that were valid`);
  }
}

function compareEnums(before: string[] | undefined, after: string[] | undefined, where: string, emit: Emit): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    emit('major', 'values restricted to an enum', where, after?.join(', '));
    return;
  }
  if (after === undefined) {
    emit('minor', 'enum lifted', where, `was ${before.join(', ')}`);
    return;
  }
  const gone = removed(new Set(before), new Set(after));
  const fresh = added(new Set(before), new Set(after));
  if (gone.length > 0) emit('major', 'enum value removed', where, gone.join(', '));
  if (fresh.length > 0) emit('minor', 'enum value added', where, fresh.join(', '));
}

function compareNodes(before: SchemaNode, after: SchemaNode, where: string, emit: Emit): void {
  if (before.type !== after.type) emit('major', 'type changed', where, `${before.type} → ${after.type}`);
  if (before.required !== after.required) {
    emit('major', after.required ? 'field became required' : 'field became optional', where);
  }
  compareEnums(before.enum, after.enum, where, emit);
  compareConstraints(before.constraints, after.constraints, where, emit);
  if (before.text !== after.text) emit('patch', 'description changed', where);
}

/** The parent path of a flattened schema path (`` for a top-level field, undefined for the root). */
function parentOf(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['), path.lastIndexOf('|'), path.lastIndexOf('{'));
  return cut <= 0 ? (path === '' ? undefined : '') : path.slice(0, cut);
}

/** The paths of `paths` that have no ancestor in `paths` (report a removed object once, not per field). */
function topmost(paths: string[]): string[] {
  const set = new Set(paths);
  return paths.filter((path) => {
    for (let p = parentOf(path); p !== undefined; p = parentOf(p)) if (set.has(p)) return false;
    return true;
  });
}

/** Differences between two flattened JSON Schema files. */
export function compareSchema(before: SchemaSurface, after: SchemaSurface, file: string, emit: Emit): void {
  const a = keysOf(before);
  const b = keysOf(after);
  const where = (path: string) => `${file}#${path || '(root)'}`;
  const gone = topmost(removed(a, b));
  const fresh = topmost(added(a, b));
  // A removed and an added field of the same parent with the same type and requiredness: a rename.
  const renamed = new Set<string>();
  for (const path of gone) {
    const node = before[path] as SchemaNode;
    const twin = fresh.find(
      (p) =>
        !renamed.has(p) &&
        parentOf(p) === parentOf(path) &&
        after[p]?.type === node.type &&
        after[p]?.required === node.required &&
        /\.[^.[\]|{]+$/.test(p),
    );
    if (twin && /\.[^.[\]|{]+$/.test(path)) {
      renamed.add(twin);
      emit(
        'major',
        'field renamed',
        where(path),
        `→ ${twin.slice(twin.lastIndexOf('.') + 1)} (same type; readers of the old name break)`,
      );
    } else {
      emit('major', 'field removed', where(path));
    }
  }
  for (const path of fresh.filter((p) => !renamed.has(p))) {
    const node = after[path] as SchemaNode;
    const branch = /\|[^.[\]]+$/.test(path);
    if (branch) emit('minor', 'union branch added', where(path));
    else if (path.startsWith('$defs/') && !path.includes('.')) emit('minor', 'definition added', where(path));
    else if (node.required) emit('major', 'required field added', where(path), 'data valid before lacks it');
    else emit('minor', 'optional field added', where(path));
  }
  for (const path of common(a, b))
    compareNodes(before[path] as SchemaNode, after[path] as SchemaNode, where(path), emit);
}

function compareField(before: DataPackageField, after: DataPackageField, where: string, emit: Emit): void {
  if (before.type !== after.type) emit('major', 'type changed', where, `${before.type} → ${after.type}`);
  if ((before.format ?? 'default') !== (after.format ?? 'default')) {
    emit('major', 'format changed', where, `${before.format ?? 'default'} → ${after.format ?? 'default'}`);
  }
  if (before.required !== after.required) {
    emit('major', after.required ? 'field became required' : 'field became optional', where);
  }
  compareEnums(before.enum, after.enum, where, emit);
  compareConstraints(before.constraints, after.constraints, where, emit);
  if (before.text !== after.text) emit('patch', 'description changed', where);
}

/** Differences between two Data Package descriptors. */
export function compareDataPackage(before: DataPackageSurface, after: DataPackageSurface, emit: Emit): void {
  if (before.name !== after.name)
    emit('major', 'package name changed', 'datapackage.json', `${before.name} → ${after.name}`);
  const a = keysOf(before.resources);
  const b = keysOf(after.resources);
  for (const name of removed(a, b)) emit('major', 'resource removed', `datapackage.json resource ${name}`);
  for (const name of added(a, b)) emit('minor', 'resource added', `datapackage.json resource ${name}`);
  for (const name of common(a, b)) {
    const x = before.resources[name];
    const y = after.resources[name];
    if (!x || !y) continue;
    const where = `datapackage.json resource ${name}`;
    if (x.path !== y.path) emit('major', 'resource path changed', where, `${x.path} → ${y.path}`);
    if (x.primaryKey.join(',') !== y.primaryKey.join(',')) {
      emit(
        'major',
        'primary key changed',
        where,
        `${x.primaryKey.join(',') || '(none)'} → ${y.primaryKey.join(',') || '(none)'}`,
      );
    }
    for (const key of removed(new Set(x.foreignKeys), new Set(y.foreignKeys)))
      emit('major', 'foreign key removed', where, key);
    for (const key of added(new Set(x.foreignKeys), new Set(y.foreignKeys)))
      emit('minor', 'foreign key added', where, key);
    const xf = new Map(x.fields.map((f) => [f.name, f]));
    const yf = new Map(y.fields.map((f) => [f.name, f]));
    for (const f of x.fields) if (!yf.has(f.name)) emit('major', 'field removed', `${where} field ${f.name}`);
    for (const f of y.fields) if (!xf.has(f.name)) emit('minor', 'field added', `${where} field ${f.name}`);
    for (const f of x.fields) {
      const g = yf.get(f.name);
      if (g) compareField(f, g, `${where} field ${f.name}`, emit);
    }
    // Readers of CSV files often go by position: kept fields in another order break them.
    const order = (fields: DataPackageField[], other: Map<string, DataPackageField>) =>
      fields.filter((f) => other.has(f.name)).map((f) => f.name);
    if (order(x.fields, yf).join(',') !== order(y.fields, xf).join(',')) {
      emit('major', 'fields reordered', where, `${order(x.fields, yf).join(', ')} → ${order(y.fields, xf).join(', ')}`);
    }
  }
}

function compareColumns(before: TableColumn[], after: TableColumn[], where: string, emit: Emit): void {
  const a = new Map(before.map((c) => [c.name, c]));
  const b = new Map(after.map((c) => [c.name, c]));
  for (const c of before) if (!b.has(c.name)) emit('major', 'column removed', `${where} column ${c.name}`);
  for (const c of after) if (!a.has(c.name)) emit('minor', 'column added', `${where} column ${c.name}`);
  for (const c of before) {
    const d = b.get(c.name);
    if (!d) continue;
    if (c.type !== d.type) emit('major', 'column type changed', `${where} column ${c.name}`, `${c.type} → ${d.type}`);
    if (c.unit !== d.unit)
      emit('major', 'column unit changed', `${where} column ${c.name}`, `${show(c.unit)} → ${show(d.unit)}`);
    if (c.text !== d.text) emit('patch', 'column description changed', `${where} column ${c.name}`);
  }
}

/**
 * Rows are matched by content: a row found in both is unchanged wherever it moved. Of the rest,
 * as many as both sides have are corrected rows (patch), the surplus of new rows is new data
 * (minor) and the surplus of old rows is removed data (major).
 */
function compareRows(before: string[], after: string[], where: string, emit: Emit): void {
  const left = new Map<string, number>();
  for (const row of before) left.set(row, (left.get(row) ?? 0) + 1);
  let fresh = 0;
  for (const row of after) {
    const n = left.get(row) ?? 0;
    if (n > 0) left.set(row, n - 1);
    else fresh++;
  }
  const gone = [...left.values()].reduce((sum, n) => sum + n, 0);
  const changed = Math.min(fresh, gone);
  if (changed > 0) emit('patch', 'rows corrected', where, `${changed} row(s) with corrected values`);
  if (fresh > changed) emit('minor', 'rows added', where, `${fresh - changed} new row(s)`);
  if (gone > changed) emit('major', 'rows removed', where, `${gone - changed} row(s) no longer in the table`);
}

/** Differences between the data values of two releases. */
export function compareData(before: DataValues, after: DataValues, emit: Emit): void {
  const a = keysOf(before.documents);
  const b = keysOf(after.documents);
  for (const id of removed(a, b))
    emit('major', 'document id removed', `document ${id}`, 'ids are never reused or renamed');
  for (const id of added(a, b)) emit('minor', 'document added', `document ${id}`);
  for (const id of common(a, b)) {
    const x = before.documents[id] ?? {};
    const y = after.documents[id] ?? {};
    const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    const changed = fields.filter((f) => x[f] !== y[f]);
    if (changed.length > 0) emit('patch', 'value corrected', `document ${id}`, `fields ${changed.join(', ')}`);
  }
  const c = keysOf(before.tables);
  const d = keysOf(after.tables);
  for (const id of removed(c, d)) emit('major', 'table id removed', `table ${id}`, 'ids are never reused or renamed');
  for (const id of added(c, d)) emit('minor', 'table added', `table ${id}`);
  for (const id of common(c, d)) {
    const x = before.tables[id];
    const y = after.tables[id];
    if (!x || !y) continue;
    compareColumns(x.columns, y.columns, `table ${id}`, emit);
    compareRows(x.rows, y.rows, `table ${id}`, emit);
    if (x.meta !== y.meta) emit('patch', 'value corrected', `table ${id}`, 'title, notes, totals or sources');
  }
  const fixes = added(new Set(before.corrections), new Set(after.corrections));
  if (fixes.length > 0) emit('patch', 'correction added', 'corrections', fixes.join(', '));
  const dropped = removed(new Set(before.corrections), new Set(after.corrections));
  if (dropped.length > 0) emit('patch', 'correction removed', 'corrections', dropped.join(', '));
}

/** Every difference between a package's surface at its last release and now. */
export function comparePackage(before: PackageSurface, after: PackageSurface): Difference[] {
  const out: Difference[] = [];
  const emit: Emit = (level, kind, where, detail) =>
    out.push({ package: after.name, level, kind, where, ...(detail === undefined ? {} : { detail }) });
  const entriesBefore = keysOf(before.exports);
  const entriesAfter = keysOf(after.exports);
  for (const entry of removed(entriesBefore, entriesAfter))
    emit('major', 'entry point removed', `${after.name}${entry.slice(1)}`);
  for (const entry of added(entriesBefore, entriesAfter))
    emit('minor', 'entry point added', `${after.name}${entry.slice(1)}`);
  for (const entry of common(entriesBefore, entriesAfter)) {
    const x = before.exports[entry] ?? {};
    const y = after.exports[entry] ?? {};
    const specifier = `${after.name}${entry.slice(1)}`;
    for (const name of removed(keysOf(x), keysOf(y))) emit('major', 'export removed', `${specifier} ${name}`);
    for (const name of added(keysOf(x), keysOf(y))) emit('minor', 'export added', `${specifier} ${name}`);
    for (const name of common(keysOf(x), keysOf(y))) {
      const k = x[name];
      const l = y[name];
      if (k === l || !k || !l) continue;
      // value+type → value or type loses a meaning; value or type → value+type only adds one.
      if (l === 'value+type') emit('minor', 'export gained a meaning', `${specifier} ${name}`, `${k} → ${l}`);
      else emit('major', 'export kind changed', `${specifier} ${name}`, `${k} → ${l}`);
    }
  }
  if (before.jsonSchemas || after.jsonSchemas) {
    const a = keysOf(before.jsonSchemas);
    const b = keysOf(after.jsonSchemas);
    for (const file of removed(a, b)) emit('major', 'JSON Schema file removed', `json-schema/${file}`);
    for (const file of added(a, b)) emit('minor', 'JSON Schema file added', `json-schema/${file}`);
    for (const file of common(a, b)) {
      compareSchema(before.jsonSchemas?.[file] ?? {}, after.jsonSchemas?.[file] ?? {}, `json-schema/${file}`, emit);
    }
  }
  if (before.dataPackage && after.dataPackage) compareDataPackage(before.dataPackage, after.dataPackage, emit);
  else if (before.dataPackage) emit('major', 'datapackage.json removed', 'datapackage.json');
  else if (after.dataPackage) emit('minor', 'datapackage.json added', 'datapackage.json');
  if (before.data && after.data) compareData(before.data, after.data, emit);
  return out;
}
