import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { gongbao } from './gongbao';

/** A `$ gongbao …` line of a ```console block and the lines it prints. */
interface Example {
  readonly args: string[];
  readonly output: string;
}

/** The arguments of a command line: words split at spaces, "double quotes" kept together. */
function words(line: string): string[] {
  return Array.from(line.matchAll(/"([^"]*)"|(\S+)/gu), (m) => m[1] ?? m[2] ?? '');
}

function examples(): Example[] {
  const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'));
  const found: Example[] = [];
  for (const [, block = ''] of section.matchAll(/```console\n([\s\S]*?)```/gu)) {
    for (const part of block.split(/^\$ /mu).slice(1)) {
      const [command = '', ...output] = part.split('\n');
      const [program, ...args] = words(command);
      expect(program).toBe('gongbao');
      found.push({ args, output: output.join('\n') });
    }
  }
  return found;
}

it('prints what the README shows for each example of "Command line" (stdout, or stderr when it fails)', async () => {
  const all = examples();
  expect(all.length).toBeGreaterThan(10);
  const runs = await Promise.all(all.map((example) => gongbao(example.args)));
  all.forEach((example, i) => {
    const run = runs[i];
    const shown = run?.status === 0 ? run.stdout : run?.stderr;
    expect(shown, `gongbao ${example.args.join(' ')}`).toBe(example.output);
  });
});
