import { bench, describe } from 'vitest';
import { COMMANDS, timeNode } from './startup';

// Fresh processes (needs a build first). For the medians the README records, alternated within each
// round, run `pnpm --filter @gongbao/cli exec tsx bench/startup.ts`.
const options = { iterations: 15, warmupIterations: 2, time: 0 };

describe('start-up of a node process', () => {
  for (const [name, args] of COMMANDS) bench(name, () => void timeNode(args), options);
});
