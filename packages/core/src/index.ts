/**
 * `@gongbao/core` — zod 4 schemas and inferred types for the entities of Chinese government
 * gazettes (政府公报) and official documents (公文, GB/T 9704-2012).
 *
 * @packageDocumentation
 */
export { type IsoDate, IsoDateSchema } from './iso-date.js';
