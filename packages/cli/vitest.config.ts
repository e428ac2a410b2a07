import { mergeConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared';

// The tests run the built binary (dist/bin.js): build what changed first, also when they run alone.
export default mergeConfig(packageProject('cli'), {
  // Each test spawns the binary, often several times; on a busy 2-core machine that takes a while.
  test: { globalSetup: ['./test/global-setup.ts'], testTimeout: 60_000 },
});
