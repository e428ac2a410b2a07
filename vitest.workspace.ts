/**
 * The one list of test projects. Vitest 4 no longer discovers workspace files, so the root
 * `vitest.config.ts` feeds this list to `test.projects`. Each entry is a package folder with its
 * own `vitest.config.ts`.
 */
export default ['packages/utils', 'packages/core', 'packages/parser', 'packages/data', 'packages/cli'] as const;
