/**
 * Finds the code examples of the repository: every ```ts block of the READMEs and docs pages, and
 * every `@example` of the packages' doc comments, each with where it is written and which package
 * it belongs to (whose exports it may use without importing them, as its README or doc comment
 * reads after the package's own install line).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectExamples } from '../doc-examples.js';

export interface CodeExample {
  /** The file it is written in, relative to the repository root. */
  file: string;
  /** The line of its first code line in that file (1-based). */
  line: number;
  code: string;
  kind: 'markdown' | 'doc-comment';
  /** The package folder whose exports are in scope (`utils`), or undefined (the root README, docs). */
  folder?: string;
}

/** The ```ts / ```typescript blocks of one Markdown file. */
export function markdownBlocks(text: string): Array<{ line: number; code: string }> {
  const lines = text.split('\n');
  const out: Array<{ line: number; code: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript|mts|cts)\s*$/.exec(lines[i] ?? '');
    if (!fence) continue;
    const [, indent = '', marks = '```'] = fence;
    let end = i + 1;
    while (end < lines.length && !(lines[end] ?? '').startsWith(`${indent}${marks}`)) end++;
    out.push({
      line: i + 2,
      code: lines
        .slice(i + 1, end)
        .map((l) => l.slice(indent.length))
        .join('\n'),
    });
    i = end;
  }
  return out;
}

function markdownFiles(root: string): string[] {
  const files = ['README.md', 'CONTRIBUTING.md'].filter((f) => existsSync(join(root, f)));
  for (const folder of readdirSync(join(root, 'packages'))) {
    if (existsSync(join(root, 'packages', folder, 'README.md'))) files.push(`packages/${folder}/README.md`);
  }
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory() && path !== 'docs/api') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk('docs');
  return files;
}

/** Every ```ts block of the READMEs, CONTRIBUTING.md and docs/ (the generated docs/api left out). */
export function markdownExamples(root: string): CodeExample[] {
  return markdownFiles(root).flatMap((file) => {
    const folder = /^packages\/([^/]+)\/README\.md$/.exec(file)?.[1];
    return markdownBlocks(readFileSync(join(root, file), 'utf8')).map(
      (block): CodeExample => ({ file, ...block, kind: 'markdown', ...(folder ? { folder } : {}) }),
    );
  });
}

/** Every `@example` of the doc comments under packages/*\/src. */
export function docCommentExamples(root: string): CodeExample[] {
  return readdirSync(join(root, 'packages'))
    .filter((folder) => existsSync(join(root, 'packages', folder, 'src')))
    .flatMap((folder) =>
      collectExamples(join(root, 'packages', folder, 'src')).map(
        (example): CodeExample => ({
          file: relative(root, example.file),
          line: example.line,
          code: example.code,
          kind: 'doc-comment',
          folder,
        }),
      ),
    );
}
