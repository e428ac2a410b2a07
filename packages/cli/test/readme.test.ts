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

/** The `$ gongbao …` examples of every ```console block of a Markdown text. */
function examples(section: string): Example[] {
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

function read(path: string): string {
  return readFileSync(join(import.meta.dirname, path), 'utf8');
}

async function expectPrintsWhatIsShown(all: Example[]): Promise<void> {
  const runs = await Promise.all(all.map((example) => gongbao(example.args)));
  all.forEach((example, i) => {
    const run = runs[i];
    const shown = run?.status === 0 ? run.stdout : run?.stderr;
    expect(shown, `gongbao ${example.args.join(' ')}`).toBe(example.output);
  });
}

it('prints what the README shows for each example of "Command line" (stdout, or stderr when it fails)', async () => {
  const readme = read('../README.md');
  const all = examples(readme.slice(readme.indexOf('## Command line')));
  expect(all.length).toBeGreaterThan(10);
  await expectPrintsWhatIsShown(all);
});

it('prints what the command-line guide of the docs site shows for each of its examples', async () => {
  const all = examples(read('../../../docs/command-line.md'));
  expect(all.length).toBeGreaterThanOrEqual(4);
  await expectPrintsWhatIsShown(all);
});
