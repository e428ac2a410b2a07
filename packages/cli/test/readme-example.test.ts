import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@gongbao/core';
import * as data from '@gongbao/data';
import * as utils from '@gongbao/utils';
import { transformSync } from 'esbuild';
import { expect, it } from 'vitest';
import { toTestCode } from '../../../scripts/doc-examples';

const modules: Record<string, unknown> = { '@gongbao/utils': utils, '@gongbao/core': core, '@gongbao/data': data };

/** The README's example: the first ```ts block after "## Example". */
function readmeExample(): string {
  const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
  const match = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error('README.md has no ```ts example under "## Example"');
  return match[1];
}

it('runs the README example and every //=> result it shows holds', () => {
  const code = readmeExample().replace(
    /^import \{([^}]+)\} from '([^']+)';$/gm,
    (_, names: string, specifier: string) => `const {${names}} = __modules[${JSON.stringify(specifier)}];`,
  );
  const assertions = code.split('\n').filter((line) => line.includes('//=>')).length;
  expect(assertions).toBeGreaterThan(5);
  const js = transformSync(toTestCode(code), { loader: 'ts' }).code;
  const equal = (actual: unknown, expected: unknown, text: string) => expect(actual, text).toEqual(expected);
  new Function('__modules', '__equal', '__throws', js)(modules, equal, () => {
    throw new Error('throws assertions are not used in the README');
  });
});
