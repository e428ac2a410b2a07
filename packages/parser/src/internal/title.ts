/** The title of a document from its head lines, and the issuers a title names. */
import { compact } from './rules.js';
import type { SourceLine } from './scan.js';
import { isFullOrganizationName } from './signature.js';

/**
 * The title of a document from its head lines: line breaks and OCR spaces removed, except the
 * space between the names of joint issuers (长治市人力资源和社会保障局 长治市财政局关于…).
 */
export function titleOf(lines: readonly SourceLine[], issuers: readonly string[]): string {
  let text = lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/gu, ' ');
  let prefix = '';
  if (issuers.length >= 2) {
    const names: string[] = [];
    let rest = text;
    for (const name of issuers) {
      if (!rest.startsWith(name)) break;
      names.push(name);
      rest = rest.slice(name.length).trimStart();
    }
    if (names.length >= 2) {
      prefix = names.join(' ');
      text = rest;
    }
  }
  // Every other space is a line break of the printed head or OCR spacing around a number
  // (长治市 2024 年), unless it separates Latin words or numbers. Stricter than utils'
  // removeCjkSpaces, which keeps spaces next to digits because running text may mean them;
  // a printed title is set without any.
  const cleaned = text.replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /gu, '').trim();
  return prefix === '' ? cleaned : `${prefix}${cleaned}`;
}

/** The issuers a title names before 关于 (several separated by spaces), or the agency of a 令. */
export function issuersFromTitle(title: string): string[] {
  // 某市人民政府令: the agency. (Not /^(.+?)令$/: on one 10 MB line the lazy run overflows the regex stack.)
  if (title.length > 1 && title.endsWith('令')) return [title.slice(0, -1)];
  const at = title.indexOf('关于');
  if (at <= 0) return [];
  return title
    .slice(0, at)
    .split(/\s+/u)
    .filter((x) => x !== '');
}

/**
 * Whether a title needs no line above it: it names its issuer before 关于
 * (`长治市人民政府关于…的批复`), or, without 关于, starts with its issuer (`洪雅县人民政府土地征收公告`).
 */
export function isWholeTitle(text: string): boolean {
  const t = compact(text);
  const about = t.indexOf('关于');
  if (about > 0) return true;
  if (about === 0) return false;
  for (let end = Math.min(t.length - 2, 40); end >= 5; end--) if (isFullOrganizationName(t.slice(0, end))) return true;
  return false;
}
