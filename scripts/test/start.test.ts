/**
 * `pnpm start` (scripts/start.mjs) on the built tree: the summary, then what to try next — and
 * every command it suggests works, every file it names exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers';

describe('pnpm start', () => {
  let output: string;
  beforeAll(() => {
    output = execFileSync(process.execPath, [join(repoRoot, 'scripts/start.mjs')], { cwd: repoRoot, encoding: 'utf8' });
  }, 120_000);

  it('finds the tree built, prints the summary of the issue', () => {
    expect(output).toMatch(/^Building packages… (up to date|built .+)\n/);
    expect(output).toContain('长治市人民政府公报');
  });

  const next = () => output.slice(output.indexOf('\nTry next:\n')).split('\n').slice(2).filter(Boolean);

  it('ends by telling a newcomer what to try next: the command line, the docs, the data files', () => {
    expect(output).toContain('\nTry next:\n');
    const lines = next().join('\n');
    expect(lines).toContain('node packages/cli/dist/bin.js --help');
    expect(lines).toContain('pnpm run docs');
    expect(lines).toContain('packages/data/');
  });

  it('suggests only commands that work and files that exist', () => {
    let checked = 0;
    for (const line of next()) {
      const command = /^ {4}node packages\/cli\/dist\/bin\.js (.+?)\s{2,}/.exec(line)?.[1];
      if (command) {
        const run = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/dist/bin.js'), ...command.split(' ')], {
          cwd: repoRoot,
          encoding: 'utf8',
        });
        expect(run.status, `${command}: ${run.stderr}`).toBe(0);
        checked++;
        continue;
      }
      const path = /^ {4}((?:packages|docs)\/\S+|CONTRIBUTING\.md)/.exec(line)?.[1];
      if (path) {
        expect(existsSync(join(repoRoot, path)), path).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });
});
