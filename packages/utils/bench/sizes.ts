/**
 * The README's size table: each entry of the built package and the named imports people use most,
 * bundled from `dist` through the package's `exports` exactly as `test/size/size.test.ts` does
 * (esbuild, minified, ESM, es2022, gzip -9), with the bars of issues 11 and 13. Written through
 * scripts/readme-figures.ts.
 *
 * Run after a build: pnpm --filter @gongbao/utils exec tsx bench/sizes.ts [--no-write]
 * (also a step of the root `pnpm bench:figures`).
 */
import { writeReadmeFigures } from '../../../scripts/readme-figures';
import { bundleDist } from '../test/size/bundle';

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;
const rows: string[][] = [];
const dates = bundleDist("export * from '@gongbao/utils/dates';");

const lines: Array<[string, string, string]> = [
  ['all of `@gongbao/utils/dates`', "export * from '@gongbao/utils/dates';", '≤ 5,120 B'],
  ['all of `@gongbao/utils/numbering`', "export * from '@gongbao/utils/numbering';", '≤ 3,072 B'],
  ['all of `@gongbao/utils`', "export * from '@gongbao/utils';", '—'],
  ['`{ isWorkingDay }`', "export { isWorkingDay } from '@gongbao/utils/dates';", '< 2,106 B'],
  ['`{ isLeapYear }`', "export { isLeapYear } from '@gongbao/utils/dates';", '—'],
  ['`{ parseChineseDate }`', "export { parseChineseDate } from '@gongbao/utils/dates';", '≤ 1,280 B'],
  ['`{ findDates }`', "export { findDates } from '@gongbao/utils/dates';", '—'],
  [
    '`{ parseDocumentNumber }` from `@gongbao/utils`',
    "export { parseDocumentNumber } from '@gongbao/utils';",
    '≤ 1,536 B',
  ],
  ['`{ parseChineseNumber }`', "export { parseChineseNumber } from '@gongbao/utils/numbering';", '—'],
  ['`{ parseHolidayNotice }`', "export { parseHolidayNotice } from '@gongbao/utils/calendar';", '—'],
];
for (const [name, code, bar] of lines) {
  const size = bundleDist(code);
  rows.push([name, bytes(size.minified), bytes(size.gzipped), bar]);
}
const both = bundleDist("export * from '@gongbao/utils/dates'; export * from '@gongbao/utils/calendar';");
rows.push([
  'all of `@gongbao/utils/calendar`, on top of all of dates',
  bytes(both.minified - dates.minified),
  bytes(both.gzipped - dates.gzipped),
  '≤ 2,048 B',
]);

writeReadmeFigures({
  readme: new URL('../README.md', import.meta.url),
  name: 'utils-sizes',
  command: 'pnpm --filter @gongbao/utils exec tsx bench/sizes.ts',
  header: ['import (from the built dist)', 'min', 'min+gzip', 'bar'],
  rows,
  note: '`test/size/size.test.ts` bundles the same way, asserts these bars where they are met (and ceilings where not), and prints every public export against its own code plus what it calls.',
});
