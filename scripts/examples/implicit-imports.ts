/**
 * The import lines an example needs for the names of its package that it uses without importing:
 * its top-level code is parsed with TypeScript, and every identifier read as a value or a type
 * that the example does not declare or import itself, and that the package exports, is imported
 * from the entry point exporting it (`import type` for types, as `verbatimModuleSyntax` wants).
 */
import ts from 'typescript';
import type { ExportKind } from '../release/types.js';

/** A name a package exports: where to import it from, and whether it is a value or a type. */
export interface Exported {
  specifier: string;
  kind: ExportKind;
}

/** True when `node` is a use of a name, not a property name or a declaration's own name. */
function isUse(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  if ((ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent)) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  return true;
}

function bindingNames(name: ts.BindingName, out: Set<string>): void {
  if (ts.isIdentifier(name)) out.add(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

/** The names an example declares or imports at its top level. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) out.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) out.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const s of bindings.elements) out.add(s.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) bindingNames(d.name, out);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      out.add(statement.name.text);
    }
  }
  return out;
}

/** The import lines for the package names `code` uses without importing or declaring them. */
export function implicitImports(code: string, available: ReadonlyMap<string, Exported>): string[] {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declared = declaredNames(source);
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && isUse(node) && !declared.has(node.text) && available.has(node.text))
      used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const bySpecifier = new Map<string, string[]>();
  for (const name of [...used].sort()) {
    const { specifier, kind } = available.get(name) as Exported;
    const list = bySpecifier.get(specifier) ?? [];
    list.push(kind === 'type' ? `type ${name}` : name);
    bySpecifier.set(specifier, list);
  }
  return [...bySpecifier].map(([specifier, names]) => `import { ${names.join(', ')} } from '${specifier}';`);
}
