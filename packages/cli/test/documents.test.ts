import { documentStatus, documentToText, type IsoDate } from '@gongbao/core';
import { checkTotals, documents, findDocuments, getDocument, getTable, issue, searchText, tables } from '@gongbao/data';
import { describe, expect, it } from 'vitest';
import { gongbao, json, viaJson } from './gongbao';

describe.concurrent('gongbao summary', () => {
  it('prints the masthead, contents, totals and legal effect', async () => {
    const run = await gongbao(['summary', '--date', '2024-07-01']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('《长治市人民政府公报》2024年第3期（总第27期） 双月刊');
    for (const doc of documents) expect(run.stdout).toContain(doc.docNumber.canonical);
    expect(run.stdout).toMatch(/长政规〔2024〕1号 +现行有效 in force/u);
  });

  it('prints the same facts as JSON: the issue, its contents, every total check, every status', async () => {
    const data = json(await gongbao(['summary', '--date', '2030-01-01', '--json'])) as Record<string, unknown>;
    const { toc, documents: _, ...masthead } = issue;
    expect(data.issue).toEqual(viaJson(masthead));
    expect(data.contents).toEqual(viaJson(toc));
    expect((data.tables as { totals: unknown }).totals).toEqual(viaJson(tables.flatMap((t) => checkTotals(t))));
    const effect = data.legalEffect as { documentId: string; status: string }[];
    expect(effect.length).toBeGreaterThan(3);
    for (const { documentId, status } of effect) {
      const doc = getDocument(documentId);
      expect(doc && documentStatus(doc, '2030-01-01' as IsoDate, documents)).toBe(status);
    }
  });

  it('rejects a date that is not one (exit 2)', async () => {
    const run = await gongbao(['summary', '--date', '2024-02-30']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^gongbao: --date: 2024-02-30 is not a day of the calendar\n/u);
  });
});

describe.concurrent('gongbao list', () => {
  it('prints every document, and as JSON exactly the library documents', async () => {
    const run = await gongbao(['list']);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(documents.length + 1);
    expect(json(await gongbao(['list', '--json']))).toEqual(viaJson(documents));
  });

  it('filters like findDocuments', async () => {
    for (const [args, query] of [
      [['--type', '批复'], { type: '批复' }],
      [['--issuer', '财政局'], { issuer: '财政局' }],
      [['--section', '市政府部门规范性文件', '--type', '通知'], { section: '市政府部门规范性文件', type: '通知' }],
    ] as const) {
      expect(json(await gongbao(['list', ...args, '--json']))).toEqual(viaJson(findDocuments(query)));
    }
  });

  it('shows and filters by legal status on a date', async () => {
    const run = await gongbao(['list', '--status-on', '2030-01-01', '--status', 'expired', '--json']);
    const expired = documents.filter((doc) => documentStatus(doc, '2030-01-01' as IsoDate, documents) === 'expired');
    expect(expired.length).toBeGreaterThan(0);
    expect(json(run)).toEqual(viaJson(expired));
    const text = await gongbao(['list', '--status-on', '2030-01-01']);
    expect(text.stdout).toMatch(/长政规〔2024〕1号 .*已失效 expired/u);
  });

  it('refuses a section or type no document has, naming those that exist (exit 2)', async () => {
    const run = await gongbao(['list', '--section', '市政府文', '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Use one of: 市政府文件, 市政府函件');
    expect((await gongbao(['list', '--status-on', 'tomorrow'])).status).toBe(2);
    expect((await gongbao(['list', '--status', 'valid'])).status).toBe(2);
  });

  it('says so on stderr when nothing matches, exit 0, and prints [] as JSON', async () => {
    const run = await gongbao(['list', '--issuer', '教育局']);
    expect(run).toMatchObject({ status: 0, stdout: '' });
    expect(run.stderr).toMatch(/no document matches/u);
    expect(json(await gongbao(['list', '--issuer', '教育局', '--json']))).toEqual([]);
  });
});

describe.concurrent('gongbao show', () => {
  const grain = getDocument('长政规-2024-1');

  it('finds a document by its id and by its number in any spelling', async () => {
    for (const spelling of [
      '长政规-2024-1',
      '长政规〔2024〕1号',
      '长政规[2024]1号',
      '长政规(2024)1号',
      '长政规（２０２４）第01号',
      ' 长政规 〔2024〕 1 号 ',
      '长政规〔2024〕1',
      '长政规【2024】1号',
    ]) {
      const run = await gongbao(['show', spelling, '--json']);
      expect(run.status, spelling).toBe(0);
      expect(json(run), spelling).toEqual(viaJson(grain));
    }
    // Unquoted, a number with a space is two arguments: they are read as one.
    expect(json(await gongbao(['show', '长人社规〔2024〕1', '号', '--json']))).toEqual(
      viaJson(getDocument('长人社规-2024-1')),
    );
  });

  it('prints the facts and the legal status on a date', async () => {
    const run = await gongbao(['show', '长政规〔2024〕1号', '--date', '2030-01-01']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(grain?.title);
    expect(run.stdout).toMatch(/效力 on 2030-01-01 +已失效 expired/u);
    expect(run.stdout).toMatch(/废止 repeals +长政发〔2019〕2号/u);
    expect(run.stdout).toMatch(/施行 validity +from 2024-06-22, 有效期5年/u);
  });

  it('prints the full text as documentToText does, and the outline', async () => {
    const text = await gongbao(['show', '长政规-2024-1', '--text']);
    expect(grain && text.stdout).toBe(grain && `${documentToText(grain)}\n`);
    const outline = await gongbao(['show', '长政发-2024-5', '--outline']);
    expect(outline.stdout).toContain('    一、总体要求\n');
    expect(outline.stdout).toContain('附件 1 长治市消防站及乡镇专职消防站建设计划表');
  });

  it('fails (exit 1) for a number the issue does not have, naming those it has', async () => {
    const run = await gongbao(['show', '长政发[2024]7号']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'gongbao: no document 长政发〔2024〕7号 in this issue\nDocuments of 长政发 in this issue: 长政发〔2024〕5号, 长政发〔2024〕6号, 长政发〔2024〕8号, 长政发〔2024〕9号.\n',
    );
    expect((await gongbao(['show', '长政发-2024-7'])).status).toBe(1);
  });

  it('fails (exit 1) when the argument is neither an id nor a number, pointing to search', async () => {
    const run = await gongbao(['show', '消防工作']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('gongbao search 消防工作');
    expect((await gongbao(['show', ''])).status).toBe(2);
  });
});

describe.concurrent('gongbao search', () => {
  it('prints each hit with its document and context, the count on stderr', async () => {
    const run = await gongbao(['search', '有效期5年']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^长政规〔2024〕1号 line \d+ enclosures\/0\/body\/\d+/mu);
    expect(run.stdout).toMatch(/^ {2}.*有效期5年/mu);
    expect(run.stderr).toBe('2 hits in 2 documents\n');
  });

  it('gives the library hits as JSON, limited by --limit', async () => {
    const hits = searchText('消防');
    expect(hits.length).toBeGreaterThan(20);
    const limited = json(await gongbao(['search', '消防', '--limit', '3', '--json']));
    expect(limited).toEqual(viaJson(hits.slice(0, 3)));
    expect(json(await gongbao(['search', '消防', '--all', '--json']))).toHaveLength(hits.length);
    expect(json(await gongbao(['search', '消防', '--json']))).toHaveLength(20);
  });

  it('rejects an empty query and a bad limit (exit 2)', async () => {
    for (const args of [
      ['search', '  '],
      ['search', 'x', '--limit', '0'],
      ['search', 'x', '--limit', 'many'],
      ['search', 'x', '--all', '--limit', '3'],
    ]) {
      expect((await gongbao(args)).status, args.join(' ')).toBe(2);
    }
  });
});

describe.concurrent('gongbao tables and table', () => {
  it('lists every table with its totals checked', async () => {
    const run = await gongbao(['tables']);
    expect(run.status).toBe(0);
    for (const table of tables) expect(run.stdout).toContain(table.id);
    expect(run.stdout).toMatch(/fire-vehicles +39 rows +5 cols +✓ 1 total /u);
    const list = await gongbao(['tables', '--json']);
    expect(list.status).toBe(0);
    expect(json(list)).toEqual(viaJson(tables));
    expect(tables.every((t) => checkTotals(t).every((check) => check.ok))).toBe(true);
  });

  it('prints one table as markdown with its checks, as CSV, and as the library JSON', async () => {
    const vehicles = getTable('fire-vehicles');
    const md = await gongbao(['table', 'fire-vehicles']);
    expect(md.stdout).toContain('| no | area | station | vehicleType | shortfall (辆) |');
    expect(md.stdout).toContain('✓ 合计 shortfall: stated 43辆, rows sum to 43辆');
    const csv = await gongbao(['table', 'fire-stations', '--format', 'csv']);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('district,year,standard,place,remark');
    expect(lines).toHaveLength(119 + 2);
    expect(json(await gongbao(['table', 'fire-vehicles', '--json']))).toEqual(viaJson(vehicles));
    expect(json(await gongbao(['table', '长政发-2024-5/附件2', '--format', 'json']))).toEqual(
      viaJson(getTable('长政发-2024-5/附件2')),
    );
  });

  it('fails (exit 1) for an unknown table, suggesting the id meant', async () => {
    const run = await gongbao(['table', 'Fire_Stations']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("gongbao: no table 'Fire_Stations' in this issue\nDid you mean fire-stations?\n");
  });
});
