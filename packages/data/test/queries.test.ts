import { ParseError } from '@gongbao/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterDocuments, lookupDocument, searchDocuments } from '../src/internal/queries';
import { searchable } from '../src/internal/searchable';
import { fixtureDocuments as docs } from './fixtures';

describe('lookupDocument', () => {
  it.each([
    '长政发-2024-5',
    '长政发〔2024〕5号',
    '长政发[2024]5号',
    '长政发（2024）5号',
    ' 长政发〔2024〕5 号 ',
    '长政发【2024】第05号',
  ])('finds 长政发〔2024〕5号 as %s', (spelling) => {
    expect(lookupDocument(docs, spelling)?.id).toBe('长政发-2024-5');
  });

  it('finds a joint document by its number with a stray space', () => {
    expect(lookupDocument(docs, '长人社规〔2024〕1 号')?.id).toBe('长人社规-2024-1');
  });

  it('returns undefined for a well-formed number or id that is not in the list', () => {
    expect(lookupDocument(docs, '长政发〔2024〕7号')).toBeUndefined();
    expect(lookupDocument(docs, '长政发-2024-7')).toBeUndefined();
  });

  it('throws ParseError for input that is neither an id nor a document number', () => {
    expect(() => lookupDocument(docs, '')).toThrow(ParseError);
    expect(() => lookupDocument(docs, '消防')).toThrow(ParseError);
  });
});

describe('filterDocuments', () => {
  const ids = (query: Parameters<typeof filterDocuments>[1]) => filterDocuments(docs, query).map((d) => d.id);

  it('returns everything for an empty query, in list order', () => {
    expect(ids({})).toEqual(['长政发-2024-5', '长政函-2024-22', '长人社规-2024-1']);
  });

  it('filters by section, issuer (substring, any issuer), type and written dates (inclusive)', () => {
    expect(ids({ section: '市政府函件' })).toEqual(['长政函-2024-22']);
    expect(ids({ issuer: '财政局' })).toEqual(['长人社规-2024-1']);
    expect(ids({ type: '通知' })).toEqual(['长政发-2024-5', '长人社规-2024-1']);
    expect(ids({ writtenFrom: '2024-05-11', writtenTo: '2024-06-04' })).toEqual(['长政发-2024-5', '长政函-2024-22']);
    expect(ids({ type: '通知', writtenTo: '2024-05-01' })).toEqual(['长人社规-2024-1']);
  });

  it('finds text in enclosures and attachment tables, ignoring OCR spaces', () => {
    expect(ids({ text: '2024年底前' })).toEqual(['长政发-2024-5']);
    expect(ids({ text: '长治高新技术产业开发区' })).toEqual(['长政发-2024-5']);
    expect(ids({ text: '不存在的文字' })).toEqual([]);
  });

  it('rejects invalid dates and empty text', () => {
    expect(() => ids({ writtenFrom: '2024-13-01' })).toThrow(ParseError);
    expect(() => ids({ text: '  ' })).toThrow(ParseError);
  });
});

describe('searchDocuments', () => {
  it('reports document, path, block and a snippet for each occurrence', () => {
    const hits = searchDocuments(docs, '2024年底前');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit?.document.id).toBe('长政发-2024-5');
    expect(hit?.path).toBe('enclosures/0/body/0/children/0');
    expect(hit?.block?.type).toBe('paragraph');
    expect(hit?.match).toBe('2024 年底前');
    expect(hit?.snippet).toBe('2024 年底前,消防车通道上违章搭建的固定障碍物基本清…');
  });

  it('finds text in table rows and titles', () => {
    const paths = searchDocuments(docs, '沁州路').map((h) => h.path);
    expect(paths).toEqual(['attachments/0/body/0/table/rows/1']);
    expect(searchDocuments(docs, '现代水网').map((h) => h.path)).toEqual(['title', 'body/0']);
  });

  it('cuts snippets with … only where text is left out', () => {
    const [hit] = searchDocuments(docs, '第47次');
    expect(hit?.snippet).toBe('…强和改进全市消防工作实施意见》已经市政府第47次常务会议通过，现印发给你们。');
  });

  it('throws ParseError for an empty query', () => {
    expect(() => searchDocuments(docs, ' ')).toThrow(ParseError);
  });

  it('every hit is at a place whose text contains the query (property)', () => {
    // Every word occurs in the fixtures, so no case passes on an empty hit list.
    const words = ['长治', '消防', '2024', '规划', '办法', '财政局', '（', '实施意见'];
    fc.assert(
      fc.property(fc.constantFrom(...words), (word) => {
        const hits = searchDocuments(docs, word);
        expect(hits.length, word).toBeGreaterThan(0);
        for (const hit of hits) {
          expect(searchable(hit.match).text).toBe(searchable(word).text);
          expect(hit.text.slice(hit.offset, hit.offset + hit.match.length)).toBe(hit.match);
        }
      }),
    );
  });
});
