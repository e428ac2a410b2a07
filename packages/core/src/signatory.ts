import { z } from 'zod';
import { boundedText, LIMITS } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * A signature (发文机关署名) at the end of a document: the organisation name as written, or for
 * orders (令) and some letters a person with a title (`市长 张三` → `{ name: '张三', title: '市长' }`).
 * Joint documents have one signatory per issuer, in the order written.
 *
 * @example
 * ```ts
 * SignatorySchema.parse({ name: '长治市人民政府' }); //=> { name: '长治市人民政府' }
 * ```
 */
export const SignatorySchema = z
  .strictObject({
    /** 发文机关署名: the organisation (or person) that signs, as written. */
    name: boundedText(LIMITS.name, 'the signatory name').describe(
      '发文机关署名: the organisation (or person) that signs, as written.',
    ),
    /** 职务: the title of a signing person, e.g. 市长; absent for organisations. */
    title: boundedText(LIMITS.name, 'the signer title')
      .optional()
      .describe('职务: the title of a signing person, e.g. 市长; absent for organisations.'),
    /** Where the signature is written in the source. */
    source: SourceRangeSchema.optional().describe('Where the signature is written in the source.'),
  })
  .describe('发文机关署名: one signature of a document.');

/** A signature; see {@link SignatorySchema}. */
export type Signatory = z.infer<typeof SignatorySchema>;
