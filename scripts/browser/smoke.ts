/**
 * The browser smoke test: bundles the built ESM entries of the browser packages (utils, core, data)
 * as an app would (esbuild, platform browser, from `node_modules/@gongbao/*`, through the packages'
 * `exports`), checks that no `node:` module reaches them, and runs the packages' examples — every
 * `@example` and README block, as the examples harness writes them — in headless Chromium.
 *
 * Entry points that are for Node only are listed in the package's smoke.json as `"nodeOnly"`
 * (for example `"./files"`, which returns paths on disk); they are left out, and so are examples
 * that import them or a `node:` module.
 *
 *   pnpm smoke:browser         (after a build; CHROMIUM=/path/to/chromium to use another)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { GeneratedExample } from '../examples/check.js';

export const BROWSER_PACKAGES = ['utils', 'core', 'data'] as const;
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** The flags of a quiet, throw-away headless Chromium (the profile is a fresh temporary folder). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A browser entry point: `@gongbao/core`, `@gongbao/utils/dates` … */
export interface BrowserEntry {
  folder: string;
  specifier: string;
}

type ExportTarget = string | { import?: string | { default?: string } };

/** The ESM entry points of the browser packages, without the JSON files and the Node-only ones. */
export function browserEntries(root: string): BrowserEntry[] {
  return BROWSER_PACKAGES.flatMap((folder) => {
    const dir = join(root, 'packages', folder);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, ExportTarget>;
    };
    const smoke = JSON.parse(readFileSync(join(dir, 'smoke.json'), 'utf8')) as { nodeOnly?: string[] };
    const nodeOnly = new Set(smoke.nodeOnly ?? []);
    return Object.entries(manifest.exports)
      .filter(([subpath, target]) => {
        const file =
          typeof target === 'string'
            ? target
            : typeof target.import === 'string'
              ? target.import
              : target.import?.default;
        return !nodeOnly.has(subpath) && file !== undefined && /^\.\/dist\/.+\.js$/.test(file);
      })
      .map(([subpath]) => ({ folder, specifier: manifest.name + subpath.slice(1) }));
  });
}

/** The `node:` imports found in a bundle's inputs (metafile) or text. */
function nodeImports(inputs: readonly string[], text: string): string[] {
  const found = new Set(inputs.filter((i) => i.startsWith('node:')));
  for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](node:[\w/]+)["']/g))
    found.add(m[1] ?? '');
  return [...found];
}

const emptyTsconfig = (dir: string) => {
  // Resolve through node_modules and `exports` as an app does, not through the workspace paths.
  const path = join(dir, 'tsconfig.app.json');
  writeFileSync(path, '{ "compilerOptions": {} }\n');
  return path;
};

/** Bundles each browser entry on its own (minified); its size and any `node:` import or build error. */
export async function bundleEntries(
  root: string,
  resolveDir: string,
): Promise<Array<BrowserEntry & { bytes: number; nodeImports: string[]; error?: string }>> {
  const tsconfig = emptyTsconfig(resolveDir);
  const out = [];
  for (const entry of browserEntries(root)) {
    try {
      const result = await build({
        stdin: { contents: `export * from '${entry.specifier}';`, resolveDir, loader: 'js' },
        bundle: true,
        platform: 'browser',
        format: 'esm',
        minify: true,
        write: false,
        metafile: true,
        logLevel: 'silent',
        tsconfig,
      });
      const text = result.outputFiles.map((f) => f.text).join('\n');
      out.push({ ...entry, bytes: text.length, nodeImports: nodeImports(Object.keys(result.metafile.inputs), text) });
    } catch (error) {
      out.push({ ...entry, bytes: 0, nodeImports: [], error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

const BROWSER_ASSERT = `
const canonical = (value) =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
export function __equal(actual, expected, text) {
  const a = canonical(actual);
  const b = canonical(expected);
  if (a !== b) throw new Error(\`\${text}: got \${a}, expected \${b}\`);
}
export function __throws(run, name) {
  try {
    run();
  } catch (error) {
    if (error && error.name === name) return;
    throw new Error(\`expected \${name}, got \${error && error.name}: \${error && error.message}\`);
  }
  throw new Error(\`expected \${name}, nothing was thrown\`);
}
`;

/** The examples of the browser packages that an app in a browser can run (no `node:`, no Node-only entry). */
export function browserExamples(root: string, examples: readonly GeneratedExample[]): GeneratedExample[] {
  const nodeOnly = browserEntriesNodeOnly(root);
  return examples.filter((e) => {
    if (!e.folder || !(BROWSER_PACKAGES as readonly string[]).includes(e.folder)) return false;
    const code = readFileSync(e.module, 'utf8');
    if (/from\s*['"]node:|import\(\s*['"]node:/.test(code)) return false;
    return ![...nodeOnly].some((specifier) => code.includes(`'${specifier}'`));
  });
}

function browserEntriesNodeOnly(root: string): Set<string> {
  const out = new Set<string>();
  for (const folder of BROWSER_PACKAGES) {
    const dir = join(root, 'packages', folder);
    const name = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name;
    const smoke = JSON.parse(readFileSync(join(dir, 'smoke.json'), 'utf8')) as { nodeOnly?: string[] };
    for (const subpath of smoke.nodeOnly ?? []) out.add(name + subpath.slice(1));
  }
  return out;
}

/**
 * Bundles the given example modules for the browser in one build (shared chunks for the packages)
 * into `outdir`; returns the `node:` imports found in the output (there must be none).
 */
export async function bundleExamples(
  examples: readonly GeneratedExample[],
  resolveDir: string,
  outdir: string,
): Promise<string[]> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const assertFile = join(outdir, '..', 'browser-assert.js');
  writeFileSync(assertFile, BROWSER_ASSERT);
  const assertPlugin: Plugin = {
    name: 'browser-assert',
    setup(b) {
      b.onResolve({ filter: /^\.\/__assert$/ }, () => ({ path: assertFile }));
    },
  };
  const result = await build({
    entryPoints: examples.map((e) => e.module),
    absWorkingDir: resolveDir,
    bundle: true,
    splitting: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    outdir,
    entryNames: '[name]',
    metafile: true,
    logLevel: 'silent',
    plugins: [assertPlugin],
    tsconfig: emptyTsconfig(resolveDir),
  });
  const texts = Object.keys(result.metafile.outputs).map((f) => readFileSync(resolve(resolveDir, f), 'utf8'));
  return nodeImports(Object.keys(result.metafile.inputs), texts.join('\n'));
}

/** One example's outcome in the browser. */
export interface BrowserResult {
  module: string;
  ok: boolean;
  message?: string;
}

/** Loads each bundled example module in headless Chromium, in order; returns how each went. */
export async function runInChromium(
  outdir: string,
  modules: readonly string[],
): Promise<{ results: BrowserResult[]; userAgent: string }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (Debian), or set CHROMIUM`);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const origin = 'http://gongbao.test';
    // The bundles are served from the out folder; nothing else is reachable.
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      if (url.pathname === '/')
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><meta charset="utf-8"><title>gongbao</title>',
        });
      const file = join(outdir, basename(url.pathname));
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: readFileSync(file, 'utf8') });
    });
    await page.goto(`${origin}/`);
    const names = modules.map((m) => `${basename(m).replace(/\.ts$/, '')}.js`);
    // A string, not a function: a test runner's transform would rewrite import() inside a function.
    const outcomes = (await page.evaluate(`(async (files) => {
      const out = [];
      for (const file of files) {
        try {
          await import('/' + file);
          out.push({ ok: true });
        } catch (error) {
          out.push({ ok: false, message: error instanceof Error ? error.message : String(error) });
        }
      }
      return out;
    })(${JSON.stringify(names)})`)) as Array<{ ok: boolean; message?: string }>;
    const userAgent = (await page.evaluate('navigator.userAgent')) as string;
    return {
      userAgent,
      results: modules.map((module, i) => ({ module, ...(outcomes[i] ?? { ok: false, message: 'did not run' }) })),
    };
  } finally {
    await browser.close();
  }
}
