/**
 * gongbao.sqlite read back with SQLite itself (better-sqlite3) as an analyst would: every resource
 * a table with the Table Schema's column types, NOT NULL, primary and foreign keys and the built
 * rows; foreign keys and integrity checked by SQLite; the FTS5 trigram index finds the same blocks
 * and documents as `searchText` for a set of Chinese queries (MATCH for three or more characters,
 * instr() on the same table for one or two).
 */
import { join } from 'node:path';
import { searchText } from '@gongbao/data/search';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAll } from '../scripts/generate';
import { buildResources } from '../scripts/lib/files/resources';
import { FTS_TABLE, quoted, SQLITE_FILE } from '../scripts/lib/files/sqlite';
import { prepareQuery } from '../src/internal/searchable';
import { packageDir, readDescriptor } from './files-helpers';

const descriptor = readDescriptor();
// What each Table Schema type must be in SQLite (written out here, not read from the writer's own
// table, so a wrong mapping there fails): dates as ISO text, booleans as 0/1.
const SQLITE_TYPE_OF: Record<string, string> = {
  string: 'TEXT',
  integer: 'INTEGER',
  year: 'INTEGER',
  number: 'REAL',
  boolean: 'INTEGER',
  date: 'TEXT',
};
const resources = buildResources(buildAll());
const db = new Database(join(packageDir, 'files', SQLITE_FILE), { readonly: true, fileMustExist: true });
afterAll(() => db.close());

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}
interface ForeignKeyInfo {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string;
}

describe('gongbao.sqlite', () => {
  it('has a table for every resource of datapackage.json, and the FTS index', () => {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE ? ORDER BY name")
      .pluck()
      .all(`${FTS_TABLE}_%`) as string[];
    expect(tables).toEqual([...descriptor.resources.map((r) => r.name), FTS_TABLE].sort());
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // blocks_fts.rowid is the rowid of the block it indexes.
    const joined = db
      .prepare(
        `SELECT count(*) FROM ${FTS_TABLE} f JOIN blocks b ON b.rowid = f.rowid AND b.documentId = f.documentId AND b.path = f.path`,
      )
      .pluck()
      .get();
    expect(joined).toBe(resources.find((r) => r.name === 'blocks')?.rows.length);
  });

  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    'has %s with the Table Schema types, NOT NULL, keys and the built rows',
    (name, r) => {
      const columns = db.pragma(`table_info(${quoted(name)})`) as ColumnInfo[];
      expect(columns.map((c) => c.name)).toEqual(r.schema.fields.map((f) => f.name));
      r.schema.fields.forEach((f, i) => {
        const column = columns[i] as ColumnInfo;
        expect(column.type, `${name}.${f.name}`).toBe(SQLITE_TYPE_OF[f.type]);
        expect(column.notnull, `${name}.${f.name}`).toBe(f.constraints?.required ? 1 : 0);
      });
      const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      expect(pk.map((c) => c.name)).toEqual(r.schema.primaryKey);
      const fks = db.pragma(`foreign_key_list(${quoted(name)})`) as ForeignKeyInfo[];
      const grouped = [...new Set(fks.map((fk) => fk.id))].map((id) => {
        const parts = fks.filter((fk) => fk.id === id).sort((a, b) => a.seq - b.seq);
        return {
          fields: parts.map((p) => p.from),
          reference: { resource: parts[0]?.table, fields: parts.map((p) => p.to) },
        };
      });
      const sortKey = (fk: { fields: string[] }) => fk.fields.join();
      expect(grouped.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
        [...(r.schema.foreignKeys ?? [])].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
      );
      const booleans = r.schema.fields.filter((f) => f.type === 'boolean').map((f) => f.name);
      const rows = (db.prepare(`SELECT * FROM ${quoted(name)} ORDER BY rowid`).all() as Record<string, unknown>[]).map(
        (row) => {
          for (const b of booleans) if (row[b] !== null) row[b] = row[b] === 1;
          return row;
        },
      );
      expect(rows).toEqual(resources.find((b) => b.name === name)?.rows);
    },
  );

  it('refuses rows that break a key or a type (the constraints are real)', () => {
    const copy = new Database(db.serialize());
    copy.pragma('foreign_keys = ON');
    expect(() =>
      copy
        .prepare(
          'INSERT INTO "fire-stations" (row, district, year, standard, place, documentId) VALUES (1, ?, 2024, ?, ?, ?)',
        )
        .run('潞州区', 'x', 'y', '长政发-2024-5'),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      copy
        .prepare(
          'INSERT INTO "fire-stations" (row, district, year, standard, place, documentId) VALUES (999, ?, 2024, ?, ?, ?)',
        )
        .run('潞州区', 'x', 'y', 'no-such-document'),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      copy
        .prepare(
          'INSERT INTO "fire-stations" (row, district, year, standard, place, documentId) VALUES (999, ?, ?, ?, ?, ?)',
        )
        .run('潞州区', 'twenty', 'x', 'y', '长政发-2024-5'),
    ).toThrow(/datatype|INTEGER/i);
    copy.close();
  });
});

/** The blocks (documentId and path) and documents an FTS query of the prepared text finds. */
function ftsFinds(query: string): { blocks: string[]; documents: string[] } {
  const prepared = prepareQuery(query);
  const sql =
    [...prepared].length >= 3
      ? `SELECT documentId, path FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ? ORDER BY rowid`
      : `SELECT documentId, path FROM ${FTS_TABLE} WHERE instr(matchText, ?) > 0 ORDER BY rowid`;
  const param = [...prepared].length >= 3 ? `"${prepared.replaceAll('"', '""')}"` : prepared;
  const rows = db.prepare(sql).all(param) as Array<{ documentId: string; path: string }>;
  return {
    blocks: rows.map((r) => `${r.documentId} ${r.path}`),
    documents: [...new Set(rows.map((r) => r.documentId))],
  };
}

/** What searchText finds: each block once, in reading order, and the documents. */
function searchFinds(query: string): { blocks: string[]; documents: string[] } {
  const hits = searchText(query);
  const blocks = [...new Set(hits.map((h) => `${h.document.id} ${h.path}`))];
  return { blocks, documents: [...new Set(hits.map((h) => h.document.id))] };
}

describe('the FTS5 trigram index (blocks_fts)', () => {
  const queries = [
    '消防救援站',
    '长治高新技术产业开发区', // printed with OCR spaces: 长治高 新技 术 …
    '有效期5年',
    '自公布之日起施行',
    '低空经济',
    '储备粮管理',
    '重大行政决策事项',
    '（一）', // full-width parentheses, folded as searchText folds them
    '2024年底前',
    '用地审批权',
    '公益性岗位',
    '垦造耕地',
    '城乡建设用地增减挂钩',
    '不存在的文字',
    '消防', // two characters: instr()
    '废止',
    '粮', // one character: instr()
  ];

  it.each(queries)('finds the blocks and documents searchText finds for %s', (query) => {
    const fts = ftsFinds(query);
    const search = searchFinds(query);
    expect(fts.documents.sort()).toEqual(search.documents.sort());
    expect(fts.blocks.sort()).toEqual(search.blocks.sort());
  });

  it('finds something for most queries (the comparison is not of empty sets)', () => {
    expect(queries.filter((q) => ftsFinds(q).documents.length > 0).length).toBeGreaterThanOrEqual(queries.length - 1);
    expect(ftsFinds('长治高新技术产业开发区').documents).toContain('长政发-2024-5');
  });

  it('matches no row with MATCH for a two-character query (why the instr() fallback exists)', () => {
    const rows = db.prepare(`SELECT count(*) FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?`).pluck().get('"消防"');
    expect(rows).toBe(0);
    expect(ftsFinds('消防').documents.length).toBeGreaterThan(0);
  });
});
