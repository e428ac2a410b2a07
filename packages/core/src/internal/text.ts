import { z } from 'zod';

/**
 * Length limits for free text. They are generous for real documents and stop hostile input
 * (megabyte strings in a name field) at the schema.
 */
export const LIMITS = {
  /** Names of organisations and people, labels, roles, units. */
  name: 200,
  /** Titles of documents, tables, attachments. */
  title: 500,
  /** One paragraph, note, clause or table cell. */
  text: 200_000,
} as const;

/**
 * A non-empty string of at most `max` UTF-16 code units, with messages that say what was
 * expected.
 */
export function boundedText(max: number, what: string) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `Expected ${what}, got nothing` : `Expected ${what} (a string)`),
    })
    .min(1, `Expected ${what}, got an empty string`)
    .max(max, `Expected ${what} of at most ${max} characters`);
}

/** A positive integer (≥ 1), e.g. a serial number, page or issue number. */
export function positiveInt(what: string) {
  const message = `Expected ${what} to be an integer ≥ 1`;
  return z
    .number({ error: `Expected ${what} (a number)` })
    .int(message)
    .min(1, message)
    .max(Number.MAX_SAFE_INTEGER, message);
}

/**
 * Runs a cross-field check only when the fields themselves parsed, so that one bad field gives
 * one issue rather than a cascade (`serial: 0` would otherwise also break the canonical check).
 */
export const WHEN_FIELDS_VALID = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };
