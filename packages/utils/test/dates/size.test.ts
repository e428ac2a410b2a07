import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('../..', import.meta.url).pathname;

/** Bundles `code` (resolved from the package folder) with esbuild, minified; returns byte sizes. */
function sizeOf(code: string): { minified: number; gzipped: number } {
  const result = buildSync({
    stdin: { contents: code, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    write: false,
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

describe('bundle size (esbuild, minified, gzip -9)', () => {
  it('the PRC working-day calendar (2019–2026 data and every working-day function) is ≤ 4 KB', () => {
    const size = sizeOf(
      "export { addWorkingDays, calendarCoverage, calendarSources, CalendarRangeError, countWorkingDays, dayType, isWorkingDay, nextWorkingDay } from './src/dates/index.ts';",
    );
    expect(size.gzipped).toBeLessThanOrEqual(4 * 1024);
  });

  it('parseChineseDate alone (with the numeral parser it needs) stays small', () => {
    expect(sizeOf("export { parseChineseDate } from './src/dates/index.ts';").gzipped).toBeLessThanOrEqual(2.5 * 1024);
  });

  // The whole entry does NOT meet the 4 KB bar: the text grammar (deadlines, durations,
  // findDates) and parseChineseNumber from numbering add about 5 KB. This ceiling guards against
  // growth; see the README's Dates section for the breakdown.
  it('the whole @gongbao/utils/dates entry stays under its recorded ceiling', () => {
    const size = sizeOf("export * from './src/dates/index.ts';");
    expect(size.gzipped).toBeLessThanOrEqual(7.25 * 1024);
  });
});
