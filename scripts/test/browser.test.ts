/**
 * A real browser: the built ESM entries of utils, core and data bundled as an app bundles them
 * (esbuild, platform browser), no `node:` module in any of them, and every example of those
 * packages (their `@example`s and README blocks) run in headless Chromium.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserResult,
  browserEntries,
  browserExamples,
  bundleEntries,
  bundleExamples,
  runInChromium,
} from '../browser/smoke';
import { examplesDir, type GeneratedExample, generateExamples } from '../examples/check';
import { repoRoot } from './helpers';

describe('in a browser', () => {
  const dir = join(repoRoot, '.cache/browser');
  let resolveDir: string;
  let examples: GeneratedExample[];
  beforeAll(() => {
    resolveDir = examplesDir(repoRoot);
    examples = browserExamples(repoRoot, generateExamples(repoRoot, resolveDir));
  }, 60_000);

  it('bundles every browser entry of utils, core and data with no node: module', async () => {
    const bundles = await bundleEntries(repoRoot, resolveDir);
    expect(bundles.map((b) => b.specifier)).toEqual(browserEntries(repoRoot).map((e) => e.specifier));
    expect(bundles.map((b) => b.specifier)).toEqual(
      expect.arrayContaining(['@gongbao/utils', '@gongbao/core', '@gongbao/data']),
    );
    const problems = bundles.filter((b) => b.error || b.nodeImports.length > 0);
    expect(problems.map((b) => `${b.specifier}: ${b.error ?? b.nodeImports.join(', ')}`)).toEqual([]);
    for (const b of bundles) expect(b.bytes, b.specifier).toBeGreaterThan(100);
  }, 60_000);

  it('runs every example of utils, core and data in headless Chromium', async () => {
    expect(examples.filter((e) => e.kind === 'doc-comment').length).toBeGreaterThan(80);
    expect(examples.some((e) => e.kind === 'markdown')).toBe(true);
    const nodeImports = await bundleExamples(examples, resolveDir, join(dir, 'out'));
    expect(nodeImports).toEqual([]);
    const { results, userAgent } = await runInChromium(
      join(dir, 'out'),
      examples.map((e) => e.module),
    );
    expect(userAgent).toContain('HeadlessChrome');
    const failed = results
      .map((r: BrowserResult, i) => ({ ...r, example: examples[i] as GeneratedExample }))
      .filter((r) => !r.ok)
      .map((r) => `${r.example.file}:${r.example.line}  ${r.message}`);
    expect(failed).toEqual([]);
    expect(results).toHaveLength(examples.length);
  }, 120_000);
});
