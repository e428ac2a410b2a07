#!/usr/bin/env node
// Packs every workspace package, installs the tarballs into a fresh project outside the
// workspace, and imports each package the ways downstream users do: ESM, CJS, and TypeScript
// type-checked with moduleResolution "bundler" and "node16". This is what proves a published
// version works for a project that pins it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'gongbao-smoke-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

// Each package with a named export that must be there from every entry point.
const packages = readdirSync(join(root, 'packages')).map((folder) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
  const smoke = JSON.parse(readFileSync(join(root, 'packages', folder, 'smoke.json'), 'utf8'));
  return { folder, name: manifest.name, ...smoke };
});

try {
  const tarballs = [];
  for (const { folder } of packages) {
    const out = run('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', folder));
    const tarball = out.trim().split('\n').pop().trim();
    tarballs.push(resolve(work, tarball));
  }
  // Every tarball carries the licence and the README, and a released version its CHANGELOG.
  for (const [i, { name, folder }] of packages.entries()) {
    const listed = new Set(run('tar', ['-tzf', tarballs[i]], work).split('\n'));
    const version = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')).version;
    const required = ['package/LICENSE', 'package/README.md', 'package/package.json'];
    if (version !== '0.0.0') required.push('package/CHANGELOG.md');
    const missing = required.filter((file) => !listed.has(file));
    if (missing.length > 0) throw new Error(`${name}: the tarball lacks ${missing.join(', ')}`);
  }
  console.log('tarball contents ok (LICENSE, README.md, CHANGELOG.md once released)');
  const zodVersion = JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')).version;
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'smoke', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `zod@${zodVersion}`, ...tarballs], work);

  // ESM and CJS: every entry point (package + subpaths) exposes its named export.
  const checks = packages.flatMap(({ name, entries }) =>
    Object.entries(entries).map(([subpath, exported]) => ({ specifier: name + subpath.slice(1), exported })),
  );
  const esm = checks
    .map(
      ({ specifier, exported }, i) =>
        `import * as m${i} from '${specifier}';\nif (m${i}.${exported} === undefined) throw new Error('${specifier}: ${exported} missing (ESM)');`,
    )
    .join('\n');
  const cjs = checks
    .map(
      ({ specifier, exported }) =>
        `if (require('${specifier}').${exported} === undefined) throw new Error('${specifier}: ${exported} missing (CJS)');`,
    )
    .join('\n');
  writeFileSync(join(work, 'esm.mjs'), `${esm}\nconsole.log('ESM ok');\n`);
  writeFileSync(join(work, 'cjs.cjs'), `${cjs}\nconsole.log('CJS ok');\n`);
  process.stdout.write(run('node', ['esm.mjs'], work));
  process.stdout.write(run('node', ['cjs.cjs'], work));

  // TypeScript: the same imports type-check under both resolutions users have.
  const ts = checks
    .map(
      ({ specifier, exported }, i) =>
        `import { ${exported} as e${i} } from '${specifier}';\nexport const t${i}: unknown = e${i};`,
    )
    .join('\n');
  writeFileSync(join(work, 'check.ts'), `${ts}\n`);
  writeFileSync(join(work, 'check.cts'), `${ts}\n`);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const [moduleKind, resolution] of [
    ['ESNext', 'bundler'],
    ['Node16', 'node16'],
  ]) {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: moduleKind,
        moduleResolution: resolution,
        target: 'ES2022',
        types: [],
        skipLibCheck: false,
      },
      files: resolution === 'node16' ? ['check.ts', 'check.cts'] : ['check.ts'],
    };
    writeFileSync(join(work, `tsconfig.${resolution}.json`), JSON.stringify(config));
    run('node', [tsc, '-p', `tsconfig.${resolution}.json`], work);
    console.log(`TypeScript (${resolution}) ok`);
  }

  // The command-line entry runs from the installed package.
  const help = run(join(work, 'node_modules/.bin/gongbao'), ['help'], work);
  if (!help.startsWith('Usage: gongbao')) throw new Error(`gongbao help printed: ${help}`);
  // As a user runs it: npx, the version, and one command that loads the data.
  const version = run('npx', ['--no-install', 'gongbao', '--version'], work).trim();
  const expected = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;
  if (version !== expected) throw new Error(`npx gongbao --version printed ${version}, expected ${expected}`);
  const shown = JSON.parse(run('npx', ['--no-install', 'gongbao', 'show', '长政发[2024]5号', '--json'], work));
  if (shown.id !== '长政发-2024-5') throw new Error(`npx gongbao show printed the document ${shown.id}`);
  console.log('bin ok (npx gongbao --version, npx gongbao show)');
  console.log(`pack smoke test passed: ${packages.length} packages, ${checks.length} entry points`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
