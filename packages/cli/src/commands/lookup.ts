/** Finding the document a user names, with errors that say what to try instead. */
import type { Document, ReadonlyDeep } from '@gongbao/core';
import { documents, getDocument } from '@gongbao/data';
import { ParseError, parseDocumentNumber, toAsciiDigits } from '@gongbao/utils';
import { failure, usageError } from '../cli-error.js';

/** An id as it may be typed: full-width digits and hyphens, spaces (长政发－２０２４－５, 长政发 - 2024 - 5). */
const foldedId = (text: string): string =>
  toAsciiDigits(text)
    .replace(/[－—–]/gu, '-')
    .replace(/\s/gu, '');

/**
 * The document with this id or 发文字号, in any spelling `getDocument` reads, and also without
 * the final 号 (长政发〔2024〕5) or as an id typed with full-width digits (长政发-２０２４-５).
 *
 * @throws CliError: a usage error (exit 2) when nothing is given; a failure (exit 1) when the text
 *   is neither an id nor a number, or the issue has no such document.
 */
export function lookupDocument(words: readonly string[]): ReadonlyDeep<Document> {
  const text = words.join(' ').trim();
  if (text === '') {
    throw usageError(
      'no document given',
      "Give an id such as 长政发-2024-5 or a number such as 长政发〔2024〕5号 ('gongbao list' lists them).",
    );
  }
  for (const candidate of new Set([text, `${text}号`, foldedId(text)])) {
    let found: ReadonlyDeep<Document> | undefined;
    try {
      found = getDocument(candidate);
    } catch (error) {
      if (error instanceof ParseError) continue;
      throw error;
    }
    if (found) return found;
    throw notFound(candidate);
  }
  throw failure(
    `'${text}' is neither a document id nor a 发文字号`,
    `Give an id such as 长政发-2024-5 or a number such as 长政发〔2024〕5号 ('gongbao list' lists them); to find words, run 'gongbao search ${text || '…'}'.`,
  );
}

function notFound(text: string): Error {
  let canonical = text;
  let agency: string | undefined;
  try {
    const number = parseDocumentNumber(text);
    canonical = number.canonical;
    agency = number.agency;
  } catch {
    // An id: 长政发-2024-7.
    agency = /^(.+?)-/u.exec(text)?.[1];
  }
  const similar = documents.filter((doc) => doc.docNumber.agency === agency).map((doc) => doc.docNumber.canonical);
  const hint =
    similar.length > 0
      ? `Documents of ${agency} in this issue: ${similar.join(', ')}.`
      : `'gongbao list' lists the ${documents.length} documents of the issue.`;
  return failure(`no document ${canonical} in this issue`, hint);
}
