import type { z } from 'zod';

/**
 * The most issues a schema reports. Past it, one summary issue says how many more there were, so
 * that hostile input (a table of 4,000 columns × 400 empty rows) cannot make a validation report
 * of millions of issues.
 */
export const MAX_ISSUES = 100;

/** The most items of a list (keys, column names) a message names; the rest are counted. */
export const MAX_LISTED = 10;

/** The most characters of a value (a key, a cell) a message quotes. */
export const MAX_QUOTED = 40;

/** The most characters of a name (a key, an id, a 发文字号) a message quotes: a valid one whole. */
export const MAX_QUOTED_NAME = 200;

/**
 * A value for a message, in double quotes and cut to `max` characters (`…` marks a cut): a
 * message about a 10 MB key or id stays short.
 *
 * @param value - What to quote.
 * @param max - The most characters quoted ({@link MAX_QUOTED_NAME} by default).
 */
export const quote = (value: unknown, max: number = MAX_QUOTED_NAME): string => {
  const text = String(value);
  return text.length > max ? `"${text.slice(0, max)}…"` : `"${text}"`;
};

/**
 * The first {@link MAX_LISTED} items, quoted and cut to {@link MAX_QUOTED} characters, then how many more:
 * `"a", "b", … (12 more)`.
 *
 * @param items - What to list.
 */
export const listSome = (items: readonly unknown[]): string =>
  items
    .slice(0, MAX_LISTED)
    .map((item) => quote(item, MAX_QUOTED))
    .join(', ') + (items.length > MAX_LISTED ? `, … (${items.length - MAX_LISTED} more)` : '');

/**
 * The message of an `unrecognized_keys` issue, naming at most {@link MAX_LISTED} keys (zod's own
 * message names them all); `undefined` (zod's message) for other issues. Used as the `error`
 * option of a strict object, or by {@link bounded}.
 */
export const unknownKeys = (issue: { code?: string; keys?: unknown }): string | undefined =>
  issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)
    ? `Unrecognized key${issue.keys.length === 1 ? '' : 's'}: ${listSome(issue.keys)}`
    : undefined;

type RawIssue = z.core.$ZodRawIssue;

/** The `params.code` of a summary issue; its `params.omitted` says how many issues it stands for. */
export const TOO_MANY_ISSUES = 'too_many_issues';

/** How many issues a raw issue stands for: one, or the count a summary issue gives. */
function weight(issue: RawIssue): number {
  const params = (issue as { params?: { code?: unknown; omitted?: unknown } }).params;
  return params?.code === TOO_MANY_ISSUES && typeof params.omitted === 'number' ? params.omitted : 1;
}

/**
 * Keeps the first {@link MAX_ISSUES} issues of a parse result and replaces the rest by one summary
 * issue (code `custom`, `params: { code: 'too_many_issues', omitted }`, where `omitted` counts the
 * issues left out, including those an inner summary stood for); names at most
 * {@link MAX_LISTED} unrecognized keys in a message, each cut to {@link MAX_QUOTED} characters.
 */
function bound<T extends z.core.ParsePayload>(payload: T): T {
  const issues = payload.issues;
  for (let i = 0; i < issues.length && i < MAX_ISSUES; i++) {
    const issue = issues[i] as RawIssue;
    if (issue.message === undefined) {
      const message = unknownKeys(issue as { code?: string });
      if (message !== undefined) (issue as { message?: string }).message = message;
    }
  }
  if (issues.length <= MAX_ISSUES) return payload;
  let omitted = 0;
  for (let i = MAX_ISSUES; i < issues.length; i++) omitted += weight(issues[i] as RawIssue);
  issues.length = MAX_ISSUES;
  issues.push({
    code: 'custom',
    path: [],
    input: undefined,
    message: `${omitted} more issue${omitted === 1 ? '' : 's'} not reported (at most ${MAX_ISSUES} are)`,
    params: { code: TOO_MANY_ISSUES, omitted },
  } as RawIssue);
  return payload;
}

/**
 * Makes `schema` report a bounded number of issues (see {@link MAX_ISSUES}) with bounded messages,
 * wherever it is parsed: on its own (`safeParse`) or inside another schema. It wraps the schema's
 * run function in place and returns the same instance, so that the schema keeps its identity
 * (the JSON Schema generator names shared entities by instance). A schema derived from it
 * (`.describe()`, `.extend()`) is a new instance without the bound; its nested fields keep theirs.
 */
export function bounded<T extends z.ZodType>(schema: T): T {
  const internals = schema._zod;
  const run = internals.run;
  internals.run = (payload, ctx) => {
    const result = run(payload, ctx);
    return result instanceof Promise ? result.then(bound) : bound(result);
  };
  return schema;
}
