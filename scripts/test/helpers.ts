import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../..');

/**
 * A folder changesets can work in, outside the repository: the root and package manifests (and
 * CHANGELOGs), the workspace file and the .changeset config of the repository, plus the given
 * changesets (file name → content) — and, with `withPending`, the repository's pending ones.
 */
export function changesetsFixture(changesets: Record<string, string>, withPending = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-changesets-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(repoRoot, file), join(dir, file));
  mkdirSync(join(dir, '.changeset'));
  for (const file of readdirSync(join(repoRoot, '.changeset'))) {
    if (!file.endsWith('.md') || withPending) cpSync(join(repoRoot, '.changeset', file), join(dir, '.changeset', file));
  }
  for (const folder of readdirSync(join(repoRoot, 'packages'))) {
    const from = join(repoRoot, 'packages', folder);
    mkdirSync(join(dir, 'packages', folder), { recursive: true });
    for (const file of readdirSync(from).filter((f) => f === 'package.json' || f === 'CHANGELOG.md')) {
      cpSync(join(from, file), join(dir, 'packages', folder, file));
    }
  }
  for (const [name, content] of Object.entries(changesets)) writeFileSync(join(dir, '.changeset', name), content);
  return dir;
}
