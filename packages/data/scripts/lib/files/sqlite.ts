/**
 * gongbao.sqlite: every resource as a STRICT SQLite table (named as the resource, column types from
 * the Table Schema, NOT NULL for required fields, the primary and foreign keys), plus `blocks_fts`,
 * an FTS5 index over the text of every block with the trigram tokenizer — Chinese has no spaces
 * between words, so a word tokenizer (unicode61) would index whole runs of characters as one token
 * and find nothing inside them; trigram indexes every three-character substring, so any query of
 * three or more characters matches wherever it occurs. A query of one or two characters matches
 * no row with MATCH; `instr(matchText, '消防') > 0` on the same table finds them (a scan of the
 * table, fast at this size; `LIKE '%消防%'` does too with the SQLite of better-sqlite3 12 (3.53),
 * but older builds, such as the 3.40 that many Pythons ship, return no row for it). The indexed text is the block's text prepared as `searchText` prepares it
 * (whitespace removed, full-width forms folded, ASCII lower-cased), so MATCH finds what
 * `searchText` finds, OCR spaces inside words (`长治高 新技 术`) included.
 *
 * Built with better-sqlite3 in memory and serialized: the same rows in the same order give the same
 * bytes with the same SQLite version (the file has no clock in it), so the drift check compares
 * bytes like the Parquet files'.
 */
import Database from 'better-sqlite3';
import { searchable } from '../../../src/internal/searchable';
import type { Cell, FieldSpec, FieldType, ResourceSpec } from './resource';

/** The name of the SQLite file in `files/`. */
export const SQLITE_FILE = 'gongbao.sqlite';
/** The FTS5 table over the blocks' text. */
export const FTS_TABLE = 'blocks_fts';

/** The STRICT column type of each Table Schema type (dates as ISO text, booleans as 0/1). */
const SQLITE_TYPES: Record<FieldType, 'TEXT' | 'INTEGER' | 'REAL'> = {
  string: 'TEXT',
  integer: 'INTEGER',
  year: 'INTEGER',
  number: 'REAL',
  boolean: 'INTEGER',
  date: 'TEXT',
};

/** A quoted SQL identifier (resource names have `-`, some column names are Chinese). */
export const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

const list = (names: readonly string[]) => names.map(quoted).join(', ');

/** The CHECK of a column beyond its type: ISO dates, 0/1 booleans, enumerations. */
function checkOf(field: FieldSpec): string {
  const column = quoted(field.name);
  const checks: string[] = [];
  if (field.type === 'date') checks.push(`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`);
  if (field.type === 'boolean') checks.push(`${column} IN (0, 1)`);
  const values = field.constraints?.enum;
  if (values) checks.push(`${column} IN (${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`);
  return checks.length > 0 ? ` CHECK (${checks.join(' AND ')})` : '';
}

/** The CREATE TABLE statement of a resource. */
export function createTableSql(resource: ResourceSpec): string {
  const columns = resource.fields.map(
    (f) => `${quoted(f.name)} ${SQLITE_TYPES[f.type]}${f.constraints?.required ? ' NOT NULL' : ''}${checkOf(f)}`,
  );
  const keys = [
    `PRIMARY KEY (${list(resource.primaryKey)})`,
    ...(resource.foreignKeys ?? []).map(
      (fk) =>
        `FOREIGN KEY (${list(fk.fields)}) REFERENCES ${quoted(fk.reference.resource)} (${list(fk.reference.fields)})`,
    ),
  ];
  return `CREATE TABLE ${quoted(resource.name)} (\n  ${[...columns, ...keys].join(',\n  ')}\n) STRICT`;
}

/** A cell as SQLite stores it: booleans 1/0, everything else as is. */
const sqlValue = (cell: Cell | undefined): string | number | null =>
  typeof cell === 'boolean' ? (cell ? 1 : 0) : (cell ?? null);

/** The bytes of gongbao.sqlite for `resources` (which must include `blocks`). */
export function resourcesSqlite(resources: readonly ResourceSpec[]): Uint8Array {
  const blocks = resources.find((r) => r.name === 'blocks');
  if (!blocks) throw new Error('gongbao.sqlite: no blocks resource to index');
  const db = new Database(':memory:');
  try {
    // Checked while building: every foreign key resolves (the resources are in dependency order).
    db.pragma('foreign_keys = ON');
    const load = db.transaction(() => {
      for (const resource of resources) {
        db.exec(createTableSql(resource));
        const insert = db.prepare(
          `INSERT INTO ${quoted(resource.name)} (${list(resource.fields.map((f) => f.name))}) VALUES (${resource.fields.map(() => '?').join(', ')})`,
        );
        for (const row of resource.rows) insert.run(resource.fields.map((f) => sqlValue(row[f.name])));
      }
      db.exec(
        `CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(documentId UNINDEXED, path UNINDEXED, matchText, tokenize = 'trigram')`,
      );
      const index = db.prepare(`INSERT INTO ${FTS_TABLE} (rowid, documentId, path, matchText) VALUES (?, ?, ?, ?)`);
      blocks.rows.forEach((row, i) => {
        index.run(i + 1, row.documentId ?? null, row.path ?? null, searchable(String(row.text ?? '')).text);
      });
      db.exec(`INSERT INTO ${FTS_TABLE} (${FTS_TABLE}) VALUES ('optimize')`);
    });
    load();
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0)
      throw new Error(`gongbao.sqlite: foreign keys that do not resolve: ${JSON.stringify(problems)}`);
    return new Uint8Array(db.serialize());
  } finally {
    db.close();
  }
}
