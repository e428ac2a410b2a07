/**
 * `@gongbao/cli` — the `gongbao` command, also callable from code through {@link run}.
 *
 * @packageDocumentation
 */
export { type CliIo, run } from './run.js';
