import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'numbering/index': 'src/numbering/index.ts',
    'dates/index': 'src/dates/index.ts',
    'calendar/index': 'src/calendar/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
