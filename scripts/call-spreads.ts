/**
 * Finds calls that pass an array's elements as arguments: `f(...xs)`, `xs.push(...ys)`,
 * `Math.max(...xs)`, `new F(...xs)`, `f.apply(this, xs)`, `Reflect.apply(f, this, xs)`. Each of
 * them puts every element on the call stack, so an input-sized array (100,000 table rows) throws
 * `RangeError: Maximum call stack size exceeded`. The only spread allowed is one of an array
 * literal without spreads of its own (`f(...[a, b])`), whose size the source fixes.
 *
 * Used by `packages/parser/test/no-call-spread.test.ts` over every package's `src`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One offending call, with its place. */
export interface CallSpread {
  /** The file, as given to {@link findCallSpreads} joined with its path below the folder. */
  file: string;
  /** 1-based line of the call. */
  line: number;
  /** What was found: `spread argument` or `apply`. */
  kind: 'spread argument' | 'apply';
  /** The source text of the call's first line. */
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?ts|tsx)$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Whether a spread's operand is an array literal of fixed length (no spreads inside). */
function isFixedArray(node: ts.Expression): boolean {
  let inner = node;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner))
    inner = inner.expression;
  return ts.isArrayLiteralExpression(inner) && !inner.elements.some(ts.isSpreadElement);
}

/** Whether a call is `x.apply(…)`, `x['apply'](…)` or `Reflect.apply(…)`. */
function isApply(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) || ts.isPropertyAccessChain(callee)) return callee.name.text === 'apply';
  if (ts.isElementAccessExpression(callee))
    return ts.isStringLiteralLike(callee.argumentExpression) && callee.argumentExpression.text === 'apply';
  return false;
}

/** The offending calls in one TypeScript source text. */
export function findCallSpreadsInText(file: string, text: string): CallSpread[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: CallSpread[] = [];
  const add = (node: ts.Node, kind: CallSpread['kind']) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, kind, text: (text.split('\n')[line] ?? '').trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const arg of node.arguments ?? []) {
        if (ts.isSpreadElement(arg) && !isFixedArray(arg.expression)) add(arg, 'spread argument');
      }
      if (ts.isCallExpression(node) && isApply(node)) add(node, 'apply');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The offending calls in every TypeScript file under `dir`. */
export function findCallSpreads(dir: string): CallSpread[] {
  return sourceFiles(dir).flatMap((file) => findCallSpreadsInText(file, readFileSync(file, 'utf8')));
}
