import { defineConfig } from 'tsup';

const entries = {
  index: 'src/index.ts',
  'numbering/index': 'src/numbering/index.ts',
  'dates/index': 'src/dates/index.ts',
  'calendar/index': 'src/calendar/index.ts',
};

// ESM: one output module per source module (no bundling), as in @gongbao/core, so that a bundler
// drops every module an app does not reach (`sideEffects: false`). Bundled into shared chunks,
// a module-level RegExp or template of one module stays with every export of its chunk
// (`{ isLeapYear }` bundled 382 B instead of 78). CommonJS: bundled (require() does not
// tree-shake). The declarations are bundled per format from the entries. `build` empties dist
// first (not tsup's clean: the two configurations run at once).
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: entries },
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    entry: entries,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
  },
]);
