import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = `${import.meta.dirname}/../../src`;

/** Bundles `entry` (ESM, minified, tree-shaken) and returns its gzip size in bytes. */
async function minGzipSize(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length;
}

describe('bundle size (esbuild bundle + minify, gzip -9)', () => {
  it('the whole numbering module is at most 3 KB', async () => {
    expect(await minGzipSize(`export * from './numbering/index.ts';`)).toBeLessThanOrEqual(3 * 1024);
  });

  it('parseDocumentNumber alone, imported from the package entry, is at most 1.5 KB', async () => {
    expect(await minGzipSize(`export { parseDocumentNumber } from './index.ts';`)).toBeLessThanOrEqual(1.5 * 1024);
  });
});
