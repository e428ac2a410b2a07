import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../docs-links';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'docs-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('findBrokenLinks', () => {
  it('accepts a site whose local links and anchors resolve, and ignores external links', () => {
    const dir = site({
      'index.html':
        '<a href="documents/Guide.html#rules">x</a> <a href="https://example.org/x">y</a> <img src="media/a.png">',
      'documents/Guide.html': '<h2 id="rules">Rules</h2><a href="../index.html">home</a><a href="#rules">self</a>',
      'media/a.png': 'png',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('reports a missing page, a missing media file and a missing anchor with the page that links', () => {
    const dir = site({
      'index.html': '<a href="documents/Gone.html">x</a><img src="media/none.png">',
      'documents/Guide.html': '<a href="../index.html#nowhere">home</a>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: join('documents', 'Guide.html'), link: '../index.html#nowhere', reason: 'missing anchor' },
      { page: 'index.html', link: 'documents/Gone.html', reason: 'missing file' },
      { page: 'index.html', link: 'media/none.png', reason: 'missing file' },
    ]);
  });

  it('decodes percent-encoded paths before looking for the file', () => {
    const dir = site({ 'index.html': '<a href="documents/%E6%8C%87%E5%8D%97.html">x</a>', 'documents/指南.html': '' });
    expect(findBrokenLinks(dir)).toEqual([]);
  });
});

describe('the TypeDoc site configuration', () => {
  const root = join(import.meta.dirname, '..', '..');
  const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
    projectDocuments?: string[];
    treatWarningsAsErrors?: boolean;
    treatValidationWarningsAsErrors?: boolean;
  };

  it('includes the guides as pages, each an existing file with a title', () => {
    const guides = config.projectDocuments ?? [];
    for (const guide of [
      'docs/architecture.md',
      'docs/versioning.md',
      'docs/command-line.md',
      'docs/data-for-analysts.md',
      'CONTRIBUTING.md',
    ]) {
      expect(guides).toContain(guide);
    }
    for (const guide of guides) {
      expect(existsSync(join(root, guide)), guide).toBe(true);
      expect(readFileSync(join(root, guide), 'utf8'), guide).toMatch(/^---\ntitle: \S.*\ngroup: Guides\n---\n/);
    }
  });

  it('fails on warnings and unresolved links, and the docs script checks the links it writes', () => {
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(config.treatValidationWarningsAsErrors).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.docs).toMatch(/^typedoc && .*scripts\/docs-links\.ts$/);
  });

  it('shows the project name once on the index page: the index Markdown has no title of its own', () => {
    expect(readFileSync(join(root, 'docs', 'index.md'), 'utf8')).not.toMatch(/^# /m);
  });
});
