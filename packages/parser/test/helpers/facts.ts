import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation, DocumentDraft } from '@gongbao/core';

/**
 * The facts a reader sees in a 公文, in a form that can be written down by hand from the text:
 * names as strings, dates as ISO strings, lists in reading order. `null` means the text shows none.
 */
export interface Facts {
  title: string | null;
  /** 发文字号 in its canonical form (长政发〔2024〕5号, 国务院令第713号). */
  docNumber: string | null;
  type: string | null;
  issuers: string[];
  addressees: string[];
  /** An organisation as `name`, a person as `title:name`, a title without a printed name as `title:`. */
  signatories: string[];
  writtenDate: string | null;
  note: string | null;
  disclosure: string | null;
  /** `1.title` for a numbered attachment, `title` otherwise. */
  attachments: string[];
  enclosures: string[];
  effectiveFrom: string | null;
  until: string | null;
  /** Canonical numbers of the documents repealed. */
  repeals: string[];
  /** `issuer《title》number`, or the canonical number alone; whitespace inside titles does not count. */
  citations: string[];
  /** For web copies with a metadata box: the facts taken from it, those where it disagrees with the body, its 有效性. */
  metadata: { used: string[]; mismatches: string[]; status: string | null } | null;
}

/** The name of a fact. */
export type FactName = keyof Facts;

/** The fact names, in the order reports list them. */
export const FACT_NAMES: readonly FactName[] = [
  'title',
  'docNumber',
  'type',
  'issuers',
  'addressees',
  'signatories',
  'writtenDate',
  'note',
  'disclosure',
  'attachments',
  'enclosures',
  'effectiveFrom',
  'until',
  'repeals',
  'citations',
  'metadata',
];

/** One real document of the corpus: its text as published and what a reader sees in it. */
export interface RealDocument {
  id: string;
  url: string;
  /** Administrative level of the issuer. */
  level: string;
  /** The layouts this text exercises (order, no-title, web-metadata-box …). */
  layouts: string[];
  /** Whether the stored copy of the page ends before the document does. */
  truncated: boolean;
  text: string;
  expected: Facts;
}

const REAL = join(import.meta.dirname, '../fixtures/real');

/** The corpus of real documents (test/fixtures/real/*.txt with a *.json sidecar), by id. */
export function realDocuments(): RealDocument[] {
  return readdirSync(REAL)
    .filter((name) => name.endsWith('.json') && name !== 'known-misses.json')
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.json'.length);
      const meta = JSON.parse(readFileSync(join(REAL, name), 'utf8')) as Omit<RealDocument, 'id' | 'text'>;
      return { ...meta, id, text: readFileSync(join(REAL, `${id}.txt`), 'utf8') };
    });
}

/** Facts the parser is known to get wrong (`id:fact`), with why; the test checks each is still wrong. */
export function knownMisses(): Record<string, string> {
  return JSON.parse(readFileSync(join(REAL, 'known-misses.json'), 'utf8')) as Record<string, string>;
}

const noSpace = (text: string) => text.replace(/\s+/gu, '');

function citationFact(c: Citation): string {
  const number = c.docNumber?.canonical ?? '';
  return c.title === undefined ? number : `${c.issuer ?? ''}《${noSpace(c.title)}》${number}`;
}

/** The facts of a parsed document, in the shape of {@link Facts}. */
export function factsOf(doc: DocumentDraft): Facts {
  const site = (doc as { siteMetadata?: SiteMetadataLike }).siteMetadata;
  return {
    title: doc.title === undefined || doc.title === '' ? null : doc.title,
    docNumber: doc.docNumber?.canonical ?? null,
    type: doc.type ?? null,
    issuers: doc.issuers.map((i) => i.name),
    addressees: doc.addressees,
    signatories: doc.signatories.map((s) =>
      s.title === undefined ? (s.name ?? '') : `${s.title}:${(s as { name?: string }).name ?? ''}`,
    ),
    writtenDate: doc.writtenDate ?? null,
    note: doc.note ?? null,
    disclosure: doc.disclosure ?? null,
    attachments: doc.attachments.map((a) => (a.number === undefined ? a.title : `${a.number}.${a.title}`)),
    enclosures: doc.enclosures.map((e) => e.title),
    effectiveFrom: doc.validity?.effectiveFrom ?? null,
    until: doc.validity?.until ?? null,
    repeals: doc.repeals.map((r) => r.canonical),
    citations: doc.citations.map(citationFact),
    metadata: site ? { used: [...site.used], mismatches: [...site.mismatches], status: site.status ?? null } : null,
  };
}

interface SiteMetadataLike {
  used: readonly string[];
  mismatches: readonly string[];
  status?: string;
}

/** Expected facts in the form {@link factsOf} returns (whitespace inside cited titles removed). */
export function normalizeExpected(facts: Facts): Facts {
  return {
    ...facts,
    citations: facts.citations.map((c) => {
      const m = /^(.*?)《(.*)》(.*)$/u.exec(c);
      return m ? `${m[1]}《${noSpace(m[2] as string)}》${m[3]}` : c;
    }),
  };
}

/** Whether two fact values are equal (lists element by element, in order). */
export function sameFact(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
