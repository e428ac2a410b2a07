/**
 * `@gongbao/parser` — from gazette text to validated `@gongbao/core` entities, with diagnostics
 * and provenance.
 *
 * @packageDocumentation
 */
export { LineIndex } from './line-index.js';
