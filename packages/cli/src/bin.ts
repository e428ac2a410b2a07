#!/usr/bin/env node
// `gongbao --version` (or -v) alone is answered before the command line library loads: it is what
// scripts and installers run most, and loading commander is most of the start-up. Any other
// arguments, and the help that mentions the flag, go through commander (src/program.ts).
import nodeModule from 'node:module';
import { version } from '../package.json';
import { writeErrorText } from './output.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${version}\n`, (error) => {
    if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') {
      process.stderr.write(`gongbao: cannot write the output: ${writeErrorText(error)}\n`);
      process.exitCode = 1;
    }
  });
  process.stdout.on('error', () => {}); // reported by the callback above
} else {
  // Node 22+ caches compiled code between runs (a no-op where it does not exist, as on Node 20).
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  void import('./run.js')
    .then(({ run }) => run(argv))
    .then((code) => {
      process.exitCode = code;
    });
}
