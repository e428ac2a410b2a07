/**
 * `pnpm release:check`: compares what would be released (the working tree's public surface: JSON
 * Schemas, datapackage.json fields, document and table ids, values, exports) with the snapshot of
 * the last release, classifies every difference by docs/versioning.md, prints them, and exits 1
 * when the pending changesets bump a package less than the rules require.
 *
 *   pnpm release:check [--snapshot DIR] [--changesets ROOT] [--json]
 *
 * --snapshot    the snapshot folder (default release/snapshot)
 * --changesets  the folder whose .changeset/ holds the pending changesets (default: the repository)
 * --json        print the report as JSON
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pendingBumps } from './changesets.js';
import { formatReport, releaseReport } from './report.js';
import { readSnapshot, SNAPSHOT_DIR } from './snapshot.js';
import { readSurfaces } from './surface.js';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    snapshot: { type: 'string', default: SNAPSHOT_DIR },
    changesets: { type: 'string', default: root },
    json: { type: 'boolean', default: false },
  },
});
const snapshotDir = resolve(root, values.snapshot);
const report = releaseReport(
  await readSurfaces(root),
  readSnapshot(snapshotDir),
  await pendingBumps(resolve(values.changesets)),
);
process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : formatReport(report, values.snapshot)}\n`);
process.exitCode = report.ok ? 0 : 1;
