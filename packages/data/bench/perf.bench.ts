import { bench, describe } from 'vitest';
import { coldImport, jsonBaseline, nodeStart, payloadFiles, typecheck } from './perf';

// Child processes: each sample is a fresh process (needs `pnpm build` first). For the ratios the
// README records, run `pnpm --filter @gongbao/data exec tsx bench/perf.ts`.
const options = { iterations: 5, warmupIterations: 1, time: 0 };

describe('type-check of a consumer project (tsc -p)', () => {
  bench('imports @gongbao/core only', () => void typecheck('core-only')(), options);
  bench('imports @gongbao/core and @gongbao/data', () => void typecheck('with-data')(), options);
});

describe('cold start of a node process', () => {
  const files = payloadFiles();
  bench('node start', () => void nodeStart(), options);
  bench('node start + JSON.parse of the same JSON', () => void jsonBaseline(files)(), options);
  bench("node start + import('@gongbao/data')", () => void coldImport(), options);
});
