import type { Correction, ReadonlyDeep } from '@gongbao/core';
import { dataKey } from './generated/key.js';
import { generatedMeta } from './generated/meta.js';
import { sharedFrozen } from './internal/frozen.js';
import type { KnownGap } from './known-gap.js';

export type { KnownGap } from './known-gap.js';

/** The type of {@link meta}. */
export interface DataMeta {
  /** The source file, relative to the package folder (shipped in the package). */
  readonly sourceFile: string;
  /** SHA-256 of the source file, lowercase hex. */
  readonly sourceSha256: string;
  /** Version of `@gongbao/core` whose schemas validated the data. */
  readonly coreSchemaVersion: string;
  /** Version of `@gongbao/parser` that read the source. */
  readonly parserVersion: string;
  /**
   * The reviewed corrections applied to the source before parsing, in source order: where (line
   * and UTF-16 offsets in the verbatim source), the text before and after, why, and the document
   * it falls in.
   */
  readonly corrections: ReadonlyDeep<Correction[]>;
  /**
   * Known gaps: what the text states that a dataset lacks, found by a build check comparing the
   * dataset with the text (the 基础骨干项目清单 of 长政办发〔2024〕17号 stops before the end of its plan).
   */
  readonly knownGaps: ReadonlyDeep<KnownGap[]>;
}

/**
 * Where this package's data comes from: the source file it was generated from and its SHA-256
 * (so a user can check the data against the printed issue's text), the versions of the
 * `@gongbao/core` schemas and of `@gongbao/parser` used, and every correction applied to the
 * source, and the known gaps of the datasets.
 *
 * @example
 * ```ts
 * meta.sourceFile; //=> 'source/changzhi-gongbao-2024-03.md'
 * meta.sourceSha256.length; //=> 64
 * meta.corrections.find((c) => c.id === 'citation-hao-outside-bracket')?.after; //=> '(长水办〔2024〕78号)'
 * meta.knownGaps.map((g) => g.dataset); //=> ['key-projects']
 * ```
 */
export const meta: DataMeta = sharedFrozen(`meta:${dataKey}`, () => generatedMeta as DataMeta);
