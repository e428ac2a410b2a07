/**
 * Type-checks and runs the repository's code examples as a user would write them: each example
 * becomes a module in a folder inside the repository (so `zod` and the workspace resolve), importing
 * the package names it uses (`@gongbao/core`, `@gongbao/utils/dates` …, mapped to the workspace
 * sources by the paths of tsconfig.base.json). Names of its own package that an example uses
 * without importing them are imported for it (a package README reads after its install line; a
 * doc comment sits in the package). `expr; //=> value` lines become assertions.
 *
 * - type-check: every README/docs block and every `@example`, strict, in one TypeScript program;
 * - run: every README/docs block, with tsx, in one process (the `@example`s run in the packages'
 *   doc-example tests).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { toTestCode } from '../doc-examples.js';
import { readExports } from '../release/exports-surface.js';
import { publishedPackages } from '../release/surface.js';
import { type CodeExample, docCommentExamples, markdownExamples } from './collect.js';
import { type Exported, implicitImports } from './implicit-imports.js';

/** An example written out as a module. */
export interface GeneratedExample extends CodeExample {
  /** The generated module (absolute path). */
  module: string;
  /** Lines before the example's first line in the module. */
  offset: number;
}

/** A problem found, placed in the file the example is written in. */
export interface ExampleProblem {
  /** `file:line` of the line at fault, in the README or source file. */
  where: string;
  /** That line as written, trimmed (a key that does not move when lines are added above). */
  text: string;
  message: string;
}

const ASSERT_MODULE = `import { deepStrictEqual } from 'node:assert/strict';

/** \`actual; //=> expected\`: the same value (plain data: JSON-equal; else deep strict equality). */
export function __equal(actual: unknown, expected: unknown, text: string): void {
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown;
  deepStrictEqual(plain(actual), plain(expected), text);
}

/** \`expr; //=> throws Name\`: expr throws an error of that name. */
export function __throws(run: () => unknown, name: string): void {
  try {
    run();
  } catch (error) {
    if ((error as Error)?.name === name) return;
    throw new Error(\`expected \${name}, got \${(error as Error)?.name}: \${(error as Error)?.message}\`);
  }
  throw new Error(\`expected \${name}, nothing was thrown\`);
}
`;

const RUNNER = `import { pathToFileURL } from 'node:url';

for (const module of process.argv.slice(2)) {
  try {
    await import(pathToFileURL(module).href);
    process.stdout.write(\`\\n@@example \${JSON.stringify({ module, ok: true })}\\n\`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(\`\\n@@example \${JSON.stringify({ module, ok: false, message })}\\n\`);
  }
}
`;

/** The names each package folder's examples may use without importing: folder → name → where. */
function availableNames(root: string): Map<string, Map<string, Exported>> {
  const packages = publishedPackages(root);
  const exports = readExports(
    packages.map((p) => p.dir),
    join(root, 'tsconfig.base.json'),
  );
  const out = new Map<string, Map<string, Exported>>();
  for (const pkg of packages) {
    const names = new Map<string, Exported>();
    const entries = Object.entries(exports.get(pkg.dir) ?? {}).sort(([a], [b]) => (a === '.' ? -1 : b === '.' ? 1 : 0));
    for (const [subpath, byName] of entries) {
      for (const [name, kind] of Object.entries(byName)) {
        if (!names.has(name)) names.set(name, { specifier: pkg.name + subpath.slice(1), kind });
      }
    }
    out.set(pkg.folder, names);
  }
  return out;
}

/** Writes every example as a module into `dir` (replacing what was there). */
export function generateExamples(root: string, dir: string): GeneratedExample[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '__assert.ts'), ASSERT_MODULE);
  writeFileSync(join(dir, '__run.ts'), RUNNER);
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: relative(dir, join(root, 'tsconfig.base.json')),
      compilerOptions: { noEmit: true, declaration: false, declarationMap: false, sourceMap: false },
      include: ['*.ts'],
    }),
  );
  // node_modules/@gongbao/* → the packages, for what resolves at run time outside the path
  // mappings (`import.meta.resolve('@gongbao/data/package.json')`, as in an installed project).
  mkdirSync(join(dir, 'node_modules/@gongbao'), { recursive: true });
  for (const pkg of publishedPackages(root)) {
    symlinkSync(pkg.dir, join(dir, 'node_modules', pkg.name), 'dir');
  }
  const available = availableNames(root);
  const examples = [...markdownExamples(root), ...docCommentExamples(root)];
  return examples.map((example, i) => {
    const names = example.folder ? available.get(example.folder) : undefined;
    const header = [
      `// ${example.file}:${example.line} (generated by scripts/examples/check.ts)`,
      "import { __equal, __throws } from './__assert';",
      ...(names ? implicitImports(example.code, names) : []),
    ];
    const slug = example.file.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const module = join(dir, `${String(i).padStart(3, '0')}-${slug}-${example.line}.ts`);
    writeFileSync(module, `${header.join('\n')}\n${toTestCode(example.code)}\nexport {};\n`);
    return { ...example, module, offset: header.length };
  });
}

/** The line of the example's own file that a line of its module comes from (0-based module line). */
const sourceLine = (example: GeneratedExample, line: number) =>
  Math.max(example.line, example.line + line - example.offset);
const lineText = (example: GeneratedExample, line: number) =>
  (example.code.split('\n')[line - example.line] ?? '').trim().replace(/^\* ?/, '');

/** Type errors of the examples, each placed in the README or source file it is written in. */
export function typecheckExamples(dir: string, examples: readonly GeneratedExample[]): ExampleProblem[] {
  const configPath = join(dir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const program = ts.createProgram(
    examples.map((e) => e.module),
    parsed.options,
  );
  const problems: ExampleProblem[] = [];
  for (const example of examples) {
    const source = program.getSourceFile(example.module);
    if (!source) throw new Error(`${example.module} was not compiled`);
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const line = sourceLine(example, d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line);
      problems.push({
        where: `${example.file}:${line}`,
        text: lineText(example, line),
        message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      });
    }
  }
  return problems;
}

/** Runs the README and docs examples with tsx in one process; returns the ones that failed. */
export function runExamples(root: string, dir: string, examples: readonly GeneratedExample[]): ExampleProblem[] {
  const markdown = examples.filter((e) => e.kind === 'markdown');
  const env = { ...process.env };
  delete env.TSX_TSCONFIG_PATH;
  const result = spawnSync(
    process.execPath,
    [
      resolve(root, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(dir, 'tsconfig.json'),
      join(dir, '__run.ts'),
      ...markdown.map((e) => e.module),
    ],
    { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const results = new Map<string, { ok: boolean; message?: string }>();
  for (const line of result.stdout.split('\n')) {
    if (!line.startsWith('@@example ')) continue;
    const parsed = JSON.parse(line.slice('@@example '.length)) as { module: string; ok: boolean; message?: string };
    results.set(parsed.module, parsed);
  }
  return markdown.flatMap((example): ExampleProblem[] => {
    const outcome = results.get(example.module);
    if (outcome?.ok) return [];
    const message =
      outcome?.message ??
      `did not run (exit ${result.status}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`;
    return [{ where: `${example.file}:${example.line}`, text: lineText(example, example.line), message }];
  });
}

/**
 * The examples folder: inside the repository so that `zod` resolves from it, git-ignored, and not
 * under node_modules (tsx maps no paths for files there).
 */
export const examplesDir = (root: string) => join(root, '.cache/examples');

// `pnpm examples`: type-check and run every example, print the problems, exit 1 when there are any.
if (process.argv[1] === import.meta.filename) {
  const root = resolve(import.meta.dirname, '../..');
  const dir = examplesDir(root);
  const examples = generateExamples(root, dir);
  const problems = [...typecheckExamples(dir, examples), ...runExamples(root, dir, examples)];
  for (const p of problems) process.stdout.write(`${p.where}  ${p.message}\n`);
  const markdown = examples.filter((e) => e.kind === 'markdown').length;
  process.stdout.write(
    `${examples.length} examples (${markdown} in READMEs and docs, ${examples.length - markdown} @example): ` +
      `${problems.length === 0 ? 'all type-check and run' : `${problems.length} problem(s)`}\n`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
