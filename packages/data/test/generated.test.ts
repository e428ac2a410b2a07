import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasets, meta, tables, timeline } from '@gongbao/data';
import { describe, expect, it } from 'vitest';
import { buildAll, generate } from '../scripts/generate';
import { datasetsJson, sourceTablesJson } from '../src/generated/tables';

const packageDir = join(import.meta.dirname, '..');

describe('generated data', () => {
  it('is up to date with the source (run `pnpm --filter @gongbao/data generate`)', () => {
    for (const [path, contents] of generate()) {
      expect(readFileSync(join(packageDir, path), 'utf8'), path).toBe(contents);
    }
  });

  it('loads the tables the generator built, storing the timeline rows once', () => {
    const built = buildAll();
    expect(tables).toEqual(built.tables);
    expect(datasets).toEqual(built.datasets);
    expect(tables.slice(-datasets.length)).toEqual(datasets);
    expect(tables.at(-1)?.rows).toEqual(built.timeline);
    expect(tables.at(-1)?.rows).toEqual(timeline);
    // The timeline table is built on load from the timeline, not stored a second time.
    const stored = [sourceTablesJson, datasetsJson].flatMap((json) => JSON.parse(json) as Array<{ id: string }>);
    expect(stored.map((t) => t.id)).toEqual(tables.slice(0, -1).map((t) => t.id));
  });

  it('records the SHA-256 of the verbatim source copy', () => {
    const sha = createHash('sha256')
      .update(readFileSync(join(packageDir, meta.sourceFile)))
      .digest('hex');
    expect(meta.sourceSha256).toBe(sha);
  });

  // The project's shared folder sits beside the checkout (and beside CI's clone); skipped, and
  // reported as skipped, where it does not.
  const shared = join(packageDir, '../../../shared/source/changzhi-gongbao-2024-03.md');
  it.skipIf(!existsSync(shared))('is a verbatim copy of the shared source', () => {
    expect(readFileSync(join(packageDir, meta.sourceFile)).equals(readFileSync(shared))).toBe(true);
  });
});
