/**
 * Schemas of the data-specific entities (the gazette entities' schemas are in `@gongbao/core`).
 * A separate entry point, so importing the data does not load zod.
 *
 * @packageDocumentation
 */
export { KnownGapSchema } from './known-gap.js';
export { TimelineEntrySchema, TimelineSourceSchema } from './timeline-entry.js';
