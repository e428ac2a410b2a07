/** Writes `src/dates/prc-calendar-data.ts` from the stored notices: `pnpm --filter @gongbao/utils generate:calendar`. */
import { writeFileSync } from 'node:fs';
import { renderCalendarData } from './calendar-data.js';

writeFileSync(new URL('../src/dates/prc-calendar-data.ts', import.meta.url), renderCalendarData());
