import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/differential-chinese-days.ts', import.meta.url));

interface Report {
  days: number;
  comparisons: number;
  outside: number;
  disagreements: unknown[];
}

// chinese-days formats dates in the process time zone and is right only under UTC, so the
// comparison runs in a child process with TZ=UTC (setting process.env.TZ inside a Vitest worker is
// not reliable). Under TZ=America/Los_Angeles chinese-days answers a day off; we never do (see
// time-zones.test.ts).
describe('differential test against chinese-days (TZ=UTC)', () => {
  it('agrees on isWorkingDay and addWorkingDays for every day of 2010–2026', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: packageDir,
      env: { ...process.env, TZ: 'UTC' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(output) as Report;
    expect(report.days).toBe(6209);
    // One isWorkingDay and ten addWorkingDays questions a day, less those whose answer falls
    // outside the covered years (we throw CalendarRangeError there; chinese-days guesses).
    expect(report.comparisons + report.outside).toBe(6209 * 11);
    expect(report.outside).toBeLessThan(200);
    expect(report.disagreements).toEqual([]);
  }, 60_000);
});
