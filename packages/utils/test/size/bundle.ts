/**
 * Bundle sizes as users get them: esbuild bundles an import of the BUILT package (`dist`, through
 * the `exports` map of package.json — the package refers to itself by name), minified, ESM,
 * es2022, then gzip -9. And the reference a bundle is judged against: the same export bundled
 * from a reduced copy of `src` that holds only the declarations it really calls (`closure.ts`).
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, buildSync, type Plugin } from 'esbuild';

/** The package folder: `@gongbao/utils` resolves from here to its own `dist`. */
export const packageDir = new URL('../..', import.meta.url).pathname;
const repositoryRoot = new URL('../../../..', import.meta.url).pathname;

/** A bundle's size in bytes, minified and minified + gzip -9, and its code. */
export interface BundleSize {
  minified: number;
  gzipped: number;
  code: string;
}

const options: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  charset: 'utf8',
  write: false,
  // No tsconfig: the repository's `paths` would resolve `@gongbao/utils` to `src`, not `dist`.
  tsconfigRaw: {},
};

function sizeOf(bytes: Uint8Array): BundleSize {
  return {
    minified: bytes.length,
    gzipped: gzipSync(bytes, { level: 9 }).length,
    code: new TextDecoder().decode(bytes),
  };
}

/**
 * Bundles `code`, which imports `@gongbao/utils…` by name: resolved through package.json
 * `exports` to the built `dist`, never to `src`.
 */
export function bundleDist(code: string): BundleSize {
  const result = buildSync({ ...options, stdin: { contents: code, resolveDir: packageDir, loader: 'js' } });
  const bytes = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return sizeOf(bytes);
}

/** Bundles `code` (importing `src` files by path) with `plugins`; used for the reference sizes. */
export async function bundleWith(code: string, plugins: Plugin[]): Promise<BundleSize> {
  const result = await build({ ...options, plugins, stdin: { contents: code, resolveDir: packageDir, loader: 'ts' } });
  const bytes = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return sizeOf(bytes);
}

/**
 * Why `dist` cannot be measured, or `undefined` when it is the build of the current sources
 * (`scripts/build-changed.mjs --dry-run` compares the content stamps; `pnpm test` builds first).
 */
export function staleDist(): string | undefined {
  const run = spawnSync(process.execPath, [`${repositoryRoot}scripts/build-changed.mjs`, '--dry-run'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) return `build-changed.mjs failed: ${run.stderr}`;
  return /@gongbao\/utils\b/.test(run.stdout)
    ? 'packages/utils/dist is not the build of the current sources: run `pnpm build:changed` (pnpm test does) first'
    : undefined;
}
