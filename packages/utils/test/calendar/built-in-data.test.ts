import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCalendarData, storedNotices } from '../../scripts/calendar-data.js';

describe('the built-in calendar data', () => {
  it('is exactly what parsing the stored notices gives (pnpm --filter @gongbao/utils generate:calendar)', () => {
    const shipped = readFileSync(new URL('../../src/dates/prc-calendar-data.ts', import.meta.url), 'utf8');
    expect(shipped).toBe(renderCalendarData());
  });

  it('records a public source page for every stored notice', () => {
    const files = storedNotices();
    expect(files.length).toBe(20);
    for (const { file, url } of files) {
      expect(file).toMatch(/^\d{4}(?:-[a-z-]+)?\.txt$/);
      expect(url).toMatch(/^https?:\/\/\S+$/);
    }
  });
});
