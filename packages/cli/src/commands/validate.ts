/** `gongbao validate <file.json> [--schema S] [--json]`: a JSON file against the core schemas. */
import { DocumentDraftSchema, DocumentSchema, GazetteIssueSchema, TableSchema } from '@gongbao/core';
import type { z } from 'zod';
import { failure } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';
import { checkEncoding, displayName, readText } from '../text-input.js';

type SchemaName = 'issue' | 'document' | 'document-draft' | 'table';

interface ValidateOptions {
  readonly schema?: SchemaName;
  readonly json?: boolean;
}

const SCHEMAS: Record<SchemaName, { readonly schema: z.ZodType; readonly name: string }> = {
  issue: { schema: GazetteIssueSchema, name: 'GazetteIssue' },
  document: { schema: DocumentSchema, name: 'Document' },
  'document-draft': { schema: DocumentDraftSchema, name: 'DocumentDraft' },
  table: { schema: TableSchema, name: 'Table' },
};

/** One schema issue, placed by a JSON path. */
export interface ValidationIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** A zod path as a JSON path: `$.documents[3].title`, `$["单位名称"]` for keys that are not identifiers. */
export function jsonPath(path: readonly PropertyKey[], prefix = '$'): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/u.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a value looks like: the schema to check it with. */
function detect(value: unknown): SchemaName | undefined {
  if (!isObject(value)) return undefined;
  if ('toc' in value && 'documents' in value) return 'issue';
  if ('columns' in value && 'rows' in value) return 'table';
  if ('body' in value && 'title' in value) {
    return 'docNumber' in value && 'writtenDate' in value ? 'document' : 'document-draft';
  }
  return undefined;
}

/** The parts of a JSON value to check: a value itself, the items of an array, the result of `gongbao parse --json`. */
function targets(
  value: unknown,
  forced: SchemaName | undefined,
): { value: unknown; path: string; schema: SchemaName | undefined }[] {
  if (isObject(value) && 'diagnostics' in value && (isObject(value.issue) || isObject(value.document))) {
    const key = isObject(value.issue) ? 'issue' : 'document';
    return [{ value: value[key], path: `$.${key}`, schema: forced ?? detect(value[key]) }];
  }
  if (Array.isArray(value) && forced === undefined)
    return value.map((item, i) => ({ value: item, path: `$[${i}]`, schema: detect(item) }));
  return [{ value, path: '$', schema: forced ?? detect(value) }];
}

/** A JSON syntax error as `line L, column C`, from the position in the message. */
function syntaxError(name: string, text: string, error: Error): Error {
  const position = /position (\d+)/u.exec(error.message)?.[1];
  let where = '';
  if (position !== undefined) {
    const at = Number(position);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    where = ` at line ${line}, column ${at - before.lastIndexOf('\n')}`;
  }
  let reason = error.message.replace(/\s*(in JSON )?at position \d+.*$/su, '');
  // V8 quotes the start of the text (`Unexpected token 'x', "x…\n…" is not valid JSON`): one line without it.
  const quoted = reason.indexOf(', "');
  if (quoted !== -1 && reason.endsWith('is not valid JSON')) reason = reason.slice(0, quoted);
  reason = reason.replace(/\s+/gu, ' ');
  return failure(
    `${name}: not JSON${where}: ${reason}`,
    'Give a JSON file, e.g. from gongbao show <id> --json or gongbao parse --json.',
  );
}

export async function validateCommand(ctx: Context, path: string, options: ValidateOptions): Promise<void> {
  const name = displayName(path);
  const text = await readText(ctx, { path, encoding: checkEncoding(undefined) });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw syntaxError(name, text, error as Error);
  }
  const parts = targets(value, options.schema);
  if (parts.length === 0) throw failure(`${name}: an empty array: nothing to validate`);
  const unknown = parts.find((part) => part.schema === undefined);
  if (unknown) {
    throw failure(
      `${name}: cannot tell what ${unknown.path} is (not a gazette issue, document or table)`,
      'Name the schema: --schema issue | document | document-draft | table.',
    );
  }
  const issues: ValidationIssue[] = [];
  const used = new Set<string>();
  for (const part of parts) {
    const { schema, name: schemaName } = SCHEMAS[part.schema as SchemaName];
    used.add(schemaName);
    const result = schema.safeParse(part.value);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      issues.push({ path: jsonPath(issue.path, part.path), code: issue.code, message: issue.message });
    }
  }
  const schemas = [...used].join(', ');
  if (issues.length > 0) ctx.exitCode = 1;
  if (options.json) {
    await writeJson(ctx, { valid: issues.length === 0, schema: schemas, issues });
    return;
  }
  const { green, red } = ctx.color;
  if (issues.length === 0) {
    ctx.out.line(`${green('✓')} ${name}: valid ${schemas}${parts.length > 1 ? ` (${parts.length} items)` : ''}`);
    return;
  }
  for (const issue of issues) ctx.out.line(`${name}: ${issue.path}: ${issue.message} (${issue.code})`);
  ctx.out.line(`${red('✗')} ${name}: ${issues.length} issue${issues.length === 1 ? '' : 's'} against ${schemas}`);
}
