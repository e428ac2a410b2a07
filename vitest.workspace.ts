/**
 * The one list of test projects. Vitest 4 no longer discovers workspace files, so the root
 * `vitest.config.ts` feeds this list to `test.projects`. Each entry is a folder with its own
 * `vitest.config.ts`: the packages, and `scripts` (the repository's tooling and release checks).
 */
export default [
  'packages/utils',
  'packages/core',
  'packages/parser',
  'packages/data',
  'packages/cli',
  'scripts',
] as const;
