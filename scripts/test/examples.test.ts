/**
 * Every TypeScript example of the repository type-checks and runs as a user would write it: the
 * ```ts blocks of the READMEs and docs (type-checked and run) and every `@example` of the doc
 * comments (type-checked here; the packages' doc-example tests run them). See
 * scripts/examples/check.ts (`pnpm examples` prints the same).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ExampleProblem,
  examplesDir,
  type GeneratedExample,
  generateExamples,
  runExamples,
  typecheckExamples,
} from '../examples/check';
import { repoRoot } from './helpers';

/**
 * Examples known not to type-check yet, by file and error code, each with the change that fixes
 * it. The test fails on any other problem, and on an entry here that no longer fails (remove it
 * then: the fix has landed).
 */
const KNOWN: Record<string, string> = {};

const keyOf = (p: ExampleProblem) => `${p.where.replace(/:\d+$/, '')} ${/^(TS\d+)/.exec(p.message)?.[1] ?? 'run'}`;

describe('code examples', () => {
  let examples: GeneratedExample[];
  let problems: ExampleProblem[];
  beforeAll(() => {
    const dir = examplesDir(repoRoot);
    examples = generateExamples(repoRoot, dir);
    problems = [...typecheckExamples(dir, examples), ...runExamples(repoRoot, dir, examples)];
  }, 120_000);

  it('finds the README, docs and @example blocks', () => {
    const files = new Set(examples.map((e) => e.file));
    for (const file of [
      'README.md',
      'packages/utils/README.md',
      'packages/core/README.md',
      'packages/data/README.md',
    ]) {
      expect(files).toContain(file);
    }
    expect(examples.filter((e) => e.kind === 'doc-comment').length).toBeGreaterThan(100);
  });

  it('type-check (strict, as tsc --init of TypeScript 5.9 sets it) and run, importing the package names', () => {
    const unexpected = problems.filter((p) => !(keyOf(p) in KNOWN)).map((p) => `${p.where}  ${p.message}`);
    expect(unexpected).toEqual([]);
  });

  it('the known failures still fail (remove an entry once its example passes)', () => {
    const failing = new Set(problems.map(keyOf));
    expect(Object.keys(KNOWN).filter((key) => !failing.has(key))).toEqual([]);
  });
});
