/**
 * Field specs whose description is the `.describe()` text of a zod schema field, so the files say
 * exactly what the schemas say.
 */
import type { z } from 'zod';
import type { FieldSpec, FieldType } from './resource';

/** The `.describe()` text of `shape[key]` (or of the schema it makes optional); throws when there is none. */
export function describedBy(schema: { shape: Record<string, z.ZodType> }, key: string): string {
  // An optional field may carry the description on the schema it wraps.
  let field: (z.ZodType & { unwrap?: () => z.ZodType }) | undefined = schema.shape[key];
  while (field !== undefined && field.description === undefined && typeof field.unwrap === 'function')
    field = field.unwrap();
  const text = field?.description;
  if (text === undefined) throw new Error(`the schema field ${key} has no .describe() text`);
  return text;
}

/** A field named `name` described by the schema field `key` (default: the same name). */
export function mirror(
  schema: { shape: Record<string, z.ZodType> },
  name: string,
  type: FieldType,
  extra: Partial<FieldSpec> & { key?: string; prefix?: string } = {},
): FieldSpec {
  const { key = name, prefix = '', ...rest } = extra;
  return { name, type, description: `${prefix}${describedBy(schema, key)}`, ...rest };
}

/** A field with a description of its own (one that mirrors no schema field). */
export function field(name: string, type: FieldType, description: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, type, description, ...extra };
}

/** The required-and-unique constraints of a single-field primary key. */
export const KEY = { required: true, unique: true } as const;
/** The required constraint. */
export const REQUIRED = { required: true } as const;
