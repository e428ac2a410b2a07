/**
 * Bundles an import of `@gongbao/core` the way an app's bundler does: from the built dist, through
 * the package's `exports` and `sideEffects: false` (esbuild, minified, ESM), with zod external and
 * `@gongbao/utils` bundled from its own dist. No tsconfig paths: what users install, not `src`.
 * Used by test/bundle-size.test.ts (the bars) and bench/sizes.ts (the README table).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** One measured bundle: minified bytes and gzip bytes, and the minified code. */
export interface BundleSize {
  readonly code: string;
  readonly min: number;
  readonly gzip: number;
}

/**
 * Bundles `import { names } from '@gongbao/core'` (or `*`) from dist.
 *
 * @param names - The named imports, or `'*'` for everything.
 * @param external - Packages left out besides zod (e.g. `@gongbao/utils`, to see core's own share).
 */
export async function bundleDist(
  names: readonly string[] | '*',
  external: readonly string[] = [],
): Promise<BundleSize> {
  const contents =
    names === '*'
      ? "import * as core from '@gongbao/core'; console.log(core);"
      : `import { ${names.join(', ')} } from '@gongbao/core'; console.log(${names.join(', ')});`;
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    external: ['zod', ...external],
    tsconfigRaw: {},
    charset: 'utf8',
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { code: new TextDecoder().decode(bytes), min: bytes.length, gzip: gzipSync(bytes).length };
}
