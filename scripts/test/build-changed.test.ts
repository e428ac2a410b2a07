/**
 * scripts/build-changed.mjs on a scratch workspace of three packages (a ← b ← c, and d alone),
 * whose build writes dist/: what it builds first, on a built tree, after a change to a package
 * and to its dependency, after a change to a file that is not a build input, and when dist/ is gone.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers';

const script = join(repoRoot, 'scripts/build-changed.mjs');
const root = mkdtempSync(join(tmpdir(), 'gongbao-build-changed-'));
const build = (...flags: string[]) =>
  execFileSync(process.execPath, [script, '--root', root, '--quiet', ...flags], { encoding: 'utf8' }).trim();

function pkg(name: string, deps: string[]): void {
  const dir = join(root, 'packages', name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'test'), { recursive: true });
  // The build appends a line to a log, so the test can tell a build happened.
  const buildScript = `node -e "require('fs').mkdirSync('dist',{recursive:true});require('fs').appendFileSync('../../builds.log','${name}\\n')"`;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: `@x/${name}`,
      version: '0.0.0',
      scripts: { build: buildScript },
      dependencies: Object.fromEntries(deps.map((d) => [`@x/${d}`, 'workspace:^'])),
    }),
  );
  writeFileSync(join(dir, 'src/index.ts'), `export const ${name} = 1;\n`);
  writeFileSync(join(dir, 'test/index.test.ts'), '// not a build input\n');
  writeFileSync(join(dir, 'README.md'), `# ${name}\n`);
}

const builds = () => {
  const log = readFileSync(join(root, 'builds.log'), 'utf8').trim().split('\n').filter(Boolean);
  writeFileSync(join(root, 'builds.log'), '');
  return log;
};

describe('build-changed', () => {
  beforeAll(() => {
    writeFileSync(join(root, 'tsconfig.base.json'), '{}\n');
    writeFileSync(join(root, 'builds.log'), '');
    pkg('c', ['b']);
    pkg('b', ['a']);
    pkg('a', []);
    pkg('d', []);
  });

  it('builds every package first, dependencies before dependents', () => {
    expect(build('--dry-run')).toBe('would build @x/a, @x/b, @x/c, @x/d');
    expect(builds()).toEqual([]);
    expect(build()).toBe('built @x/a, @x/b, @x/c, @x/d');
    expect(builds()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('builds nothing on a built tree', () => {
    expect(build()).toBe('up to date');
    expect(builds()).toEqual([]);
  });

  it('rebuilds a changed package and everything that depends on it, nothing else', () => {
    appendFileSync(join(root, 'packages/a/src/index.ts'), 'export const more = 2;\n');
    expect(build('--dry-run')).toBe('would build @x/a, @x/b, @x/c');
    expect(build()).toBe('built @x/a, @x/b, @x/c');
    expect(builds()).toEqual(['a', 'b', 'c']);
    appendFileSync(join(root, 'packages/c/src/index.ts'), '// c only\n');
    expect(build()).toBe('built @x/c');
  });

  it('ignores tests and Markdown, but not the shared build settings', () => {
    appendFileSync(join(root, 'packages/a/test/index.test.ts'), '// more tests\n');
    appendFileSync(join(root, 'packages/a/README.md'), 'more words\n');
    expect(build()).toBe('up to date');
    writeFileSync(join(root, 'tsconfig.base.json'), '{ "compilerOptions": {} }\n');
    expect(build()).toBe('built @x/a, @x/b, @x/c, @x/d');
    builds();
  });

  it('rebuilds a package whose dist/ is gone, and not its dependents (their inputs did not change)', () => {
    rmSync(join(root, 'packages/b/dist'), { recursive: true });
    expect(build('--dry-run')).toBe('would build @x/b');
    expect(build()).toBe('built @x/b');
    expect(builds()).toEqual(['b']);
  });

  it('--force rebuilds everything', () => {
    expect(build('--force')).toBe('built @x/a, @x/b, @x/c, @x/d');
    builds();
  });
});
