import { type GazetteIssue, GazetteIssueSchema, type Table } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import {
  assertChecks,
  checkCitations,
  checkDates,
  checkFireStations,
  checkLandQuotas,
  checkRepeals,
  checkTableTotals,
  checkToc,
  checkUniqueNumbers,
  comparableTitle,
  statedStationCounts,
  titleBefore,
} from '../scripts/lib/checks';
import type { FireStationGroup } from '../scripts/lib/datasets/fire-stations';
import { readLandProgrammes } from '../scripts/lib/datasets/land-quotas';
import { checkTotals } from '../src/totals';
import { fixtureDocuments } from './fixtures';

const vehicles: Table = {
  id: 'v',
  title: 'v',
  columns: [
    { name: 'station', type: 'string' },
    { name: 'shortfall', type: 'integer', unit: '辆' },
  ],
  rows: [
    { station: '甲', shortfall: 4 },
    { station: '乙', shortfall: 1 },
  ],
  totals: [{ label: '合计', values: { shortfall: 5 } }],
  notes: [],
};

describe('totals', () => {
  it('compares a 合计 with its column sum', () => {
    expect(checkTotals(vehicles)).toEqual([
      { tableId: 'v', label: '合计', column: 'shortfall', unit: '辆', stated: 5, computed: 5, ok: true },
    ]);
    expect(checkTableTotals([vehicles])).toEqual([]);
    const wrong = { ...vehicles, totals: [{ label: '合计', values: { shortfall: 6 } }] };
    expect(checkTableTotals([wrong])).toEqual(['v: 合计 shortfall states 6, the rows sum to 5']);
  });

  it('sums only the rows a keyed totals row covers', () => {
    const quotas: Table = {
      id: 'q',
      title: 'q',
      columns: [
        { name: 'programme', type: 'string' },
        { name: 'year', type: 'integer' },
        { name: 'quota', type: 'integer', unit: '亩' },
      ],
      rows: [
        { programme: 'A', year: 2024, quota: 1 },
        { programme: 'A', year: 2025, quota: 2 },
        { programme: 'B', year: 2024, quota: 10 },
      ],
      totals: [
        { label: 'A 2024', values: { programme: 'A', year: 2024, quota: 1 } },
        { label: 'A all', values: { programme: 'A', year: null, quota: 3 } },
        { label: 'B all', values: { programme: 'B', year: null, quota: 11 } },
      ],
      notes: [],
    };
    expect(checkTotals(quotas).map((c) => [c.label, c.computed, c.ok])).toEqual([
      ['A 2024', 1, true],
      ['A all', 3, true],
      ['B all', 10, false],
    ]);
  });
});

describe('fire-station counts', () => {
  const group = (
    district: string,
    districtStated: number,
    standard: string,
    stated: number,
    places: string[],
  ): FireStationGroup => ({
    row: 0,
    district,
    districtStated,
    year: 2024,
    standard,
    standardStated: stated,
    places: places.map((name) => ({ name, remarks: [] })),
  });
  const groups = [
    group('甲区', 3, '一级城市消防站', 1, ['a']),
    group('甲区', 3, '乡镇志愿消防站', 2, ['b', 'c']),
    group('乙县', 1, '乡镇志愿消防站', 1, ['d']),
  ];
  const text = '力争2024年底前，全市建成一级城市消防站1座；2026年底前，建成乡镇志愿消防站3座。';

  it('reads the counts stated in prose', () => {
    expect([...statedStationCounts('建成一级城市消防站4座，一级乡镇专职消防站20座；二级城市消防站1座')]).toEqual([
      ['一级城市消防站', 4],
      ['一级乡镇专职消防站', 20],
      ['二级城市消防站', 1],
    ]);
  });

  it('passes consistent counts (apart from the five standards of the real plan)', () => {
    expect(checkFireStations(groups, 4, statedStationCounts(text))).toEqual([
      'the text states 2 standards, expected 5',
    ]);
  });

  it('reports each kind of mismatch', () => {
    const broken = [
      group('甲区', 3, '一级城市消防站', 2, ['a']),
      ...groups.slice(1, 2),
      group('乙县', 2, '乡镇志愿消防站', 1, ['d']),
    ];
    const failures = checkFireStations(broken, 5, statedStationCounts(text));
    expect(failures).toContain('甲区 2024 一级城市消防站: states 2座, lists 1');
    expect(failures).toContain('乙县: states 2座, has 1 stations');
    expect(failures).toContain('4 stations, the title states 5');
    expect(failures).toContain("the text's counts add up to 4, the title states 5");
  });
});

describe('land quotas', () => {
  const texts = [
    '2024-2026年三年间,全市通过垦造耕地储备补充耕地指标30亩(其中：2024年10亩、2025年20亩)。',
    '2024年10亩，其中：潞州区3亩、沁县7亩。',
    '2025年20亩,其中:潞州区20亩。',
    '2024-2026年三年间,全市计划清理批而未用土地5亩(其中:2024年5亩)。',
    '2024年5亩,其中:沁县5亩。',
    '2024-2026年三年间,全市实施城乡建设用地增减挂钩1亩(其中:2026年1亩)。',
    '2026年1亩,其中:长子县1亩。',
  ];

  it('passes when counties and years add up', () => {
    expect(checkLandQuotas(readLandProgrammes(texts))).toEqual([]);
  });

  it('reports a county list that does not add up, and a wrong three-year total', () => {
    const broken = [...texts];
    broken[1] = '2024年10亩，其中：潞州区3亩、沁县8亩。';
    broken[0] = (broken[0] ?? '').replace('30亩', '31亩');
    expect(checkLandQuotas(readLandProgrammes(broken))).toEqual([
      '垦造耕地 2024: the counties sum to 11亩, the paragraph states 10',
      '垦造耕地 2024: the counties sum to 11亩, the total lists 10',
      '垦造耕地: the years sum to 30亩, the three-year total is 31',
    ]);
  });
});

function issueOf(overrides: Partial<GazetteIssue> = {}): GazetteIssue {
  return GazetteIssueSchema.parse({
    title: '长治市人民政府公报',
    year: 2024,
    number: 3,
    publicationDate: '2024-06-30',
    editorialBoard: [],
    toc: fixtureDocuments.map((doc) => ({
      section: doc.section,
      title: doc.title.replace('—', '-').replace('(', '（'),
      docNumber: { ...doc.docNumber, raw: doc.docNumber.canonical.replace('〔', '[').replace('〕', ']') },
      startPage: doc.pages?.start,
    })),
    documents: fixtureDocuments,
    ...overrides,
  });
}

describe('issue-level checks', () => {
  it('matches TOC and documents, folding dashes, widths and spaces in titles', () => {
    expect(comparableTitle('规划 (2021—2035年)')).toBe(comparableTitle('规划(2021-2035年)'));
    expect(checkToc(issueOf())).toEqual([]);
  });

  it('reports a TOC out of step with the documents', () => {
    const issue = issueOf();
    const swapped = {
      ...issue,
      documents: [issue.documents[1], issue.documents[0], issue.documents[2]],
    } as GazetteIssue;
    const failures = checkToc(swapped);
    expect(failures[0]).toBe('TOC entry 1 (长政发〔2024〕5号): the document in that place is 长政函〔2024〕22号');
    expect(checkToc({ ...issue, toc: issue.toc.slice(1) })[0]).toBe('2 TOC entries, 3 documents');
  });

  it('rejects unreal dates and 成文日期 after publication', () => {
    expect(checkDates(issueOf())).toEqual([]);
    const late = issueOf({ publicationDate: '2024-06-01' as GazetteIssue['publicationDate'] });
    expect(checkDates(late)).toEqual(['/documents/0/writtenDate: 2024-06-04 is after the publication date 2024-06-01']);
    const unreal = { ...issueOf(), documents: [{ ...fixtureDocuments[0], writtenDate: '2024-02-30' }] } as GazetteIssue;
    expect(checkDates(unreal)).toEqual(['/documents/0/writtenDate: "2024-02-30" is not a real date']);
  });

  it('finds duplicate numbers', () => {
    const [first] = fixtureDocuments;
    expect(checkUniqueNumbers(fixtureDocuments)).toEqual([]);
    expect(first && checkUniqueNumbers([first, first])).toEqual([
      'duplicate number 长政发〔2024〕5号',
      'duplicate id 长政发-2024-5',
    ]);
  });

  it('requires citations of documents of the issue to resolve to them', () => {
    const [first, second, third] = fixtureDocuments;
    if (!first || !second || !third) throw new Error('fixtures');
    const citing = {
      ...second,
      citations: [{ docNumber: { ...first.docNumber, raw: '长政发[2024]5号' }, text: '(长政发[2024]5号)' }],
    };
    expect(checkCitations([first, citing, third])).toEqual([
      '长政函-2024-22: citation (长政发[2024]5号) should resolve to 长政发-2024-5, got undefined',
    ]);
    const resolved = { ...citing, citations: [{ ...citing.citations[0], resolvedDocumentId: '长政发-2024-5' }] };
    expect(checkCitations([first, resolved, third] as typeof fixtureDocuments)).toEqual([]);
    const byTitle = { ...second, citations: [{ title: first.title }] };
    expect(checkCitations([first, byTitle, third])).toEqual([
      `长政函-2024-22: citation ${first.title} should resolve to 长政发-2024-5, got undefined`,
    ]);
  });

  it('assertChecks throws with every failure, and passes silently otherwise', () => {
    expect(() => assertChecks([{ name: 'ok', failures: [] }])).not.toThrow();
    expect(() => assertChecks([{ name: 'totals', failures: ['a', 'b'] }])).toThrow(/✗ totals\n {4}a\n {4}b/);
  });
});

describe('repeals', () => {
  const [base] = fixtureDocuments;
  if (!base) throw new Error('fixtures');
  const number = { agency: '长政发', year: 2019, serial: 2, canonical: '长政发〔2019〕2号', raw: '长政发〔2019〕2号' };
  const text = '本办法自2024年6月22日起执行。《长治市储备粮管理暂行办法》(长政发〔2019〕2号)同时废止。';
  const doc = (citations: GazetteIssue['documents'][number]['citations']) => ({
    ...base,
    body: [{ type: 'paragraph' as const, text }],
    repeals: [number],
    citations,
  });

  it('reads the title a text gives before a number', () => {
    expect(titleBefore(text, text.indexOf('长政发'))).toBe('长治市储备粮管理暂行办法');
    expect(titleBefore('原办法(长政发〔2019〕2号)废止', 4)).toBeUndefined();
  });

  it('fail without a citation, or with one lacking the title the text names', () => {
    expect(checkRepeals([doc([])])).toEqual(['长政发-2024-5: repeal of 长政发〔2019〕2号 has no citation']);
    expect(checkRepeals([doc([{ docNumber: number, text: '(长政发〔2019〕2号)' }])])).toEqual([
      '长政发-2024-5: the citation of repealed 长政发〔2019〕2号 lacks its title 《长治市储备粮管理暂行办法》',
    ]);
    expect(checkRepeals([doc([{ docNumber: number, title: '长治市储备粮管理暂行办法' }])])).toEqual([]);
  });
});
