/**
 * `@gongbao/utils` — pure functions for the numbering and date logic of Chinese official
 * documents. No run-time dependencies.
 *
 * Subpaths: `@gongbao/utils/numbering`, `@gongbao/utils/dates`.
 *
 * @packageDocumentation
 */

export * from './dates/index.js';
export * from './numbering/index.js';
