import { z } from 'zod';
import { bounded } from './internal/issues.js';

/**
 * Disclosure attributes (公开属性) of a document, from its 附注: `public` (此件公开发布, 此件主动公开),
 * `on-request` (此件依申请公开), `not-public` (此件不予公开).
 *
 * @example
 * ```ts
 * DISCLOSURES; //=> ['public', 'on-request', 'not-public']
 * ```
 */
export const DISCLOSURES = Object.freeze(['public', 'on-request', 'not-public'] as const);

/**
 * The disclosure attribute of a document; one of {@link DISCLOSURES}.
 *
 * @example
 * ```ts
 * DisclosureSchema.parse('public'); //=> 'public'
 * ```
 */
export const DisclosureSchema = bounded(
  z
    .literal(DISCLOSURES)
    .describe(
      '公开属性: public (此件公开发布 / 此件主动公开), on-request (此件依申请公开), not-public (此件不予公开).',
    ),
);

/** The disclosure attribute of a document; see {@link DisclosureSchema}. */
export type Disclosure = z.infer<typeof DisclosureSchema>;

/**
 * The disclosure attribute stated by a 附注 (with or without its brackets).
 *
 * @param note - The 附注 as written, e.g. `（此件公开发布）`.
 * @returns The attribute, or `undefined` when the note states none (or is no string).
 * @throws Never.
 * @example
 * ```ts
 * disclosureFromNote('(此件公开发布)'); //=> 'public'
 * disclosureFromNote('此件主动公开');   //=> 'public'
 * disclosureFromNote('此件依申请公开'); //=> 'on-request'
 * disclosureFromNote('此件不予公开');   //=> 'not-public'
 * disclosureFromNote('此件不公开');     //=> 'not-public'
 * disclosureFromNote('联系人：张三');   //=> undefined
 * ```
 */
export function disclosureFromNote(note: string): Disclosure | undefined {
  if (typeof note !== 'string') return undefined;
  const text = note.replace(/\s+/gu, '');
  if (/此件不予?公开/u.test(text)) return 'not-public';
  if (/此件依申请公开/u.test(text)) return 'on-request';
  if (/此件(?:主动)?公开/u.test(text)) return 'public'; // also 此件公开发布
  return undefined;
}
