/**
 * What a named import really needs: its own declaration and, transitively, every top-level
 * declaration of `src` that its code refers to (type positions aside) — found with the TypeScript
 * compiler API, across imports. `closurePlugin` serves each source file reduced to those
 * declarations (and its imports), so bundling the export through it gives "its own minified code
 * plus what it really calls": no module-level statement that is not such a declaration (a `Map`
 * filled at load, a registration), no declaration nobody calls. The size test compares the `dist`
 * bundle of each export against it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** The program over the package's sources. */
export function sourceProgram(srcDir: string, entries: readonly string[]): ts.Program {
  return ts.createProgram(
    entries.map((entry) => `${srcDir}/${entry}`),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
    },
  );
}

/** The top-level statement that declares `declaration`, or undefined (a local, a parameter, a library). */
function topLevelStatement(declaration: ts.Node): ts.Statement | undefined {
  let node: ts.Node = declaration;
  while (node.parent && !ts.isSourceFile(node.parent)) node = node.parent;
  if (!node.parent || node.getSourceFile().isDeclarationFile) return undefined;
  return ts.isStatement(node) ? node : undefined;
}

/** Whether `node` sits in a type position (a type annotation, `typeof x` in a type, an interface …). */
function inTypePosition(node: ts.Node): boolean {
  for (let up: ts.Node | undefined = node.parent; up && !ts.isSourceFile(up); up = up.parent) {
    // `class X extends Base`: the base class is a value.
    if (ts.isExpressionWithTypeArguments(up) && ts.isHeritageClause(up.parent)) {
      return up.parent.token === ts.SyntaxKind.ImplementsKeyword || ts.isInterfaceDeclaration(up.parent.parent);
    }
    if (ts.isTypeNode(up) || ts.isInterfaceDeclaration(up) || ts.isTypeAliasDeclaration(up)) return true;
  }
  return false;
}

/**
 * The top-level statements an export needs, by file: the statement declaring `name` in `file`
 * and, transitively, those its code refers to.
 */
export function closureOf(program: ts.Program, file: string, name: string): Map<string, Set<ts.Statement>> {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  let symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
  if (!symbol) throw new Error(`${file} does not export ${name}`);
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);

  const kept = new Map<string, Set<ts.Statement>>();
  const queue: ts.Statement[] = [];
  const keep = (statement: ts.Statement | undefined) => {
    if (!statement) return;
    const path = statement.getSourceFile().fileName;
    const set = kept.get(path) ?? new Set();
    kept.set(path, set);
    if (set.has(statement)) return;
    set.add(statement);
    queue.push(statement);
  };
  for (const declaration of symbol.declarations ?? []) keep(topLevelStatement(declaration));
  while (queue.length) {
    const statement = queue.pop() as ts.Statement;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !inTypePosition(node)) {
        let referred = checker.getSymbolAtLocation(node);
        if (referred && referred.flags & ts.SymbolFlags.Alias) referred = checker.getAliasedSymbol(referred);
        for (const declaration of referred?.declarations ?? []) {
          const top = topLevelStatement(declaration);
          if (top && top !== statement && !ts.isImportDeclaration(top)) keep(top);
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(statement, visit);
  }
  return kept;
}

/**
 * An esbuild plugin serving every `.ts` file under `srcDir` reduced to its imports and the
 * statements in `kept` (type declarations stay: they are erased).
 */
export function closurePlugin(srcDir: string, kept: Map<string, Set<ts.Statement>>): Plugin {
  return {
    name: 'closure',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, ({ path }) => {
        if (!path.startsWith(srcDir)) return undefined;
        const text = readFileSync(path, 'utf8');
        const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
        const statements = kept.get(path) ?? new Set();
        // Matched by position: the program's node objects are not this file's.
        const positions = new Set([...statements].map((statement) => statement.getStart()));
        const parts = file.statements
          .filter(
            (statement) =>
              ts.isImportDeclaration(statement) ||
              ts.isInterfaceDeclaration(statement) ||
              ts.isTypeAliasDeclaration(statement) ||
              positions.has(statement.getStart()),
          )
          .map((statement) => text.slice(statement.getStart(), statement.end));
        return { contents: parts.join('\n'), loader: 'ts' };
      });
    },
  };
}
