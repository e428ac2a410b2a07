/**
 * Proves that a package's regular expressions run in linear time: finds every regex in its `src`
 * with the TypeScript compiler API — regex literals, and `new RegExp(…)` / `RegExp(…)` whose
 * arguments are constants (string literals, templates, `+`, `const` names across imports,
 * `.source` of another regex, `.join` of a constant array, calls of small constant functions) —
 * and runs each through recheck (the ReDoS checker; its native binary comes from the registry as
 * an optional dependency of `recheck`). Nobody lists the patterns by hand, so a new pattern cannot
 * skip the check; a pattern built from something that is not a constant is reported as `dynamic`,
 * never skipped.
 *
 * Each package has a tiny test:
 *
 * ```ts
 * import { checkPackageRegexes, unsafeRegexes } from '../../../scripts/regex-safety';
 *
 * it('every regex in src is linear (recheck)', async () => {
 *   const reports = await checkPackageRegexes(new URL('..', import.meta.url), {
 *     bounded: { CLAUSE: 'runs on one sentence, cut at 。 and at most 500 characters first' },
 *   });
 *   expect(reports.length).toBeGreaterThan(0);
 *   expect(unsafeRegexes(reports)).toEqual([]);
 * }, 120_000);
 * ```
 *
 * A `bounded` entry names a pattern that cannot be made safe and says why the input it sees is
 * bounded first; the key is the name the pattern is assigned to (`CLAUSE`), its `file:line`
 * (`src/internal/legal-effect.ts:17`) or its exact source. An entry that matches no unsafe
 * pattern is an error, so stale entries do not pile up.
 *
 * @packageDocumentation
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';

/**
 * What recheck said of a pattern: `safe` (linear or constant), `vulnerable` (super-linear, with an
 * attack string), `unknown` (recheck could not decide, e.g. it timed out), `dynamic` (built from
 * something that is not a constant: nothing to check), or `bounded` (not safe, but listed in
 * `bounded` with the reason its input is bounded first).
 */
export type RegexStatus = 'safe' | 'vulnerable' | 'unknown' | 'dynamic' | 'bounded';

/** A regular expression found in a package's sources. */
export interface FoundRegex {
  /** The file, relative to the package folder: `src/dates/deadline.ts`. */
  file: string;
  /** 1-based line of the literal or of the `new RegExp`. */
  line: number;
  /** The name the pattern is assigned to (`DEADLINE`), or the enclosing function's name. */
  name?: string;
  /** `literal` for `/…/`, `constructor` for `new RegExp(…)` / `RegExp(…)`. */
  kind: 'literal' | 'constructor';
  /** The pattern; absent when it is not a constant. */
  source?: string;
  /** Its flags; absent when they are not a constant. */
  flags?: string;
  /** Why the pattern is not a constant (status `dynamic`). */
  reason?: string;
}

/** A found regex with recheck's verdict. */
export interface RegexReport extends FoundRegex {
  status: RegexStatus;
  /** recheck's complexity summary (`linear`, `2nd degree polynomial` …) or error. */
  complexity?: string;
  /** For `vulnerable`: recheck's attack string, shortened. */
  attack?: string;
  /** For `bounded`: why the input is bounded. */
  bounded?: string;
}

/** Options of {@link checkPackageRegexes}. */
export interface CheckRegexOptions {
  /** Patterns that are not safe but see bounded input, each with the reason (see the module doc). */
  bounded?: Record<string, string>;
  /** recheck's time limit per pattern, in milliseconds (default 20 000). */
  timeout?: number;
}

const dirOf = (dir: string | URL) => (typeof dir === 'string' ? resolve(dir) : fileURLToPath(dir));

/** The TypeScript sources under `src` (no declaration or test files). */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'node_modules') walk(path);
      } else if (/\.(?:[cm]?ts|tsx)$/.test(entry) && !/\.d\.[cm]?ts$|\.test\.tsx?$/.test(entry)) {
        files.push(path);
      }
    }
  };
  walk(join(dir, 'src'));
  return files;
}

/** Compiler options from the package's tsconfig.json (for `paths` across packages), or defaults. */
function compilerOptions(dir: string): ts.CompilerOptions {
  const configPath = ts.findConfigFile(dir, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath?.startsWith(dir)) {
    return {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowJs: true,
      noEmit: true,
    };
  }
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  return { ...(parsed?.options ?? {}), noEmit: true };
}

// ---- constant evaluation -------------------------------------------------------------------

/** A regex value: what `.source` and `.flags` give. */
interface RegexValue {
  readonly regex: { readonly source: string; readonly flags: string };
}
type Value = string | number | boolean | null | undefined | RegexValue | readonly Value[] | { [key: string]: Value };

/** Thrown inside the evaluator when an expression is not a constant; the message says which. */
class NotConstant extends Error {}

// String methods that are pure functions of constant arguments, run for real on constants.
const STRING_METHODS = new Set([
  'charAt',
  'concat',
  'normalize',
  'padEnd',
  'padStart',
  'repeat',
  'replace',
  'replaceAll',
  'slice',
  'split',
  'substring',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimEnd',
  'trimStart',
]);
const ARRAY_METHODS = new Set(['join', 'slice', 'concat', 'at']);

const isRegexValue = (value: Value): value is RegexValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'regex' in value;

/** A constant evaluator over the AST, following `const` names and imports with the type checker. */
class Evaluator {
  private depth = 0;

  constructor(private readonly checker: ts.TypeChecker) {}

  evaluate(node: ts.Expression, env: ReadonlyMap<ts.Symbol, Value> = new Map()): Value {
    if (++this.depth > 200) throw new NotConstant('too deep');
    try {
      return this.evaluateNode(node, env);
    } finally {
      this.depth--;
    }
  }

  private fail(node: ts.Node, why = 'is not a constant'): never {
    throw new NotConstant(`\`${node.getText().slice(0, 80)}\` ${why}`);
  }

  private evaluateNode(node: ts.Expression, env: ReadonlyMap<ts.Symbol, Value>): Value {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isNumericLiteral(node)) return Number(node.text);
    if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (node.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isRegularExpressionLiteral(node)) return { regex: literalParts(node) };
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isTypeAssertionExpression(node)
    ) {
      return this.evaluate(node.expression, env);
    }
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans) text += String(this.primitive(span.expression, env)) + span.literal.text;
      return text;
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text;
      let text = template.head.rawText ?? template.head.text;
      for (const span of template.templateSpans) {
        text += String(this.primitive(span.expression, env)) + (span.literal.rawText ?? span.literal.text);
      }
      return text;
    }
    if (ts.isBinaryExpression(node)) return this.binary(node, env);
    if (ts.isPrefixUnaryExpression(node)) {
      const operand = this.primitive(node.operand, env);
      if (node.operator === ts.SyntaxKind.ExclamationToken) return !operand;
      if (node.operator === ts.SyntaxKind.MinusToken) return -Number(operand);
      return this.fail(node);
    }
    if (ts.isConditionalExpression(node)) {
      return this.evaluate(this.primitive(node.condition, env) ? node.whenTrue : node.whenFalse, env);
    }
    if (ts.isArrayLiteralExpression(node)) {
      return node.elements.map((element) =>
        ts.isSpreadElement(element) ? this.fail(element, 'is a spread') : this.evaluate(element, env),
      );
    }
    if (ts.isObjectLiteralExpression(node)) {
      const object: { [key: string]: Value } = {};
      for (const property of node.properties) {
        if (
          !ts.isPropertyAssignment(property) ||
          !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
        ) {
          return this.fail(property, 'is not a plain property');
        }
        object[property.name.text] = this.evaluate(property.initializer, env);
      }
      return object;
    }
    if (ts.isIdentifier(node)) return this.identifier(node, env);
    if (ts.isPropertyAccessExpression(node)) {
      return this.property(this.evaluate(node.expression, env), node.name.text, node);
    }
    if (ts.isElementAccessExpression(node)) {
      const key = this.primitive(node.argumentExpression, env);
      return this.property(this.evaluate(node.expression, env), String(key), node);
    }
    if (ts.isCallExpression(node)) return this.call(node, env);
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      return { regex: this.regexArguments(node.arguments ?? [], env, node) };
    }
    return this.fail(node);
  }

  /** A string, number, boolean, null or undefined. */
  private primitive(
    node: ts.Expression,
    env: ReadonlyMap<ts.Symbol, Value>,
  ): string | number | boolean | null | undefined {
    const value = this.evaluate(node, env);
    return typeof value === 'object' && value !== null ? this.fail(node, 'is not a primitive constant') : value;
  }

  private binary(node: ts.BinaryExpression, env: ReadonlyMap<ts.Symbol, Value>): Value {
    const kind = node.operatorToken.kind;
    const left = this.primitive(node.left, env);
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return left ? this.evaluate(node.right, env) : left;
    if (kind === ts.SyntaxKind.BarBarToken) return left || this.evaluate(node.right, env);
    if (kind === ts.SyntaxKind.QuestionQuestionToken) return left ?? this.evaluate(node.right, env);
    const right = this.primitive(node.right, env);
    switch (kind) {
      case ts.SyntaxKind.PlusToken:
        return typeof left === 'number' && typeof right === 'number' ? left + right : String(left) + String(right);
      case ts.SyntaxKind.EqualsEqualsEqualsToken:
        return left === right;
      case ts.SyntaxKind.ExclamationEqualsEqualsToken:
        return left !== right;
      default:
        return this.fail(node, 'uses an operator the checker does not evaluate');
    }
  }

  /** The declaration a name refers to, through imports and re-exports. */
  private declarationOf(node: ts.Identifier): { symbol: ts.Symbol; declaration: ts.Declaration } | undefined {
    let symbol = this.checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return symbol && declaration ? { symbol, declaration } : undefined;
  }

  private identifier(node: ts.Identifier, env: ReadonlyMap<ts.Symbol, Value>): Value {
    if (node.text === 'undefined') return undefined;
    const found = this.declarationOf(node);
    if (!found) return this.fail(node, 'cannot be resolved');
    const { symbol, declaration } = found;
    if (env.has(symbol)) return env.get(symbol);
    if (ts.isParameter(declaration)) return this.fail(node, 'is a parameter');
    if (
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.isVariableDeclarationList(declaration.parent) &&
      declaration.parent.flags & ts.NodeFlags.Const &&
      ts.isIdentifier(declaration.name)
    ) {
      return this.evaluate(declaration.initializer, env);
    }
    return this.fail(node, 'is not a const with a constant value');
  }

  private property(object: Value, key: string, node: ts.Node): Value {
    if (isRegexValue(object)) {
      if (key === 'source' || key === 'flags') return object.regex[key];
      return this.fail(node, 'reads a property of a regex other than source or flags');
    }
    if (typeof object === 'string') {
      if (key === 'length') return object.length;
      if (/^\d+$/.test(key)) return object.charAt(Number(key));
    }
    if (Array.isArray(object)) {
      if (key === 'length') return object.length;
      if (/^\d+$/.test(key)) return object[Number(key)];
    } else if (typeof object === 'object' && object !== null && Object.hasOwn(object, key)) {
      return (object as { [key: string]: Value })[key];
    }
    return this.fail(node, 'reads a property the checker does not know');
  }

  private call(node: ts.CallExpression, env: ReadonlyMap<ts.Symbol, Value>): Value {
    const callee = node.expression;
    if (ts.isIdentifier(callee) && callee.text === 'RegExp') {
      return { regex: this.regexArguments(node.arguments, env, node) };
    }
    // Object.freeze(x) is x (the exported lists of allowed values are frozen).
    if (
      ts.isPropertyAccessExpression(callee) &&
      ts.isIdentifier(callee.expression) &&
      callee.expression.text === 'Object' &&
      callee.name.text === 'freeze' &&
      node.arguments.length === 1
    ) {
      return this.evaluate(node.arguments[0] as ts.Expression, env);
    }
    if (ts.isIdentifier(callee) && callee.text === 'String' && node.arguments.length === 1) {
      return String(this.primitive(node.arguments[0] as ts.Expression, env));
    }
    const args = () =>
      node.arguments.map((arg) => (ts.isSpreadElement(arg) ? this.fail(arg, 'is a spread') : this.evaluate(arg, env)));
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const receiver = this.evaluate(callee.expression, env);
      const values = args();
      if (values.some((value) => typeof value === 'object' && value !== null && !isRegexValue(value))) {
        return this.fail(node, 'passes a non-primitive argument');
      }
      const real = values.map((value) =>
        isRegexValue(value) ? new RegExp(value.regex.source, value.regex.flags) : value,
      );
      if (typeof receiver === 'string' && STRING_METHODS.has(method)) {
        return (String.prototype as unknown as Record<string, (...a: unknown[]) => Value>)[method]?.apply(
          receiver,
          real,
        );
      }
      if (Array.isArray(receiver) && ARRAY_METHODS.has(method)) {
        return (Array.prototype as unknown as Record<string, (...a: unknown[]) => Value>)[method]?.apply(
          receiver,
          real,
        );
      }
      return this.fail(node, 'calls a method the checker does not evaluate');
    }
    if (!ts.isIdentifier(callee)) return this.fail(node, 'calls something that is not a name');
    const found = this.declarationOf(callee);
    const declaration = found?.declaration;
    let fn: ts.SignatureDeclaration | undefined;
    if (declaration && ts.isFunctionDeclaration(declaration)) fn = declaration;
    else if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))
    ) {
      fn = declaration.initializer;
    }
    if (!fn) return this.fail(node, 'calls a function the checker cannot see');
    const body = (fn as ts.FunctionLikeDeclarationBase).body;
    let result: ts.Expression | undefined;
    if (body && !ts.isBlock(body)) result = body;
    else if (body && body.statements.length === 1) {
      const [statement] = body.statements;
      if (statement && ts.isReturnStatement(statement)) result = statement.expression;
    }
    if (!result) return this.fail(node, 'calls a function that is not a single return of an expression');
    const values = args();
    const inner = new Map(env);
    fn.parameters.forEach((parameter, i) => {
      const symbol = ts.isIdentifier(parameter.name) ? this.checker.getSymbolAtLocation(parameter.name) : undefined;
      if (!symbol) this.fail(parameter, 'is a destructured parameter');
      const value =
        values[i] === undefined && parameter.initializer ? this.evaluate(parameter.initializer, env) : values[i];
      inner.set(symbol, value);
    });
    return this.evaluate(result, inner);
  }

  /** The source and flags of `RegExp(pattern, flags)`. */
  regexArguments(
    args: readonly ts.Expression[],
    env: ReadonlyMap<ts.Symbol, Value>,
    node: ts.Node,
  ): { source: string; flags: string } {
    const [patternNode, flagsNode] = args;
    if (!patternNode) return { source: '(?:)', flags: '' };
    const pattern = this.evaluate(patternNode, env);
    const flags = flagsNode ? this.primitive(flagsNode, env) : undefined;
    if (flags !== undefined && typeof flags !== 'string') return this.fail(node, 'has flags that are not a string');
    if (isRegexValue(pattern)) return { source: pattern.regex.source, flags: flags ?? pattern.regex.flags };
    if (typeof pattern !== 'string') return this.fail(patternNode, 'is not a string');
    return { source: pattern, flags: flags ?? '' };
  }
}

/** Source and flags of a regex literal. */
function literalParts(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const text = node.text;
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** The name a regex is assigned to, or of the function around it. */
function nameOf(node: ts.Node): string | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isVariableDeclaration(at) || ts.isPropertyAssignment(at)) && ts.isIdentifier(at.name)) return at.name.text;
    if ((ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at)) && at.name && ts.isIdentifier(at.name)) {
      return at.name.text;
    }
  }
  return undefined;
}

/**
 * Every regex in the package's `src`: literals, and `RegExp` constructions with their arguments
 * evaluated as constants where they are constants.
 *
 * @param packageDir - The package folder (with `src/` and optionally `tsconfig.json`).
 * @returns The patterns in file and line order.
 */
export function findPackageRegexes(packageDir: string | URL): FoundRegex[] {
  const dir = dirOf(packageDir);
  const files = sourceFiles(dir);
  const program = ts.createProgram(files, compilerOptions(dir));
  const evaluator = new Evaluator(program.getTypeChecker());
  const found: FoundRegex[] = [];
  for (const path of files) {
    const sourceFile = program.getSourceFile(path);
    if (!sourceFile) continue;
    const at = (node: ts.Node) => {
      const name = nameOf(node);
      return {
        file: relative(dir, path).split('\\').join('/'),
        line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1,
        ...(name ? { name } : {}),
      };
    };
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        found.push({ ...at(node), kind: 'literal', ...literalParts(node) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        try {
          found.push({
            ...at(node),
            kind: 'constructor',
            ...evaluator.regexArguments(node.arguments ?? [], new Map(), node),
          });
        } catch (error) {
          if (!(error instanceof NotConstant)) throw error;
          found.push({ ...at(node), kind: 'constructor', reason: error.message });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

// Flags that do not change what or how a pattern matches, and that recheck does not know.
const IGNORED_FLAGS = /[d]/g;

/**
 * Finds every regex in the package's `src` ({@link findPackageRegexes}) and runs each through
 * recheck.
 *
 * @param packageDir - The package folder, e.g. `new URL('..', import.meta.url)` from its `test/`.
 * @param options - `bounded` patterns with the reason, recheck's `timeout`.
 * @returns One report per pattern, in file and line order.
 * @throws Error when a `bounded` key matches no pattern that is not safe (a stale entry).
 */
export async function checkPackageRegexes(
  packageDir: string | URL,
  options: CheckRegexOptions = {},
): Promise<RegexReport[]> {
  const found = findPackageRegexes(packageDir);
  const verdicts = new Map<string, ReturnType<typeof check>>();
  // One pattern at a time, with a fixed seed: recheck's fuzzer (used for patterns with
  // lookbehind) works within a time budget, and dozens of checks at once on a loaded machine made
  // its verdicts vary from run to run (a linear pattern reported as polynomial).
  let previous: Promise<unknown> = Promise.resolve();
  const verdictOf = (source: string, flags: string) => {
    const cleanFlags = flags.replace(IGNORED_FLAGS, '');
    const key = `${cleanFlags}/${source}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = previous.then(() => check(source, cleanFlags, { timeout: options.timeout ?? 20_000, randomSeed: 1 }));
      previous = verdict.catch(() => undefined);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  const reports: RegexReport[] = await Promise.all(
    found.map(async (regex): Promise<RegexReport> => {
      if (regex.source === undefined || regex.flags === undefined) return { ...regex, status: 'dynamic' };
      const diagnostics = await verdictOf(regex.source, regex.flags);
      if (diagnostics.status === 'safe') {
        return { ...regex, status: 'safe', complexity: diagnostics.complexity.summary };
      }
      if (diagnostics.status === 'vulnerable') {
        return {
          ...regex,
          status: 'vulnerable',
          complexity: diagnostics.complexity.summary,
          attack: diagnostics.attack.pattern.slice(0, 120),
        };
      }
      const { error } = diagnostics;
      return {
        ...regex,
        status: 'unknown',
        complexity: 'message' in error ? `${error.kind}: ${error.message}` : error.kind,
      };
    }),
  );
  const used = new Set<string>();
  for (const report of reports) {
    if (report.status === 'safe') continue;
    for (const key of [report.name, `${report.file}:${report.line}`, report.source]) {
      const why = key === undefined ? undefined : options.bounded?.[key];
      if (key !== undefined && why !== undefined) {
        report.bounded = why;
        report.status = 'bounded';
        used.add(key);
        break;
      }
    }
  }
  const stale = Object.keys(options.bounded ?? {}).filter((key) => !used.has(key));
  if (stale.length) throw new Error(`bounded entries that match no unsafe pattern: ${stale.join(', ')}`);
  return reports;
}

/**
 * The reports that are neither `safe` nor `bounded`, one readable line each
 * (`src/x.ts:12 NAME vulnerable (2nd degree polynomial) /…/ attack …`), for a test to compare
 * with `[]`.
 *
 * @param reports - What {@link checkPackageRegexes} returned.
 * @returns One line per pattern that fails the check.
 */
export function unsafeRegexes(reports: readonly RegexReport[]): string[] {
  return reports
    .filter((report) => report.status !== 'safe' && report.status !== 'bounded')
    .map((report) =>
      [
        `${report.file}:${report.line}`,
        report.name,
        report.status,
        report.complexity && `(${report.complexity})`,
        report.source !== undefined ? `/${report.source}/${report.flags ?? ''}` : report.reason,
        report.attack && `attack ${report.attack}`,
      ]
        .filter(Boolean)
        .join(' '),
    );
}
