import { z } from 'zod';
import { BlockSchema } from './block.js';
import { EnclosedTextTypeSchema } from './document-type.js';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * An enclosed text (印发的文件): the 办法, 方案, 细则, 意见 … that a 印发 notice publishes, printed
 * after the notice — its title, its kind and its body as a block tree.
 *
 * @example
 * ```ts
 * const enclosure = EnclosureSchema.parse({
 *   title: '长治市市级储备粮管理办法',
 *   type: '办法',
 *   body: [{ type: 'paragraph', text: '……' }],
 * });
 * enclosure.type; //=> '办法'
 * ```
 */
export const EnclosureSchema = bounded(
  z
    .strictObject({
      /** 标题: the title of the enclosed text. */
      title: boundedText(LIMITS.title, 'the enclosed text title').describe('标题: the title of the enclosed text.'),
      /** The kind of enclosed text (办法, 方案, 细则 …), from its title. */
      type: EnclosedTextTypeSchema.optional(),
      /** 正文: the enclosed text as a block tree. */
      body: z.array(BlockSchema).describe('正文: the enclosed text as a block tree.'),
      /** Where the enclosed text is in the source. */
      source: SourceRangeSchema.optional().describe('Where the enclosed text is in the source.'),
    })
    .describe('印发的文件: the text that a 印发 notice publishes.'),
);

/** An enclosed text; see {@link EnclosureSchema}. */
export type Enclosure = z.infer<typeof EnclosureSchema>;
