import { z } from 'zod';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * A signature (发文机关署名) at the end of a document: the organisation name as written, or for
 * orders (令) and some letters a person with a title (`市长 张三` → `{ name: '张三', title: '市长' }`).
 * A title whose name is not printed (web copies of orders print `省长` alone, or `市长 （签名）`)
 * has no `name`; a signature has a `name`, a `title`, or both.
 * Joint documents have one signatory per issuer, in the order written.
 *
 * @example
 * ```ts
 * SignatorySchema.parse({ name: '长治市人民政府' }); //=> { name: '长治市人民政府' }
 * SignatorySchema.parse({ title: '省长' });        //=> { title: '省长' }
 * SignatorySchema.safeParse({}).success;           //=> false
 * ```
 */
export const SignatorySchema = bounded(
  z
    .strictObject({
      /** 发文机关署名: the organisation (or person) that signs, as written; absent when only a title is printed. */
      name: boundedText(LIMITS.name, 'the signatory name')
        .optional()
        .describe(
          '发文机关署名: the organisation (or person) that signs, as written; absent when only a title is printed.',
        ),
      /** 职务: the title of a signing person, e.g. 市长; absent for organisations. */
      title: boundedText(LIMITS.name, 'the signer title')
        .optional()
        .describe('职务: the title of a signing person, e.g. 市长; absent for organisations.'),
      /** Where the signature is written in the source. */
      source: SourceRangeSchema.optional().describe('Where the signature is written in the source.'),
    })
    .refine((s) => s.name !== undefined || s.title !== undefined, {
      message: 'Expected a signatory name or title',
      path: ['name'],
    })
    .describe('发文机关署名: one signature of a document.'),
);

/** A signature; see {@link SignatorySchema}. */
export type Signatory = z.infer<typeof SignatorySchema>;
