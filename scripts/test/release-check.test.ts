/**
 * The release check fed each kind of change: planted into real inputs (the committed JSON Schema
 * files, the data of @gongbao/data, a Frictionless fixture), classified by docs/versioning.md,
 * and judged against pending bumps; and end to end, as `pnpm release:check` runs in CI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documents, meta, tables } from '@gongbao/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareData, compareDataPackage, comparePackage, compareSchema } from '../release/compare';
import { dataPackageSurface } from '../release/data-package-surface';
import { dataValues } from '../release/data-values-surface';
import { flattenJsonSchema } from '../release/json-schema-surface';
import { releaseReport } from '../release/report';
import { requiredBumps } from '../release/rules';
import { readSnapshot, writeSnapshot } from '../release/snapshot';
import { readSurfaces } from '../release/surface';
import type { Bump, Difference, PackageSurface } from '../release/types';
import { changesetsFixture, repoRoot } from './helpers';

type Json = Record<string, unknown> & { properties: Record<string, Record<string, unknown>>; required: string[] };
const clone = <T>(value: T): T => structuredClone(value);

/** The differences found between two values by one of the compare functions. */
function diff<T>(
  compare: (a: T, b: T, emit: (...args: [Difference['level'], string, string, string?]) => void) => void,
  a: T,
  b: T,
) {
  const out: Array<{ level: string; kind: string; where: string; detail?: string }> = [];
  compare(a, b, (level, kind, where, detail) => out.push({ level, kind, where, ...(detail ? { detail } : {}) }));
  return out;
}

describe('JSON Schema changes (planted into json-schema/document.schema.json)', () => {
  const original = JSON.parse(
    readFileSync(join(repoRoot, 'packages/core/json-schema/document.schema.json'), 'utf8'),
  ) as Json;
  const compare = (plant: (schema: Json) => void) => {
    const changed = clone(original);
    plant(changed);
    return diff(
      (a, b, emit) => compareSchema(a, b, 'document.schema.json', emit),
      flattenJsonSchema(original),
      flattenJsonSchema(changed),
    );
  };

  it('finds nothing when nothing changed', () => {
    expect(compare(() => {})).toEqual([]);
  });
  it('a changed description is a patch', () => {
    expect(
      compare((s) => {
        s.properties.title = { ...s.properties.title, description: '标题 (reworded)' };
      }),
    ).toEqual([{ level: 'patch', kind: 'description changed', where: 'document.schema.json#.title' }]);
  });
  it('a new optional field is a minor', () => {
    expect(
      compare((s) => {
        s.properties.summary = { type: 'string' };
      }),
    ).toEqual([{ level: 'minor', kind: 'optional field added', where: 'document.schema.json#.summary' }]);
  });
  it('a new required field is a major (documents valid before lack it)', () => {
    const found = compare((s) => {
      s.properties.summary = { type: 'string' };
      s.required.push('summary');
    });
    expect(found).toMatchObject([
      { level: 'major', kind: 'required field added', where: 'document.schema.json#.summary' },
    ]);
  });
  it('a renamed field is a major, reported as a rename', () => {
    const found = compare((s) => {
      s.properties.signedDate = s.properties.writtenDate as Record<string, unknown>;
      delete s.properties.writtenDate;
      s.required = s.required.map((k) => (k === 'writtenDate' ? 'signedDate' : k));
    });
    expect(found).toMatchObject([
      { level: 'major', kind: 'field renamed', where: 'document.schema.json#.writtenDate' },
    ]);
    expect(found[0]?.detail).toContain('signedDate');
  });
  it('a removed field is a major, reported once for the whole subtree', () => {
    const found = compare((s) => {
      delete s.properties.issuers;
    });
    expect(found).toEqual([{ level: 'major', kind: 'field removed', where: 'document.schema.json#.issuers' }]);
  });
  it('a retyped field is a major', () => {
    expect(
      compare((s) => {
        s.properties.writtenDate = { type: 'integer' };
      }),
    ).toContainEqual(expect.objectContaining({ level: 'major', kind: 'type changed', detail: 'string → integer' }));
  });
  it('a field that became optional or required is a major', () => {
    expect(
      compare((s) => {
        s.required = s.required.filter((k) => k !== 'title');
      }),
    ).toEqual([{ level: 'major', kind: 'field became optional', where: 'document.schema.json#.title' }]);
    expect(
      compare((s) => {
        s.required.push('note');
      }),
    ).toEqual([{ level: 'major', kind: 'field became required', where: 'document.schema.json#.note' }]);
  });
  it('a new enum value is a minor, a removed one a major', () => {
    const type = original.properties.type as { enum: string[] };
    expect(
      compare((s) => {
        s.properties.type = { ...type, enum: [...type.enum, '令'] };
      }),
    ).toMatchObject([{ level: 'minor', kind: 'enum value added', detail: '"令"' }]);
    expect(
      compare((s) => {
        s.properties.type = { ...type, enum: type.enum.filter((v) => v !== '函') };
      }),
    ).toMatchObject([{ level: 'major', kind: 'enum value removed', detail: '"函"' }]);
  });
  it('a tightened bound is a major, a loosened one a minor, a changed pattern at least a minor', () => {
    const title = original.properties.title as { maxLength: number };
    expect(
      compare((s) => {
        s.properties.title = { ...title, maxLength: 100 };
      }),
    ).toMatchObject([{ level: 'major', kind: 'constraint tightened' }]);
    expect(
      compare((s) => {
        s.properties.title = { ...title, maxLength: 1000 };
      }),
    ).toMatchObject([{ level: 'minor', kind: 'constraint loosened' }]);
    const id = original.properties.id as { pattern: string };
    expect(
      compare((s) => {
        s.properties.id = { ...id, pattern: '^.+$' };
      }),
    ).toMatchObject([{ level: 'minor', kind: 'constraint changed' }]);
  });
  it('a change inside a definition is found at its $defs path', () => {
    const found = compare((s) => {
      const defs = s.$defs as Record<string, Json>;
      delete defs.DocumentNumber?.properties.raw;
    });
    expect(found).toEqual([
      { level: 'major', kind: 'field removed', where: 'document.schema.json#$defs/DocumentNumber.raw' },
    ]);
  });
});

describe('datapackage.json changes (a Frictionless fixture with an inline and an external Table Schema)', () => {
  const dir = join(import.meta.dirname, 'fixtures/datapackage');
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
    resources: Array<{
      name: string;
      schema: { fields: Array<Record<string, unknown>>; primaryKey: string[] } | string;
    }>;
  };
  const inline = () => {
    const d = clone(descriptor);
    const stations = JSON.parse(readFileSync(join(dir, 'fire-stations.schema.json'), 'utf8'));
    (d.resources[1] as { schema: unknown }).schema = stations;
    return d as unknown as {
      resources: Array<{
        name: string;
        path: string;
        schema: { fields: Array<Record<string, unknown>>; primaryKey: string[] };
      }>;
    };
  };
  const compare = (plant: (d: ReturnType<typeof inline>) => void) => {
    const changed = inline();
    plant(changed);
    return diff(compareDataPackage, dataPackageSurface(descriptor, dir), dataPackageSurface(changed));
  };
  const stations = (d: ReturnType<typeof inline>) => (d.resources[1] as (typeof d.resources)[number]).schema;

  it('reads fields, keys and an external schema file', () => {
    const surface = dataPackageSurface(descriptor, dir);
    expect(Object.keys(surface.resources)).toEqual(['documents', 'fire-stations']);
    expect(surface.resources['fire-stations']).toMatchObject({
      path: 'fire-stations.csv',
      primaryKey: ['documentId', 'county'],
      foreignKeys: ['documentId → documents.id'],
    });
    expect(surface.resources.documents?.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ['id', 'string', true],
      ['writtenDate', 'date', true],
      ['type', 'string', false],
      ['pages', 'integer', false],
    ]);
    expect(compare(() => {})).toEqual([]);
  });
  it('a new field or resource is a minor', () => {
    expect(
      compare((d) => {
        stations(d).fields.push({ name: 'township', type: 'string' });
      }),
    ).toEqual([
      { level: 'minor', kind: 'field added', where: 'datapackage.json resource fire-stations field township' },
    ]);
    expect(
      compare(
        (d) =>
          void d.resources.push({ name: 'timeline', path: 'timeline.csv', schema: { fields: [], primaryKey: [] } }),
      ),
    ).toEqual([{ level: 'minor', kind: 'resource added', where: 'datapackage.json resource timeline' }]);
  });
  it('a removed field or resource, a retyped field, a changed key or path, reordered fields: a major', () => {
    expect(
      compare((d) => {
        stations(d).fields.splice(2, 1);
      }),
    ).toEqual([
      { level: 'major', kind: 'field removed', where: 'datapackage.json resource fire-stations field divisionCode' },
    ]);
    expect(
      compare((d) => {
        d.resources.splice(1, 1);
      }),
    ).toEqual([{ level: 'major', kind: 'resource removed', where: 'datapackage.json resource fire-stations' }]);
    expect(
      compare((d) => {
        (stations(d).fields[3] as Record<string, unknown>).type = 'number';
      }),
    ).toMatchObject([{ level: 'major', kind: 'type changed', detail: 'integer → number' }]);
    expect(
      compare((d) => {
        stations(d).primaryKey = ['divisionCode'];
      }),
    ).toMatchObject([{ level: 'major', kind: 'primary key changed' }]);
    expect(
      compare((d) => {
        (d.resources[1] as { path: string }).path = 'stations.csv';
      }),
    ).toMatchObject([{ level: 'major', kind: 'resource path changed' }]);
    expect(
      compare((d) => {
        stations(d).fields.reverse();
      }),
    ).toMatchObject([{ level: 'major', kind: 'fields reordered' }]);
    expect(
      compare((d) => {
        (stations(d).fields[0] as Record<string, unknown>).constraints = {};
      }),
    ).toMatchObject([{ level: 'major', kind: 'field became optional' }]);
  });
  it('a changed description is a patch', () => {
    expect(
      compare((d) => {
        (stations(d).fields[1] as Record<string, unknown>).description = '县区';
      }),
    ).toEqual([
      { level: 'patch', kind: 'description changed', where: 'datapackage.json resource fire-stations field county' },
    ]);
  });
});

describe('data changes (planted into the documents and tables of @gongbao/data)', () => {
  type Doc = (typeof documents)[number];
  type Tab = (typeof tables)[number];
  const before = dataValues(documents, tables, meta.corrections);
  const compare = (plant: (docs: Doc[], tabs: Tab[]) => void) => {
    const docs = clone(documents) as Doc[];
    const tabs = clone(tables) as Tab[];
    plant(docs, tabs);
    return diff(compareData, before, dataValues(docs, tabs, meta.corrections));
  };
  const stations = (tabs: Tab[]) => tabs.find((t) => t.id === 'fire-stations') as Tab;

  it('finds nothing in the data as it is', () => {
    expect(compare(() => {})).toEqual([]);
  });
  it('a corrected value is a patch, naming the document and field', () => {
    const found = compare((docs) => {
      const grain = docs.find((d) => d.id === '长政规-2024-1') as Doc;
      (grain as { title: string }).title = `${grain.title}（修订）`;
    });
    expect(found).toEqual([
      { level: 'patch', kind: 'value corrected', where: 'document 长政规-2024-1', detail: 'fields title' },
    ]);
  });
  it('a corrected table row is a patch, a new row a minor, a removed row a major', () => {
    const correct = (tabs: Tab[]) => {
      const table = stations(tabs);
      const first = table.columns[0]?.name ?? '';
      (table.rows as Array<Record<string, unknown>>)[3] = { ...table.rows[3], [first]: '（planted correction）' };
    };
    expect(compare((_, tabs) => correct(tabs))).toEqual([
      {
        level: 'patch',
        kind: 'rows corrected',
        where: 'table fire-stations',
        detail: '1 row(s) with corrected values',
      },
    ]);
    expect(
      compare((_, tabs) => {
        (stations(tabs).rows as unknown[]).push({ ...stations(tabs).rows[0], planted: '新站' });
      }),
    ).toEqual([{ level: 'minor', kind: 'rows added', where: 'table fire-stations', detail: '1 new row(s)' }]);
    expect(
      compare((_, tabs) => {
        (stations(tabs).rows as unknown[]).splice(5, 2);
      }),
    ).toEqual([
      { level: 'major', kind: 'rows removed', where: 'table fire-stations', detail: '2 row(s) no longer in the table' },
    ]);
  });
  it('a new document or table is a minor; a changed or removed id a major', () => {
    const extra = compare((docs) => {
      docs.push({ ...(docs[0] as Doc), id: '长政发-2024-99' });
    });
    expect(extra).toEqual([{ level: 'minor', kind: 'document added', where: 'document 长政发-2024-99' }]);
    const renamed = compare((docs) => {
      (docs[0] as { id: string }).id = 'renamed-2024-1';
    });
    expect(renamed.map((d) => `${d.level} ${d.kind}`).sort()).toEqual([
      'major document id removed',
      'minor document added',
    ]);
    const table = compare((_, tabs) => {
      (stations(tabs) as { id: string }).id = 'stations';
    });
    expect(table.map((d) => `${d.level} ${d.kind} ${d.where}`).sort()).toEqual([
      'major table id removed table fire-stations',
      'minor table added table stations',
    ]);
  });
  it('a new column is a minor, a removed or retyped one a major', () => {
    const columns = (tabs: Tab[]) => stations(tabs).columns as Array<{ name: string; type: string }>;
    expect(
      compare((_, tabs) => {
        columns(tabs).push({ name: 'plantedColumn', type: 'string' });
      }),
    ).toMatchObject([{ level: 'minor', kind: 'column added' }]);
    expect(
      compare((_, tabs) => {
        columns(tabs).pop();
      }),
    ).toMatchObject([{ level: 'major', kind: 'column removed' }]);
    expect(
      compare((_, tabs) => {
        (columns(tabs)[0] as { type: string }).type = 'boolean';
      }),
    ).toMatchObject([{ level: 'major', kind: 'column type changed' }]);
    expect(
      compare((_, tabs) => {
        (columns(tabs)[0] as { description?: string }).description = 'reworded';
      }),
    ).toMatchObject([{ level: 'patch', kind: 'column description changed' }]);
  });
});

describe('exports and the rules', () => {
  const surface = (name: string, exports: PackageSurface['exports']): PackageSurface => ({
    name,
    version: '0.1.0',
    exports,
  });
  const utils = surface('@gongbao/utils', {
    '.': { addWorkingDays: 'value', IsoDate: 'type' },
    './dates': { addWorkingDays: 'value' },
  });

  it('a new export is a minor; a removed export or entry point, or a value that became a type, a major', () => {
    const plant = (exports: PackageSurface['exports']) =>
      comparePackage(utils, surface('@gongbao/utils', exports)).map((d) => `${d.level} ${d.kind} ${d.where}`);
    expect(plant({ ...utils.exports, '.': { ...utils.exports['.'], isWorkingDay: 'value' } })).toEqual([
      'minor export added @gongbao/utils isWorkingDay',
    ]);
    expect(plant({ ...utils.exports, '.': { IsoDate: 'type' } })).toEqual([
      'major export removed @gongbao/utils addWorkingDays',
    ]);
    expect(plant({ '.': utils.exports['.'] ?? {} })).toEqual(['major entry point removed @gongbao/utils/dates']);
    expect(plant({ ...utils.exports, '.': { addWorkingDays: 'type', IsoDate: 'type' } })).toEqual([
      'major export kind changed @gongbao/utils addWorkingDays',
    ]);
  });

  it('requires the largest level found; a major of core forces a major of data; unreleased packages a minor', () => {
    const d = (pkg: string, level: Difference['level']): Difference => ({ package: pkg, level, kind: 'k', where: 'w' });
    const names = ['@gongbao/core', '@gongbao/data', '@gongbao/utils', '@gongbao/cli'];
    const released = new Set(['@gongbao/core', '@gongbao/data', '@gongbao/utils']);
    const required = requiredBumps(
      names,
      [d('@gongbao/core', 'patch'), d('@gongbao/core', 'major'), d('@gongbao/utils', 'minor')],
      released,
    );
    expect(Object.fromEntries([...required].map(([n, r]) => [n, r.bump]))).toEqual({
      '@gongbao/core': 'major',
      '@gongbao/data': 'major',
      '@gongbao/utils': 'minor',
      '@gongbao/cli': 'minor',
    });
    expect(required.get('@gongbao/data')?.reason).toContain('forces a major');
    expect(required.get('@gongbao/cli')?.reason).toContain('first release');
  });

  it('fails when a pending bump is below the requirement, passes at or above it', () => {
    const before = surface('@gongbao/utils', { '.': { a: 'value', b: 'value' } });
    const after = surface('@gongbao/utils', { '.': { a: 'value', c: 'value' } });
    const snapshot = new Map([[before.name, before]]);
    const judge = (bump: Bump) => releaseReport([after], snapshot, new Map([['@gongbao/utils', bump]]));
    expect(judge('minor').ok).toBe(false);
    expect(judge('minor').failures[0]).toContain('the pending changesets give minor, the rules require major');
    expect(judge('major').ok).toBe(true);
    // Before the first release (no snapshot) a minor is needed, and enough.
    expect(releaseReport([after], new Map(), new Map([['@gongbao/utils', 'patch']])).ok).toBe(false);
    expect(releaseReport([after], new Map(), new Map([['@gongbao/utils', 'minor']])).ok).toBe(true);
    // A snapshot of another version than package.json means the release did not write it.
    expect(
      releaseReport([{ ...after, version: '0.2.0' }], snapshot, new Map([['@gongbao/utils', 'major']])).failures[0],
    ).toContain('the snapshot is of 0.1.0');
  });
});

describe('pnpm release:check, end to end', () => {
  let current: PackageSurface[];
  beforeAll(async () => {
    current = await readSurfaces(repoRoot);
  }, 60_000);

  it('reads every published package, the core JSON Schemas and the data values from the tree', () => {
    expect(current.map((s) => s.name)).toEqual([
      '@gongbao/cli',
      '@gongbao/core',
      '@gongbao/data',
      '@gongbao/parser',
      '@gongbao/utils',
    ]);
    const core = current.find((s) => s.name === '@gongbao/core');
    expect(Object.keys(core?.jsonSchemas ?? {})).toContain('document.schema.json');
    expect(core?.exports['.']).toMatchObject({ DocumentSchema: 'value', Document: 'type', documentStatus: 'value' });
    const data = current.find((s) => s.name === '@gongbao/data');
    expect(Object.keys(data?.data?.documents ?? {})).toHaveLength(documents.length);
    expect(Object.keys(data?.data?.tables ?? {})).toEqual(tables.map((t) => t.id));
  });

  it('fails on a planted change the pending changesets do not cover, and passes once they do', () => {
    // The last release had a document this tree no longer has: a removed id, a major of data.
    const snapshot = mkdtempSync(join(tmpdir(), 'gongbao-snapshot-'));
    const planted = clone(current);
    const data = planted.find((s) => s.name === '@gongbao/data') as PackageSurface;
    (data.data as NonNullable<PackageSurface['data']>).documents['长政发-2023-1'] = { id: '0000000000000000' };
    writeSnapshot(snapshot, planted);
    expect(readSnapshot(snapshot).get('@gongbao/data')).toEqual(data);
    const run = (changesets: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [
          join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
          '--tsconfig',
          join(repoRoot, 'tsconfig.base.json'),
          join(repoRoot, 'scripts/release/check.ts'),
          '--snapshot',
          snapshot,
          '--changesets',
          changesetsFixture(changesets),
        ],
        { cwd: repoRoot, encoding: 'utf8' },
      );
    const minor = run({ 'data.md': '---\n"@gongbao/data": minor\n---\n\nNew data.\n' });
    expect(minor.stdout).toContain('major  document id removed: document 长政发-2023-1');
    expect(minor.stdout).toContain('@gongbao/data: the pending changesets give minor, the rules require major');
    expect(minor.status).toBe(1);
    const major = run({
      'data.md': '---\n"@gongbao/data": major\n---\n\n长政发〔2023〕1号 is no longer in the data.\n',
    });
    expect(major.stdout).toContain('release check passed');
    expect(major.status).toBe(0);
  }, 120_000);

  it('is what CI runs', () => {
    const ci = readFileSync(join(repoRoot, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^pnpm release:check$/m);
  });
});
