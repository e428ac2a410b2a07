/**
 * The analyst files (datapackage.json, files/*.csv, files/documents.jsonl) read back as a reader
 * would: the descriptor validated against the official Frictionless profiles, every CSV against
 * its Table Schema (types, required, enums, unique primary keys, foreign keys), the rows equal to
 * the resources the generator built, and the documents of documents.jsonl valid core documents.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentSchema, HeadingBlockSchema, ValiditySchema } from '@gongbao/core';
import { documents, issue } from '@gongbao/data';
import { dataFile, dataFiles } from '@gongbao/data/files';
import { TimelineEntrySchema } from '@gongbao/data/schemas';
import { ParseError } from '@gongbao/utils';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../scripts/generate';
import { buildResources } from '../scripts/lib/files/resources';
import { keyOf, packageDir, readCsvRecords, readDescriptor, readResourceRows, type Value } from './files-helpers';

const descriptor = readDescriptor();
const resources = buildResources(buildAll());
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
};
const profile = (name: string) => JSON.parse(readFileSync(join(packageDir, 'test/profiles', name), 'utf8'));

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The profiles' editor hint for long text: any string.
  ajv.addFormat('textarea', true);
  return ajv;
}

describe('datapackage.json', () => {
  it('validates against the official Data Package v1 profile', () => {
    const validate = validator().compile(profile('data-package.json'));
    expect(validate(descriptor), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it('has a Table Schema valid against the Table Schema v1 profile for every resource', () => {
    const validate = validator().compile(profile('table-schema.json'));
    for (const resource of descriptor.resources) {
      expect(validate(resource.schema), `${resource.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('rejects what the profiles reject (the validation can fail)', () => {
    const validate = validator().compile(profile('data-package.json'));
    const first = descriptor.resources[0];
    expect(validate({ ...descriptor, resources: [{ ...first, name: 'Not A Name' }] })).toBe(false);
    expect(validate({ ...descriptor, resources: undefined })).toBe(false);
    const table = validator().compile(profile('table-schema.json'));
    expect(table({ fields: [{ name: 'x', type: 'no-such-type' }] })).toBe(false);
  });

  it('is the package version, with licence, source and one resource per built resource', () => {
    expect(descriptor.version).toBe(manifest.version);
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'MIT' })]);
    expect(descriptor.sources).toEqual([expect.objectContaining({ path: issue.contact?.website })]);
    expect(descriptor.resources.map((r) => r.name)).toEqual(resources.map((r) => r.name));
    for (const r of descriptor.resources) {
      expect([r.path, r.format, r.mediatype, r.encoding]).toEqual([`files/${r.name}.csv`, 'csv', 'text/csv', 'utf-8']);
      const bytes = readFileSync(join(packageDir, r.path));
      expect(r.bytes, r.name).toBe(bytes.length);
    }
    expect(manifest.files).toEqual(expect.arrayContaining(['datapackage.json', 'files']));
  });

  it('records the known gaps of the datasets', () => {
    const keyProjects = descriptor.resources.find((r) => r.name === 'key-projects') as unknown as {
      knownGaps?: Array<{ id: string }>;
    };
    expect(keyProjects.knownGaps?.map((g) => g.id)).toEqual(['key-projects-source-ends-early']);
  });

  it('describes fields that mirror schema fields with their .describe() texts', () => {
    const fieldOf = (resource: string, name: string) =>
      descriptor.resources.find((r) => r.name === resource)?.schema.fields.find((f) => f.name === name);
    expect(fieldOf('documents', 'writtenDate')?.description).toBe(DocumentSchema.shape.writtenDate.description);
    expect(fieldOf('documents', 'effectiveFromBasis')?.description).toBe(
      ValiditySchema.shape.effectiveFromBasis.description,
    );
    expect(fieldOf('blocks', 'level')?.description).toContain(HeadingBlockSchema.shape.level.description);
    expect(fieldOf('timeline', 'basis')?.description).toBe(TimelineEntrySchema.shape.basis.description);
    for (const r of descriptor.resources)
      for (const f of r.schema.fields) expect(f.description?.length, `${r.name}.${f.name}`).toBeGreaterThan(0);
  });

  it('has no generated headers (单位名称_2), integer years, and one type per column name', () => {
    const types = new Map<string, Set<string>>();
    for (const r of descriptor.resources) {
      for (const f of r.schema.fields) {
        expect(f.name, r.name).not.toMatch(/_\d+$/u);
        if (/^year$|Year$/u.test(f.name)) expect(f.type, `${r.name}.${f.name}`).toBe('integer');
        types.set(f.name, (types.get(f.name) ?? new Set()).add(f.type));
      }
    }
    const mixed = [...types].filter(([, t]) => t.size > 1).map(([name]) => name);
    expect(mixed).toEqual([]);
    expect(types.get('序号')).toEqual(new Set(['integer']));
  });

  it('uses one column name for one thing: area and station mean the same in both fire plans', () => {
    const column = (resource: string, name: string) =>
      new Set(readResourceRows(resourceNamed(resource)).map((r) => r[name]));
    expect(column('fire-vehicles', 'area')).toEqual(column('fire-equipment', 'area'));
    const stations = column('fire-equipment', 'station');
    expect([...column('fire-vehicles', 'station')].filter((s) => stations.has(s)).length).toBeGreaterThan(5);
    // `unit` named a county in one plan and a station in the other; no table uses it any more.
    expect(descriptor.resources.filter((r) => r.schema.fields.some((f) => f.name === 'unit'))).toEqual([]);
  });
});

describe('the CSV files', () => {
  it('are UTF-8 with a BOM and CRLF line ends (RFC 4180)', () => {
    for (const r of descriptor.resources) {
      const bytes = readFileSync(join(packageDir, r.path));
      expect([...bytes.subarray(0, 3)], r.name).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n'), r.name).toBe(true);
      // Outside quoted cells every line break is CRLF: the records parse with CRLF as the delimiter.
      expect(readCsvRecords(join(packageDir, r.path)).length, r.name).toBe(rowsOf(r.name).length + 1);
    }
  });

  it.each(descriptor.resources.map((r) => [r.name, r] as const))('%s fits its Table Schema', (_, resource) => {
    const rows = readResourceRows(resource);
    const keys = rows.map((row) => keyOf(row, resource.schema.primaryKey));
    expect(new Set(keys).size, 'unique primary key').toBe(rows.length);
    for (const row of rows) for (const k of resource.schema.primaryKey) expect(row[k], k).not.toBeNull();
    for (const f of resource.schema.fields.filter((field) => field.constraints?.unique)) {
      const values = rows.map((row) => row[f.name]).filter((v) => v !== null);
      expect(new Set(values).size, `${f.name} unique`).toBe(values.length);
    }
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = descriptor.resources.find((r) => r.name === fk.reference.resource);
      expect(target, fk.reference.resource).toBeDefined();
      const known = new Set(readResourceRows(target as typeof resource).map((row) => keyOf(row, fk.reference.fields)));
      for (const row of rows) {
        if (fk.fields.some((f) => row[f] === null)) continue;
        expect(known.has(keyOf(row, fk.fields)), `${fk.fields} ${keyOf(row, fk.fields)}`).toBe(true);
      }
    }
  });

  it('hold exactly the rows of the built resources, numbers as numbers', () => {
    for (const r of descriptor.resources) expect(readResourceRows(r), r.name).toEqual(rowsOf(r.name));
  });

  it('hold the published datasets row for row', () => {
    const stations = readResourceRows(resourceNamed('fire-stations'));
    expect(stations).toHaveLength(119);
    expect(stations[0]).toMatchObject({ district: '潞州区', year: 2024, documentId: '长政发-2024-5' });
    const source = readResourceRows(resourceNamed('source-fire-stations'));
    // 潞州区 (18座) is a name and a count; the counts add up to the (119座) of the title.
    expect(source[0]).toMatchObject({ 行政区: '潞州区', 行政区座数: 18, 时间: 2024, 建设标准座数: 9 });
    const perDistrict = new Map(source.map((row) => [row.行政区, row.行政区座数 as number]));
    expect([...perDistrict.values()].reduce((a, b) => a + b, 0)).toBe(119);
  });

  it('have a documents row per document with the basis of each date', () => {
    const rows = readResourceRows(resourceNamed('documents'));
    expect(rows.map((row) => row.id)).toEqual(documents.map((d) => d.id));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('长政办发-2024-16')).toMatchObject({
      effectiveFrom: '2024-06-13',
      effectiveFromBasis: 'written-date',
      fromPublication: true,
      until: '2026-06-12',
      untilBasis: 'period-from-written-date',
    });
    expect(byId.get('长人社规-2024-1')?.issuers).toBe('长治市人力资源和社会保障局; 长治市财政局');
  });

  it('have a block for every piece of text searchText reads', () => {
    const blocks = readResourceRows(resourceNamed('blocks'));
    const text = (id: string) => blocks.filter((b) => b.documentId === id).map((b) => String(b.text));
    expect(text('长政规-2024-1').some((t) => t.includes('有效期5年'))).toBe(true);
    expect(new Set(blocks.map((b) => b.documentId)).size).toBe(documents.length);
  });
});

describe('documents.jsonl', () => {
  it('has one complete core document per line, in gazette order', () => {
    const lines = readFileSync(dataFile('documents.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((line) => DocumentSchema.parse(JSON.parse(line)));
    expect(parsed).toEqual(documents);
  });
});

describe('dataFile', () => {
  it('gives an existing absolute path for every file', () => {
    expect(dataFiles).toEqual([
      'datapackage.json',
      ...descriptor.resources.map((r) => `${r.name}.csv`),
      ...descriptor.resources.map((r) => `${r.name}.parquet`),
      'gongbao.sqlite',
      'documents.jsonl',
    ]);
    for (const name of dataFiles) {
      const path = dataFile(name);
      expect(path.startsWith('/') || /^[A-Za-z]:\\/u.test(path), path).toBe(true);
      expect(readFileSync(path).length, name).toBeGreaterThan(0);
    }
  });

  it('throws ParseError UNKNOWN_FILE listing the files for any other name', () => {
    expect(() => dataFile('fire-stations.parquet.exe')).toThrow(ParseError);
    expect(() => dataFile('../package.json')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_FILE', message: expect.stringContaining('fire-stations.csv') }),
    );
    expect(() => dataFile(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'NOT_TEXT' }));
  });
});

describe('the packed tarball', () => {
  it('holds every analyst file and stays at most 3 MB', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: packageDir, encoding: 'utf8' }),
    ) as Array<{ size: number; files: Array<{ path: string }> }>;
    const paths = new Set(packed?.files.map((f) => f.path));
    // Measured with the build in it (the test script builds first).
    expect(paths.has('dist/index.js') && paths.has('dist/files.cjs')).toBe(true);
    for (const name of dataFiles) {
      expect(paths.has(name === 'datapackage.json' ? name : `files/${name}`), name).toBe(true);
    }
    expect(packed?.size).toBeLessThanOrEqual(3 * 1024 * 1024);
  }, 60_000);
});

function resourceNamed(name: string) {
  const found = descriptor.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
}

function rowsOf(name: string): Array<Record<string, Value>> {
  const found = resources.find((r) => r.name === name);
  if (!found) throw new Error(`no built resource ${name}`);
  return found.rows;
}
