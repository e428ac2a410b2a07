import { parseDocument, parseGazette } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { scanLines, tableCells } from '../src/internal/scan.js';
import { documentText, issueText } from './helpers/flatten.js';
import { fixture, source } from './helpers/source.js';

/** Only the Chinese characters: layout, punctuation, markup and number formats do not count. */
const han = (text: string) => text.replace(/[^\u3400-\u9fff]/gu, '');

/** Pieces of the source: the cells of table rows, the text of other lines, with their line numbers. */
function pieces(text: string): Array<{ line: number; text: string }> {
  return scanLines(text).flatMap((line) => {
    if (line.kind === 'blank' || /^续\s*表$/u.test(line.text)) return [];
    if (line.kind === 'table-row') return tableCells(text, line).map((c) => ({ line: line.line, text: c.text }));
    return [{ line: line.line, text: line.text }];
  });
}

/** Source lines whose Chinese text appears nowhere in the output. */
function missing(text: string, output: string): string[] {
  const haystack = han(output);
  const lost: string[] = [];
  for (const piece of pieces(text)) {
    // Labels of the masthead (主办单位:, 委员:) are structure, not content.
    const content = han(piece.text.replace(/^[\p{Script=Han}]{1,8}\s*[:：]/u, ''));
    if (content !== '' && !haystack.includes(content)) lost.push(`${piece.line}: ${piece.text.slice(0, 40)}`);
  }
  return lost;
}

describe('completeness: every paragraph of the source lands somewhere', () => {
  it('loses nothing of the whole issue', () => {
    const { issue } = parseGazette(source);
    const output = issueText(issue).join('\n');
    const lost = missing(source, output).filter((l) => !/^\d+: (编辑委员会|目 录)$/u.test(l));
    expect(lost).toEqual([]);
  });

  it('loses nothing of the fixtures', () => {
    for (const name of ['pifu.txt', 'han.txt', 'joint-notice.md', 'ling.txt', 'yijian.txt']) {
      const text = fixture(name);
      const { document } = parseDocument(text);
      expect(missing(text, documentText(document).join('\n')), name).toEqual([]);
    }
  });

  it('notices when something is lost', () => {
    const { issue } = parseGazette(source);
    const doc = issue.documents[7];
    if (!doc) throw new Error('no document');
    doc.enclosures = [];
    const lost = missing(source, issueText(issue).join('\n'));
    expect(lost.length).toBeGreaterThan(10);
  });
});
