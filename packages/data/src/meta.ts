import { generatedMeta } from './generated/meta.js';

/**
 * One reviewed edit applied to the verbatim source before parsing: where (1-based `line` of the
 * verbatim source), the exact text found there (`before`), its replacement (`after`) and why.
 */
export interface AppliedCorrection {
  /** Stable identifier of the correction; never reused. */
  readonly id: string;
  /** 1-based line of the verbatim source where `before` starts. */
  readonly line: number;
  /** The exact text of the verbatim source that was replaced (may span lines). */
  readonly before: string;
  /** The replacement. */
  readonly after: string;
  /** Why the source is broken there and what the fix restores. */
  readonly why: string;
}

/** The type of {@link meta}. */
export interface DataMeta {
  /** The source file, relative to the package folder (shipped in the package). */
  readonly sourceFile: string;
  /** SHA-256 of the source file, lowercase hex. */
  readonly sourceSha256: string;
  /** Version of `@gongbao/core` whose schemas validated the data. */
  readonly coreSchemaVersion: string;
  /** The corrections applied to the source, in source order. */
  readonly corrections: readonly AppliedCorrection[];
}

/**
 * Where this package's data comes from: the source file it was generated from, that file's
 * SHA-256 (so a user can check the data against the printed issue's text), the version of the
 * `@gongbao/core` schemas it was validated against, and every correction applied to the source.
 *
 * @example
 * ```ts
 * meta.sourceFile; //=> 'source/changzhi-gongbao-2024-03.md'
 * meta.sourceSha256.length; //=> 64
 * meta.corrections.some((c) => c.id === 'decision-items-two-columns'); //=> true
 * ```
 */
export const meta: DataMeta = generatedMeta;
