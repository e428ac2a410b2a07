#!/usr/bin/env node
// Builds the workspace packages whose inputs changed since their last build, in dependency
// order, and nothing else. A package's stamp (dist/.build-stamp) is a SHA-256 of its own build
// inputs (everything in its folder but dist/, node_modules/, test/, bench/ and *.md), the stamps
// of the workspace packages it depends on, and the shared build settings at the root. So an
// already-built tree is checked in well under a second, and a change to utils rebuilds utils and
// everything downstream of it.
//
// Usage: node scripts/build-changed.mjs [--quiet] [--force] [--dry-run] [--root DIR]
//   --quiet    print one line (what was built) instead of the build logs; logs are shown on failure
//   --force    rebuild every package
//   --dry-run  print what would be built, in order, and build nothing
//   --root     the workspace to build (default: this repository; the tests use a scratch one)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const argv = process.argv.slice(2);
const rootFlag = argv.indexOf('--root');
const root = rootFlag >= 0 && argv[rootFlag + 1] ? resolve(argv[rootFlag + 1]) : resolve(import.meta.dirname, '..');
const quiet = argv.includes('--quiet');
const force = argv.includes('--force');
const dryRun = argv.includes('--dry-run');
const SKIPPED_DIRS = new Set(['dist', 'node_modules', 'test', 'bench', '.turbo', 'coverage']);
const ROOT_INPUTS = ['tsconfig.base.json', 'pnpm-lock.yaml'];

/** The workspace packages, each with the workspace packages it depends on. */
function workspacePackages() {
  const folders = readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
    .map((entry) => join(root, 'packages', entry.name));
  const manifests = folders.map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
  }));
  const names = new Set(manifests.map(({ manifest }) => manifest.name));
  return manifests.map(({ dir, manifest }) => ({
    dir,
    name: manifest.name,
    hasBuild: typeof manifest.scripts?.build === 'string',
    deps: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies }).filter(
      (dep) => names.has(dep) && dep !== manifest.name,
    ),
  }));
}

/** Packages in an order where every package comes after the workspace packages it depends on. */
function topologicalOrder(packages) {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const order = [];
  const state = new Map();
  const visit = (pkg) => {
    if (state.get(pkg.name) === 'done') return;
    if (state.get(pkg.name) === 'visiting') throw new Error(`dependency cycle through ${pkg.name}`);
    state.set(pkg.name, 'visiting');
    for (const dep of pkg.deps) visit(byName.get(dep));
    state.set(pkg.name, 'done');
    order.push(pkg);
  };
  for (const pkg of packages) visit(pkg);
  return order;
}

/** Every build input file under `dir`, sorted, as paths relative to `dir`. */
function inputFiles(dir) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(folder, entry.name));
      } else if (entry.isFile() && !entry.name.endsWith('.md')) {
        files.push(relative(dir, join(folder, entry.name)));
      }
    }
  };
  walk(dir);
  return files.sort();
}

function stampOf(pkg, depStamps) {
  const hash = createHash('sha256');
  for (const file of ROOT_INPUTS) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(`root:${file}\0`).update(readFileSync(path));
  }
  for (const dep of pkg.deps) hash.update(`dep:${dep}\0${depStamps.get(dep)}\0`);
  for (const file of inputFiles(pkg.dir)) hash.update(`file:${file}\0`).update(readFileSync(join(pkg.dir, file)));
  return hash.digest('hex');
}

const stampFile = (pkg) => join(pkg.dir, 'dist', '.build-stamp');
const built = [];
const stamps = new Map();
for (const pkg of topologicalOrder(workspacePackages())) {
  if (!pkg.hasBuild) continue;
  const before = stampOf(pkg, stamps);
  const previous = existsSync(stampFile(pkg)) ? readFileSync(stampFile(pkg), 'utf8').trim() : '';
  if (!force && previous === before) {
    stamps.set(pkg.name, before);
    continue;
  }
  if (dryRun) {
    // A build stamps what its inputs are now (unless it rewrites them), so dependents see this.
    stamps.set(pkg.name, before);
    built.push(pkg.name);
    continue;
  }
  const result = spawnSync('pnpm', ['run', 'build'], {
    cwd: pkg.dir,
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    if (quiet) {
      process.stdout.write(result.stdout ?? '');
      process.stderr.write(result.stderr ?? '');
    }
    process.stderr.write(`build of ${pkg.name} failed\n`);
    process.exit(result.status ?? 1);
  }
  // Stamp after the build: a build step may rewrite committed inputs (core's JSON Schema files).
  const after = stampOf(pkg, stamps);
  writeFileSync(stampFile(pkg), `${after}\n`);
  stamps.set(pkg.name, after);
  built.push(pkg.name);
}
const verb = dryRun ? 'would build' : 'built';
if (quiet || dryRun) process.stdout.write(built.length === 0 ? 'up to date\n' : `${verb} ${built.join(', ')}\n`);
