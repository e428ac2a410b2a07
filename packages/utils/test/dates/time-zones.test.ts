import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { timeZoneDigest } from './fixtures/time-zone-digest-body.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/time-zone-digest.ts', import.meta.url));

/** Runs the digest in a child Node process with the given TZ (tsx loads the TypeScript sources). */
function digestIn(timeZone: string): string[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
    cwd: packageDir,
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

describe('time-zone independence', () => {
  const here = timeZoneDigest();

  it('the digest covers every day of the calendar with real answers', () => {
    expect(here).toHaveLength(6209 + 6);
    expect(here[0]).toBe('2010-01-01 holiday 2010-01-22 2011-01-31 二〇一〇年一月一日');
    expect(here.at(-1)).toBe('{"from":"2024-05-01","to":"2024-06-30"}');
  });

  // The child processes really run in the other zone: Date sees a different offset there.
  it.each(['America/Los_Angeles', 'Asia/Shanghai'])(
    'gives the same answers under TZ=%s',
    (timeZone) => {
      const offset = execFileSync(
        process.execPath,
        ['-e', 'process.stdout.write(String(new Date(0).getTimezoneOffset()))'],
        {
          env: { ...process.env, TZ: timeZone },
          encoding: 'utf8',
        },
      );
      expect(offset).toBe(timeZone === 'Asia/Shanghai' ? '-480' : '480');
      expect(digestIn(timeZone)).toEqual(here);
    },
    30_000,
  );
});
