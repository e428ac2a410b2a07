import { generatedMeta } from './generated/meta.js';

/**
 * Where this package's data comes from: the source file it was generated from and that file's
 * SHA-256, so a user can check the data against the printed issue's text.
 *
 * @example
 * ```ts
 * meta.sourceFile; //=> 'source/changzhi-gongbao-2024-03.md'
 * meta.sourceSha256.length; //=> 64
 * ```
 */
export const meta: {
  /** The source file, relative to the package folder. */
  readonly sourceFile: string;
  /** SHA-256 of the source file, lowercase hex. */
  readonly sourceSha256: string;
} = generatedMeta;
