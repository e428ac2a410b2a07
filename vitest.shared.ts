import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineProject } from 'vitest/config';

const root = import.meta.dirname;

/**
 * Aliases from every workspace package's public entry points to their TypeScript sources, read
 * from the `exports` maps (`./dist/x.js` → `./src/x.ts`), so tests run on the sources without a
 * build and cover exactly the public subpaths.
 */
function workspaceAliases(): Array<{ find: RegExp; replacement: string }> {
  const aliases: Array<{ find: RegExp; replacement: string }> = [];
  for (const folder of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', folder);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, string | { import: { default: string } }>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const file = typeof target === 'string' ? target : target.import.default;
      const source = file.replace(/^\.\/dist\/(.*)\.js$/, './src/$1.ts');
      const specifier = manifest.name + subpath.slice(1);
      const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      aliases.push({ find: new RegExp(`^${escaped}$`), replacement: resolve(dir, source) });
    }
  }
  return aliases;
}

/**
 * The test setup every package shares: unit tests in `test/` (and beside the sources), type tests
 * (`*.test-d.ts`) checked by `tsc`, benchmarks in `bench/`.
 */
export function packageProject(name: string) {
  return defineProject({
    resolve: { alias: workspaceAliases() },
    test: {
      name,
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      benchmark: { include: ['bench/**/*.bench.ts'] },
      typecheck: {
        enabled: true,
        include: ['test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
    },
  });
}
