import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasets, meta, tables, timeline } from '@gongbao/data';
import { describe, expect, it } from 'vitest';
import { buildAll, generate } from '../scripts/generate';
import { datasetsJson, sourceTablesJson } from '../src/generated/tables';
import { sourcesCell, timelineTable } from '../src/timeline-table';

const packageDir = join(import.meta.dirname, '..');

describe('generated data', () => {
  // Byte for byte: the committed files were written by an earlier run, so this also checks that the
  // writers are deterministic (no clock, no random order in the CSV, JSON or Parquet bytes).
  it('is up to date with the source (run `pnpm --filter @gongbao/data generate`)', () => {
    for (const [path, contents] of generate()) {
      const current = readFileSync(join(packageDir, path));
      if (typeof contents === 'string') expect(current.toString('utf8'), path).toBe(contents);
      else expect(current.equals(contents), `${path} differs byte for byte`).toBe(true);
    }
  });

  it('loads the tables the generator built, storing the timeline rows once', () => {
    const built = buildAll();
    expect(tables).toEqual(built.tables);
    expect(datasets).toEqual(built.datasets);
    expect(tables.slice(-datasets.length)).toEqual(datasets);
    expect(tables.at(-1)?.rows).toEqual(timelineTable(built.timeline).rows);
    expect(tables.at(-1)?.rows).toEqual(built.timeline.map((e) => ({ ...e, sources: sourcesCell(e) })));
    expect(timeline).toEqual(built.timeline);
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

  // The copy was taken verbatim from the project's source of the issue; this is that file's
  // SHA-256 then. Corrections go to corrections.json, never into the copy, so it must not change.
  // (Checked here rather than against the shared folder, which is not next to every checkout.)
  it('is still the verbatim copy of the printed issue (corrections live in corrections.json)', () => {
    const sha = createHash('sha256')
      .update(readFileSync(join(packageDir, 'source/changzhi-gongbao-2024-03.md')))
      .digest('hex');
    expect(sha).toBe('9cfbeb5995f35c0b79b0f42a16823ca7f0a8adb4befd6044b48c97d7f87a64a2');
  });
});
