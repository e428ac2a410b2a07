/**
 * Checks the built TypeDoc site: every local `href`/`src` in its HTML pages names a file that
 * exists, and every `#anchor` into a page names an id on that page. TypeDoc already fails on
 * `{@link}`s it cannot resolve and on relative Markdown paths that are not files
 * (`treatValidationWarningsAsErrors`); this catches what it writes itself (guides, media copies,
 * renamed pages) and runs after it in `pnpm run docs`.
 *
 * Usage: `tsx scripts/docs-links.ts [siteDir]` (default `docs/api`); exit 1 with one line per
 * broken link.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A link in a page of the site that leads nowhere. */
export interface BrokenLink {
  /** The page holding the link, relative to the site folder. */
  page: string;
  /** The link as written. */
  link: string;
  /** Why it is broken. */
  reason: 'missing file' | 'missing anchor';
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const f of htmlFiles(path)) out.push(f);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

// Attribute values only: the pages are TypeDoc's own well-formed output.
const LINK = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID)) ids.add(m[1] ?? '');
  return ids;
}

function isExternal(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
}

/**
 * Finds the broken local links of a built site.
 * @param siteDir - the folder TypeDoc wrote (`docs/api`).
 * @returns every broken link, in page order; empty when the site is whole.
 */
export function findBrokenLinks(siteDir: string): BrokenLink[] {
  const root = resolve(siteDir);
  const pages = htmlFiles(root);
  const ids = new Map<string, Set<string>>();
  const idsFor = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = idsOf(readFileSync(file, 'utf8'));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(LINK)) {
      const link = m[1] ?? '';
      if (link === '' || isExternal(link)) continue;
      const [pathPart = '', anchor] = link.split('#', 2);
      const target = pathPart === '' ? page : resolve(dirname(page), decodeURI(pathPart));
      const where = relative(root, page);
      if (!existsSync(target)) {
        broken.push({ page: where, link, reason: 'missing file' });
        continue;
      }
      // TypeDoc's client script adds the ids of headings in the search and the navigation;
      // an anchor to a page that is not HTML cannot be checked.
      if (anchor && target.endsWith('.html') && !idsFor(target).has(decodeURIComponent(anchor))) {
        broken.push({ page: where, link, reason: 'missing anchor' });
      }
    }
  }
  return broken;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = process.argv[2] ?? 'docs/api';
  if (!existsSync(site)) {
    console.error(`docs-links: no site at ${site}; run typedoc first`);
    process.exit(1);
  }
  const broken = findBrokenLinks(site);
  for (const b of broken) console.error(`${b.page}: ${b.reason}: ${b.link}`);
  if (broken.length > 0) {
    console.error(`docs-links: ${broken.length} broken link(s) in ${site}`);
    process.exit(1);
  }
  console.log(`docs-links: every local link of ${site} resolves`);
}
