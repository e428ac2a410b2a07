/**
 * Bundle sizes of what users install: every import bundles the BUILT `dist` through the package's
 * `exports` (esbuild, minified, ESM, es2022, gzip -9 — see `bundle.ts`). Each public export of
 * each entry is also compared with its own code plus what it really calls (`closure.ts`): a
 * bundler must be able to drop everything else.
 */
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BundleSize, bundleDist, bundleWith, packageDir, staleDist } from './bundle.js';
import { closureOf, closurePlugin, sourceProgram } from './closure.js';

const srcDir = `${packageDir}src`;
const ENTRIES = {
  '@gongbao/utils': 'index.ts',
  '@gongbao/utils/numbering': 'numbering/index.ts',
  '@gongbao/utils/dates': 'dates/index.ts',
  '@gongbao/utils/calendar': 'calendar/index.ts',
} as const;
type Entry = keyof typeof ENTRIES;

/**
 * The exports known to bundle more than 1.2× what they call, and why. Each is asserted to be over,
 * so that the entry must go when it is fixed.
 */
const OVER: Record<string, string> = {
  // chinese-date.ts builds its DATE RegExp at load from date-grammar.ts's template strings, and
  // date-grammar.ts builds NUMERAL: no bundler can drop them (a template of imported or `var`
  // strings may have side effects), so formatChineseDate carries the parser's patterns.
  formatChineseDate: 'module-level RegExps of chinese-date.ts and date-grammar.ts',
};

const cache = new Map<string, BundleSize>();
/** The dist bundle of `code`, memoised (several tests ask for the same bundle). */
const dist = (code: string): BundleSize => {
  const size = cache.get(code) ?? bundleDist(code);
  cache.set(code, size);
  return size;
};
const all = (entry: Entry) => dist(`export * from '${entry}';`);

beforeAll(() => {
  const stale = staleDist();
  if (stale) throw new Error(stale);
}, 60_000);

describe('whole entries, from dist (min+gzip)', () => {
  // The issue's bar is 5,120 B. NOT met yet (5,501 B): the 17 years of calendar data with
  // calendarSources (~0.55 KB gz; denser encodings measured — one string, base-36 gaps, 1w as one
  // letter, weekend-day gaps, a code for the standard title — gain 3–29 B before their decoder, as
  // gzip already shares the repeats), the calendar index and queries (~0.6 KB), findDates with its
  // anchored places (~0.7 KB, for a scan four times as fast: issue #11's bar, 3× chrono-node), the
  // deadline resolver (~0.6 KB), the numeral reader (~0.35 KB). A tight ceiling against growth
  // (5,748 → 5,724 B: declared error fields, ANCHORED built from DIGITS; → 5,712 B: calendars of
  // data properties, the coverage computed when a calendar is made; → 5,607 B: day types coded so
  // that one bit marks a working day, the last covered year generated with the data, shorter
  // alternations, fewer defaults and guards, the calendar data as one string per table; → 5,514 B:
  // findDates keeps the longest find of each place as it scans, the deadline resolver's last day
  // as one function, 每 and the relative words in one group before 年 and 月, the numeral reader
  // without replaces; → 5,501 B: the built-in coverage without a wrapper, digits read by two tests).
  it('@gongbao/utils/dates does not grow past 5,501 B (bar: 5,120 B, not met yet)', () => {
    expect(all('@gongbao/utils/dates').gzipped).toBeLessThanOrEqual(5501);
  });

  it('@gongbao/utils/numbering is at most 3,072 B', () => {
    expect(all('@gongbao/utils/numbering').gzipped).toBeLessThanOrEqual(3072);
  });

  // Issue #13's bar: 2,048 B on top of dates, met (the notice parser ~1.45 KB, createCalendar's
  // checks and merging ~0.47 KB). History: 2,757 → 2,424 B over earlier rounds (one failWith,
  // frozen calendars of data properties, day types recoded …); → 2,171 B: the title and 成文日期
  // read by one bounded lookahead at each 国务院, the headings by one pattern, an item's dates by
  // one token pattern; → 2,196 B with its code unchanged when dates lost 93 B (the calendar's code
  // had compressed against some of them); → 2,035 B, the bar: what follows a date read by the
  // token pattern, the weekday note found in the token, the item's text sliced once, the
  // amendment's name by one split, a wrong 共N天 quoted as written.
  it('@gongbao/utils/calendar (parseHolidayNotice, createCalendar, prcCalendar) adds at most 2,048 B to dates', () => {
    const both = dist("export * from '@gongbao/utils/dates'; export * from '@gongbao/utils/calendar';");
    expect(both.gzipped - all('@gongbao/utils/dates').gzipped).toBeLessThanOrEqual(2048);
  });

  it('isWorkingDay alone stays under 2,106 B and bundles no notice parser', () => {
    const size = dist("export { isWorkingDay } from '@gongbao/utils/dates';");
    expect(size.gzipped).toBeLessThan(2106);
    expect(size.code).not.toContain('NOT_A_HOLIDAY_NOTICE');
    expect(dist("export { isWorkingDay } from '@gongbao/utils';").gzipped).toBe(size.gzipped);
  });

  it('the working-day functions with the calendar data are at most 4 KB, parseChineseDate at most 1.25 KB', () => {
    const calendar = dist(
      "export { addWorkingDays, calendarCoverage, calendarSources, CalendarRangeError, countWorkingDays, dayType, isWorkingDay, nextWorkingDay } from '@gongbao/utils/dates';",
    );
    expect(calendar.gzipped).toBeLessThanOrEqual(4096);
    expect(dist("export { parseChineseDate } from '@gongbao/utils/dates';").gzipped).toBeLessThanOrEqual(1280);
  });

  it('parseDocumentNumber from the package entry is at most 1,536 B', () => {
    expect(dist("export { parseDocumentNumber } from '@gongbao/utils';").gzipped).toBeLessThanOrEqual(1536);
  });

  it('the dates entry reads numerals without the numbering module (only ParseError of it)', () => {
    const { code } = all('@gongbao/utils/dates');
    expect(code).toContain('ParseError');
    // 亿 and the financial numerals are only in numbering's parseChineseNumber/formatChineseNumber.
    expect(code).not.toMatch(/[亿壹贰]/);
  });
});

describe('every public export costs at most 1.2× its own code plus what it really calls', () => {
  const program = sourceProgram(srcDir, Object.values(ENTRIES));
  const checker = program.getTypeChecker();
  const rows: string[] = [];

  for (const [entry, file] of Object.entries(ENTRIES) as Array<[Entry, string]>) {
    const source = program.getSourceFile(`${srcDir}/${file}`);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`no module for ${file}`);
    const values = checker.getExportsOfModule(moduleSymbol).filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    });

    it(`${entry}: ${values.length} exports`, async () => {
      for (const symbol of values) {
        const name = symbol.name;
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const declaringFile = target.declarations?.[0]?.getSourceFile().fileName as string;
        const kept = closureOf(program, declaringFile, name);
        const ideal = await bundleWith(`export { ${name} } from '${declaringFile}';`, [closurePlugin(srcDir, kept)]);
        const actual = dist(`export { ${name} } from '${entry}';`);
        rows.push(
          `${`${entry} { ${name} }`.padEnd(52)} ${String(actual.minified).padStart(6)} B min ${String(actual.gzipped).padStart(5)} B gz   ideal ${String(ideal.minified).padStart(6)} B min   ×${(actual.minified / ideal.minified).toFixed(2)}`,
        );
        const over = OVER[name];
        if (over) expect.soft(actual.minified / ideal.minified, `${entry} { ${name} } (${over})`).toBeGreaterThan(1.2);
        else expect.soft(actual.minified, `${entry} { ${name} }`).toBeLessThanOrEqual(1.2 * ideal.minified);
      }
    }, 120_000); // dozens of bundles: generous on a loaded machine
  }

  it('prints the table', () => {
    const header = ['entry sizes (min / min+gz):'];
    for (const entry of Object.keys(ENTRIES) as Entry[]) {
      const size = all(entry);
      header.push(`  ${entry.padEnd(26)} ${String(size.minified).padStart(6)} B ${String(size.gzipped).padStart(6)} B`);
    }
    console.log(
      [...header, 'each public export (dist bundle vs. its own code plus what it calls):', ...rows].join('\n'),
    );
    expect(rows.length).toBeGreaterThan(40);
  });
});
