/**
 * Measures what an app bundles from the built dist for a few imports (test/bundle-dist.ts) and
 * writes the README's "Bundle sizes" table (between `<!-- bench:sizes -->` markers, through
 * scripts/readme-figures.ts).
 *
 * Run after a build: pnpm --filter @gongbao/core exec tsx bench/sizes.ts [--no-write]
 */
import { writeReadmeFigures } from '../../../scripts/readme-figures';
import { bundleDist } from '../test/bundle-dist';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const imports: Array<[string, readonly string[] | '*']> = [
  ['`{ DocumentNumberSchema }`', ['DocumentNumberSchema']],
  ['`{ IsoDateSchema }`', ['IsoDateSchema']],
  ['`{ documentToText }`', ['documentToText']],
  ['`{ TableSchema }`', ['TableSchema']],
  ['`{ DocumentSchema }`', ['DocumentSchema']],
  ['`{ GazetteIssueSchema }`', ['GazetteIssueSchema']],
  ['everything (`import *`)', '*'],
];
const rows: string[][] = [];
for (const [label, names] of imports) {
  const whole = await bundleDist(names);
  const own = await bundleDist(names, ['@gongbao/utils']);
  rows.push([label, kb(whole.min), kb(whole.gzip), kb(own.gzip)]);
}
writeReadmeFigures({
  readme: new URL('../README.md', import.meta.url),
  name: 'sizes',
  command: 'pnpm --filter @gongbao/core exec tsx bench/sizes.ts',
  header: ['import', 'min', 'gzip', 'gzip without @gongbao/utils'],
  rows,
  note: 'esbuild, minified ESM from the built dist (through the package exports, `sideEffects: false`), zod external; `@gongbao/utils` bundled from its dist, except in the last column. `test/bundle-size.test.ts` holds the bars.',
});
