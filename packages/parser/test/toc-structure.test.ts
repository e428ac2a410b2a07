/**
 * Issue #12: a gazette's documents come from the text's own heads, not from its table of
 * contents — a document without a TOC line is still its own document (`toc-missing-entry`), and
 * without a TOC the masthead is read without `unparsed-text` warnings about it.
 */
import { parseGazette } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { source } from './helpers/source.js';

const lines = source.split('\n');
/** The TOC entry lines of the issue (`- title(number) ..... page`). */
const entryLines = lines.flatMap((line, i) => (/^- .*\.\.\.\.\. ?\d+$/u.test(line) ? [i] : []));
const full = parseGazette(source);

/** The issue with the TOC lines at `drop` (indices into `lines`) removed. */
const without = (drop: ReadonlySet<number>) => lines.filter((_, i) => !drop.has(i)).join('\n');

describe('a document without a TOC entry', () => {
  it('stays its own document, with its own body, signature and date, and a toc-missing-entry', () => {
    const at = entryLines.find((i) => (lines[i] as string).includes('长政函[2024]30号')) as number;
    const text = without(new Set([at]));
    const { issue, diagnostics } = parseGazette(text);
    expect(issue.documents.map((d) => d.docNumber.canonical)).toEqual(
      full.issue.documents.map((d) => d.docNumber.canonical),
    );
    const [before, missing] = [issue.documents[4], issue.documents[5]];
    expect(before?.docNumber.canonical).toBe('长政函〔2024〕22号');
    expect(before?.writtenDate).toBe('2024-05-11');
    expect(missing?.writtenDate).toBe('2024-06-04');
    expect(missing?.body.length).toBe(full.issue.documents[5]?.body.length);
    expect(before?.body.length).toBe(full.issue.documents[4]?.body.length);
    const found = diagnostics.filter((d) => d.code === 'toc-missing-entry');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain('长政函〔2024〕30号');
    expect(found[0]?.range.start).toBe(missing?.source?.start);
    expect(full.diagnostics.map((d) => d.code)).not.toContain('toc-missing-entry');
  });

  it('whichever entries are missing, every document is kept and each missing one is reported', () => {
    fc.assert(
      fc.property(fc.subarray(entryLines, { minLength: 1, maxLength: 4 }), (dropped) => {
        const { issue, diagnostics } = parseGazette(without(new Set(dropped)));
        expect(issue.documents).toHaveLength(full.issue.documents.length);
        expect(issue.documents.map((d) => d.writtenDate)).toEqual(full.issue.documents.map((d) => d.writtenDate));
        expect(diagnostics.filter((d) => d.code === 'toc-missing-entry')).toHaveLength(dropped.length);
      }),
      { numRuns: 8 },
    );
  });
});

describe('a table of contents whose entries are all lost', () => {
  it('is no table of contents (no-toc at its heading); its section lines are its own, not unparsed text', () => {
    const { issue, diagnostics } = parseGazette(without(new Set(entryLines)));
    expect(diagnostics.filter((d) => d.code === 'unparsed-text')).toEqual([]);
    const noToc = diagnostics.filter((d) => d.code === 'no-toc');
    expect(noToc).toHaveLength(1);
    expect(noToc[0]?.severity).toBe('warning');
    expect(without(new Set(entryLines)).slice(noToc[0]?.range.start, noToc[0]?.range.end)).toMatch(/^#* *目\s*录$/u);
    expect(issue.documents.map((d) => d.docNumber.canonical)).toEqual(
      full.issue.documents.map((d) => d.docNumber.canonical),
    );
    for (const key of ['title', 'year', 'number', 'cumulative'] as const)
      expect(issue[key], key).toEqual(full.issue[key]);
    expect(full.diagnostics.map((d) => d.code)).not.toContain('no-toc');
  });
});

describe('a gazette without a table of contents', () => {
  const tocStart = source.indexOf('# 目 录');
  const firstDocument = source.indexOf('# 长治市人民政府 关于印发长治市加强');
  const noToc = source.slice(0, tocStart) + source.slice(firstDocument);

  it('reads its masthead as with one, and reports no unparsed text', () => {
    const { issue, diagnostics } = parseGazette(noToc);
    expect(diagnostics.filter((d) => d.code === 'unparsed-text')).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('no-toc');
    expect(diagnostics.map((d) => d.code)).not.toContain('no-masthead');
    for (const key of ['title', 'year', 'number', 'cumulative', 'sponsor', 'editorialBoard'] as const)
      expect(issue[key], key).toEqual(full.issue[key]);
    expect(issue.documents).toHaveLength(full.issue.documents.length);
  });

  it('still reports text before the first document that is no masthead', () => {
    const junk = '随便写的一行字，不是刊头。\n\n又一行，也不是。\n\n';
    const { diagnostics } = parseGazette(junk + source.slice(firstDocument));
    expect(diagnostics.filter((d) => d.code === 'unparsed-text')).toHaveLength(1);
  });
});
