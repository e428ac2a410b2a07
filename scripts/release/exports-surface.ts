/**
 * The public exports of the workspace packages, read with the TypeScript compiler from each entry
 * point of a package's `exports` map (the sources the build compiles: `./dist/x.js` ↔ `./src/x.ts`):
 * every name a user can import, and whether it is a value, a type or both. Entry points that are
 * plain files (`./json-schema/*`, `./issue.json`) are recorded without names.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { ExportKind } from './types.js';

type ExportTarget = string | { import?: string | { default?: string }; default?: string };

/** The source file of an `exports` target, or undefined when the entry point is a plain file. */
function sourceOf(target: ExportTarget): string | undefined {
  const file =
    typeof target === 'string'
      ? target
      : typeof target.import === 'string'
        ? target.import
        : (target.import?.default ?? target.default);
  const match = file === undefined ? null : /^\.\/dist\/(.+)\.(?:c|m)?js$/.exec(file);
  return match ? `./src/${match[1]}.ts` : undefined;
}

/** The entry points of a package (`exports` map, `./package.json` left out) → source file or undefined. */
export function entryPoints(packageDir: string): Record<string, string | undefined> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports?: Record<string, ExportTarget>;
  };
  const out: Record<string, string | undefined> = {};
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath === './package.json') continue;
    const source = sourceOf(target);
    out[subpath] = source === undefined ? undefined : resolve(packageDir, source);
  }
  return out;
}

function kindOf(symbol: ts.Symbol, checker: ts.TypeChecker): ExportKind {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const typeOnly = symbol.declarations?.some(
    (d) =>
      (ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) ||
      ts.isTypeOnlyImportOrExportDeclaration(d),
  );
  const value = !typeOnly && (target.flags & ts.SymbolFlags.Value) !== 0;
  const type = (target.flags & (ts.SymbolFlags.Type | ts.SymbolFlags.Namespace)) !== 0;
  return value && type ? 'value+type' : value ? 'value' : 'type';
}

/**
 * The exports of every entry point of the given packages: package folder → entry point → name → kind.
 * One TypeScript program covers them all (`tsconfig` gives the compiler options and path mappings).
 */
export function readExports(
  packageDirs: readonly string[],
  tsconfig: string,
): Map<string, Record<string, Record<string, ExportKind>>> {
  const config = ts.readConfigFile(tsconfig, (path) => ts.sys.readFile(path));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, resolve(tsconfig, '..'));
  const entries = new Map(packageDirs.map((dir) => [dir, entryPoints(dir)]));
  const files = [...entries.values()].flatMap((e) => Object.values(e).filter((f): f is string => f !== undefined));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const out = new Map<string, Record<string, Record<string, ExportKind>>>();
  for (const [dir, points] of entries) {
    const byEntry: Record<string, Record<string, ExportKind>> = {};
    for (const [subpath, file] of Object.entries(points)) {
      const names: Record<string, ExportKind> = {};
      if (file !== undefined) {
        const source = program.getSourceFile(file);
        const module = source && checker.getSymbolAtLocation(source);
        if (!module) throw new Error(`${file}: not found, or not a module`);
        for (const symbol of checker.getExportsOfModule(module).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          names[symbol.name] = kindOf(symbol, checker);
        }
      }
      byEntry[subpath] = names;
    }
    out.set(dir, byEntry);
  }
  return out;
}
