import {
  type DocumentDraft,
  disclosureFromNote,
  documentIdFromNumber,
  documentTypeFromTitle,
  type Organization,
  type Table,
} from '@gongbao/core';
import { announcedEffect, publishedTitles } from './announcement.js';
import { type Builder, blocksOf, collectTitle } from './builder.js';
import { findCitations } from './citations.js';
import type { ParseContext } from './context.js';
import { type DocumentHead, readFrame } from './frame.js';
import { readLegalEffect } from './legal-effect.js';
import { OffsetMap } from './offset-map.js';
import { organizationOf } from './organizations.js';
import { readRest } from './rest.js';
import { compact, titleKey } from './rules.js';
import type { SourceLine } from './scan.js';
import { isFullOrganizationName, isOrganizationName, sameOrganization } from './signature.js';
import { readSiteBox, siteMetadataOf, siteUse } from './site-metadata.js';
import { issuersFromTitle, titleOf } from './title.js';

/** A document as parsed (a draft until checked), with the tables found in it. */
export interface ParsedDocument {
  document: DocumentDraft;
  tables: Table[];
}

/** The 《》 titles quoted in the notice body (what a 印发 notice publishes). */
function quotedTitlesOf(lines: readonly SourceLine[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(/《([^《》]+)》/gu)) out.push((m[1] as string).trim());
  }
  return out;
}

/**
 * Parses one document from its lines (a slice of the source, blanks included). The frame follows
 * GB/T 9704-2012: title (one or more lines) and 发文字号, 主送机关 (a line ending with a colon),
 * the body, 附件说明, the signature (organisation lines, several for joint issuance, or a person
 * with a title for a 令), the 成文日期, the 附注 in brackets; then the enclosed text(s) a 印发 notice
 * publishes and the attachments, each after its label (附件1).
 */
export function parseDocumentLines(
  ctx: ParseContext,
  lines: readonly SourceLine[],
  head?: DocumentHead,
): ParsedDocument {
  const units = lines.filter((l) => l.kind !== 'blank');
  // A web copy's metadata box (not inside a gazette): read first, so that no line of it is a head line.
  const box = head ? undefined : readSiteBox(units);
  const frame = readFrame(ctx, units, head, box?.lines);
  const firstLine = units[0];
  const lastLine = units[units.length - 1];
  const site = box ? siteUse(ctx, box) : undefined;
  const docNumber = site
    ? site.pick('docNumber', frame.docNumber, box?.docNumber, (n) => n.canonical)
    : frame.docNumber;
  const docId = docNumber ? documentIdFromNumber(docNumber) : undefined;
  const b: Builder = {
    ctx,
    prefix: docId === undefined ? '' : `${docId}/`,
    tables: [],
    texts: [],
    tableCount: 0,
    labelTables: new Map(),
    tableIds: new Set(),
    ...(docNumber ? { docNumber } : {}),
    ...(frame.chrome ? { web: true } : {}),
  };
  const issuerNames = frame.signatureNames;
  const printedTitle = frame.fullTitle ?? titleOf(frame.titleLines, issuerNames);
  const title = site?.pick('title', printedTitle || undefined, box?.title, titleKey) ?? printedTitle;
  if (title === '' && firstLine) ctx.report('no-title', 'Document without a title', firstLine.start, firstLine.end);
  if (!docNumber && firstLine)
    ctx.report('no-document-number', `No 发文字号 under the title "${title}"`, firstLine.start, firstLine.end);
  if (!frame.writtenDate && frame.signatories.length === 0 && firstLine && lastLine) {
    ctx.report('no-signature', `No signature and 成文日期 found in "${title}"`, firstLine.start, lastLine.end);
  }
  collectTitle(b, frame.titleLines, frame.numberLine);
  const quoted = quotedTitlesOf(frame.body);
  const body = blocksOf(b, frame.body);
  // The texts the document publishes (《…》已经…通过，现予公布 / 现将《…》印发给你们): its own, not citations.
  const published = publishedTitles(b.texts);
  const listed = [...frame.listed];
  const { enclosures, attachments, leftover } = readRest(b, frame.rest, listed, quoted, published, frame.unsigned);
  for (const block of leftover) body.push(block);

  let issuers: Organization[] =
    frame.signatories.length > 0 && issuerNames.length > 0
      ? frame.signatories.flatMap((s) =>
          s.title === undefined && s.name !== undefined ? [organizationOf(s.name, s.source)] : [],
        )
      : issuersFromTitle(title).map((n) => organizationOf(n));
  // Without a signature or an issuer in the title: the 发文机关标志, an issuer line above the
  // title (web copies), the website's box.
  const fallbackIssuer = frame.issuerMark ?? frame.issuerLine;
  if (issuers.length === 0 && fallbackIssuer !== undefined) issuers = [organizationOf(fallbackIssuer)];
  if (issuers.length === 0 && site && box?.issuer !== undefined && isOrganizationName(box.issuer)) {
    issuers = [organizationOf(box.issuer)];
    site.used.push('issuers');
  } else if (
    site &&
    box?.issuer !== undefined &&
    box.issuing &&
    issuers.length > 0 &&
    isFullOrganizationName(box.issuer)
  ) {
    // The box names another issuing organ (its 发文机关 the office, the document signed by the
    // government); a 发布机构 is the site's publisher, no claim about the issuer.
    const names = issuers.map((i) => i.name);
    const boxed = box.issuer;
    site.pick('issuers', names.join(' '), names.some((n) => sameOrganization(n, boxed)) ? names.join(' ') : boxed);
  }
  const inTitle = publishedTitles([{ text: title, map: new OffsetMap() }]);
  const ownTitles = new Set(
    [title, ...inTitle, ...published, ...enclosures.map((e) => e.title), ...attachments.map((a) => a.title)].map(
      compact,
    ),
  );
  const citations = findCitations(ctx, b.texts, ownTitles, docNumber?.canonical);
  const provisional = /[（(](?:试行|暂行)[）)]|暂行/u.test([title, ...enclosures.map((e) => e.title)].join(''));
  const writtenDate = site ? site.pick('writtenDate', frame.writtenDate, box?.writtenDate) : frame.writtenDate;
  const effect = readLegalEffect(ctx, b.texts, writtenDate, provisional);
  // A 令 or 公告 states its effect in the announcement: 现予公布，自…起施行.
  if (effect.validity === undefined) {
    const announced = announcedEffect(ctx, b.texts, writtenDate);
    if (announced) effect.validity = provisional ? { ...announced, provisional } : announced;
  }
  if (site && box && effect.validity === undefined && (box.effectiveFrom || box.until)) {
    effect.validity = {
      ...(box.effectiveFrom ? { effectiveFrom: box.effectiveFrom } : {}),
      ...(box.until && (!box.effectiveFrom || box.until >= box.effectiveFrom) ? { until: box.until } : {}),
    };
    if (box.effectiveFrom) site.used.push('effectiveFrom');
    if (effect.validity.until) site.used.push('until');
  }

  // 文种 from the title; a 令 whose title is the rule it publishes is still a 命令.
  const type =
    documentTypeFromTitle(compact(title)) ?? (docNumber && /令$/u.test(docNumber.agency) ? '命令' : undefined);
  if (type === undefined && firstLine)
    ctx.report('document-type-unknown', `No document type at the end of "${title}"`, firstLine.start, firstLine.end);
  const noted = frame.note !== undefined ? disclosureFromNote(frame.note) : undefined;
  const disclosure = site ? site.pick('disclosure', noted, box?.disclosure) : noted;
  if (frame.note !== undefined && noted === undefined && firstLine) {
    ctx.report(
      'disclosure-unknown',
      `附注 "${frame.note}" says nothing about disclosure`,
      firstLine.start,
      firstLine.end,
    );
  }
  const document = {
    ...(docId !== undefined ? { id: docId } : {}),
    ...(docNumber ? { docNumber } : {}),
    ...(title !== '' ? { title } : {}),
    ...(type ? { type } : {}),
    issuers,
    addressees: frame.addressees,
    body,
    signatories: frame.signatories,
    ...(writtenDate ? { writtenDate } : {}),
    ...(frame.note !== undefined ? { note: frame.note } : {}),
    ...(disclosure ? { disclosure } : {}),
    attachments,
    enclosures,
    citations,
    ...(effect.validity ? { validity: effect.validity } : {}),
    repeals: effect.repeals,
    ...frame.extra,
    ...(frame.signers ? { signers: frame.signers } : {}),
    ...(site && box ? { siteMetadata: siteMetadataOf(ctx, box, site) } : {}),
    ...(firstLine && lastLine ? { source: ctx.range(firstLine.start, lastLine.end) } : {}),
  } as DocumentDraft;
  return { document, tables: b.tables };
}
