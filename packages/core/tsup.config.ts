import { defineConfig } from 'tsup';

// ESM: one output module per source module (no bundling), so that a bundler drops every module an
// app does not import (`sideEffects: false`): the schemas are top-level zod calls that no bundler
// can remove from inside a shared module. CommonJS: one bundled file (require() does not
// tree-shake). The declarations are bundled per format from the index. `build` empties dist first
// (not tsup's clean: the two configurations run at once).
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
  },
]);
