/**
 * The snapshot of the last release's public surface, kept in the repository: one JSON file per
 * package, `release/snapshot/<folder>.json`, written by `pnpm release:snapshot` at release time
 * (after `changeset version`, so it carries the released version) and read by the release check.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageSurface } from './types.js';

export const SNAPSHOT_DIR = 'release/snapshot';

/** The surfaces in a snapshot folder by package name; empty when there is none (never released). */
export function readSnapshot(dir: string): Map<string, PackageSurface> {
  const out = new Map<string, PackageSurface>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const surface = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PackageSurface;
    if (
      typeof surface.name !== 'string' ||
      typeof surface.version !== 'string' ||
      typeof surface.exports !== 'object'
    ) {
      throw new Error(`${join(dir, file)} is not a release snapshot (name, version, exports)`);
    }
    out.set(surface.name, surface);
  }
  return out;
}

/** The file name of a package's snapshot: its name without the scope (`@gongbao/core` → `core.json`). */
export const snapshotFile = (name: string) => `${name.replace(/^@[^/]+\//, '')}.json`;

/** Writes the surfaces as the snapshot, replacing what the folder held. */
export function writeSnapshot(dir: string, surfaces: readonly PackageSurface[]): string[] {
  if (existsSync(dir)) for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) rmSync(join(dir, file));
  mkdirSync(dir, { recursive: true });
  return surfaces.map((surface) => {
    const path = join(dir, snapshotFile(surface.name));
    writeFileSync(path, `${JSON.stringify(surface, null, 2)}\n`);
    return path;
  });
}
