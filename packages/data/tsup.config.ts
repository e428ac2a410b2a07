import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    documents: 'src/documents.ts',
    search: 'src/search.ts',
    tables: 'src/tables.ts',
    timeline: 'src/timeline.ts',
    issue: 'src/issue.ts',
    schemas: 'src/schemas.ts',
    files: 'src/files.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // The data is embedded once per chunk: split the CJS build too, so subpaths share it.
  splitting: true,
  target: 'es2022',
});
