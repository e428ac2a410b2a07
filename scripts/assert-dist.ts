/**
 * Benchmarks measure what users install: the built `dist` of a package, through its `exports`.
 * Run under tsx with the base tsconfig, an import by name follows its `paths` to `src` instead,
 * transformed by tsx (every function wrapped in `__name()`), and the figures describe code no
 * user runs. Run benchmarks with `tsx --tsconfig <repo>/tsconfig.bench.json` (no paths).
 *
 * @param resolved - `import.meta.resolve('<package>')`, from the benchmark itself.
 * @throws Error when `resolved` is not inside a `dist` folder.
 */
export function assertDist(resolved: string): void {
  if (!resolved.includes('/dist/')) {
    throw new Error(
      `${resolved} is not the built package: run with tsx --tsconfig tsconfig.bench.json (after a build)`,
    );
  }
}
