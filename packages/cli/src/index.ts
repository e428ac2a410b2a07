/**
 * `@gongbao/cli` — the `gongbao` command, also callable from code through {@link run}.
 *
 * @packageDocumentation
 */

export type { WritableText } from './output.js';
export { type CliStreams, run } from './run.js';
