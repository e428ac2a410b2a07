/**
 * `pnpm release:snapshot`: writes the public surface of every published package, as it is in the
 * working tree, to release/snapshot/ — the snapshot the next release check compares with. Run at
 * release time, after `changeset version` (the snapshot records the released versions); part of
 * `pnpm release:prepare`.
 */
import { relative, resolve } from 'node:path';
import { SNAPSHOT_DIR, writeSnapshot } from './snapshot.js';
import { readSurfaces } from './surface.js';

const root = resolve(import.meta.dirname, '../..');
const surfaces = await readSurfaces(root);
for (const path of writeSnapshot(resolve(root, SNAPSHOT_DIR), surfaces)) {
  process.stdout.write(`wrote ${relative(root, path)}\n`);
}
