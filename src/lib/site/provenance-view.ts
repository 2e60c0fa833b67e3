/**
 * A scan's provenance and evidence in words and safe links, as audit pages show them: how the
 * audit was made, by what or whom, from which version of the paper, under which rubric version,
 * who checked it, and for each item where its quotes are and whether a person checked it.
 *
 * Only what the scan records is said. A scan without provenance is "not recorded", never guessed
 * at; links are made only from values the schema checked (http(s) URLs, ORCID iDs, GitHub names),
 * and checked again here so no other scheme can become a link.
 */
import { findCategory, findRubricVersion, scanRubricVersion, type RubricVersions, RUBRIC_VERSIONS, currentRubric } from '../scan-format/rubric.ts';
import { AUDIT_ORIGIN_WORDS, auditOrigin, type AuditOrigin } from '../scan-format/audit-origin.ts';
import { personCheck, reviewCoverage, type PersonCheck, type ReviewCoverage } from '../scan-format/provenance.ts';
import type { ChecklistItem, Person, QuoteLocation, Scan } from '../scan-format/schema.ts';
import { isLinkable } from './linkify.ts';

/** Text with an optional web link. */
export interface LinkedValue {
  text: string;
  href?: string;
}

/** A person as the panel names them, with their ORCID and GitHub links. */
export interface PersonView {
  name: string;
  orcid?: LinkedValue;
  github?: LinkedValue;
}

/** One review: who, when, and what it covered. */
export interface ReviewView {
  reviewer: PersonView;
  reviewedOn: string;
  /** "every item", or the categories and items by label. */
  covers: string;
  notes?: string;
}

/** The provenance panel of an audit page. */
export interface ProvenanceView {
  origin: AuditOrigin;
  /** How the audit was made, in words ("Provenance not recorded" without provenance). */
  originText: string;
  /** An automated audit that no person checked: its answers are estimates. */
  unchecked: boolean;
  /** The rubric version the checklist answered, and whether it is the current one. */
  rubric: { version: number; current: boolean; currentVersion: number };
  /** Absent when the scan records no provenance. */
  recorded?: {
    auditedOn: string;
    paperVersion?: LinkedValue;
    tool?: LinkedValue;
    model?: string;
    configuration?: string;
    instructions?: string;
    auditors: PersonView[];
    reviews: ReviewView[];
    coverage: ReviewCoverage;
  };
}

/** Sentence shown near the score of an automated audit that no person checked. */
export const UNCHECKED_NOTICE = 'Automated audit, not checked by a person: treat the answers as estimates.';

/** A link only when it is an http(s) URL with a host; otherwise plain text. */
function webLink(text: string, href: string | undefined): LinkedValue {
  return href !== undefined && isLinkable(href) ? { text, href } : { text };
}

/** A person with links to their ORCID record (https://orcid.org/…) and GitHub profile. */
export function personView(person: Person): PersonView {
  return {
    name: person.name,
    ...(person.orcid && { orcid: webLink(person.orcid, `https://orcid.org/${person.orcid}`) }),
    ...(person.github && { github: webLink(`@${person.github}`, `https://github.com/${person.github}`) }),
  };
}

/** Where a quote is in the paper, in words: "section 5 Conclusion, page 9". */
export function locationText(location: QuoteLocation): string {
  const parts: [keyof QuoteLocation, string][] = [
    ['section', 'section'],
    ['page', 'page'],
    ['table', 'table'],
    ['figure', 'figure'],
    ['appendix', 'appendix'],
  ];
  return parts
    .filter(([key]) => location[key] !== undefined)
    .map(([key, word]) => `${word} ${String(location[key])}`)
    .join(', ');
}

/** A program's confidence in an answer, as a percentage: "Program's confidence: 40%". */
export function confidenceText(confidence: number): string {
  return `Program's confidence: ${Math.round(confidence * 100)}%`;
}

/** Whether a person checked one answer, in words; undefined when the scan records no provenance. */
export function personCheckText(check: PersonCheck): string | undefined {
  const names = (reviews: { reviewer: Person }[]) => [...new Set(reviews.map((review) => review.reviewer.name))].join(', ');
  switch (check.kind) {
    case 'unrecorded':
      return undefined;
    case 'unchecked':
      return 'Not checked by a person';
    case 'answered by a person':
      return check.reviews.length ? `Answered by a person; checked again by ${names(check.reviews)}` : 'Answered by a person';
    case 'reviewed':
      return `Checked by a person: ${names(check.reviews)}`;
  }
}

function coversText(covers: 'all' | string[], versions: RubricVersions, version: number): string {
  if (covers === 'all') return 'every item';
  const categories = findRubricVersion(version, versions)?.categories;
  return covers
    .map((ref) => {
      const [categoryKey, itemKey] = ref.split('/') as [string, string | undefined];
      const category = categories && findCategory(categoryKey, categories);
      const item = itemKey === undefined ? undefined : category?.items.find((candidate) => candidate.key === itemKey);
      if (!category) return ref;
      return item ? `${category.label}: ${item.label}` : `all of ${category.label}`;
    })
    .join('; ');
}

function paperVersionText(scan: Pick<Scan, 'paper' | 'provenance'>): LinkedValue | undefined {
  const read = scan.provenance?.paper_version;
  if (!read) return undefined;
  const on = read.read_on ? `, read on ${read.read_on}` : '';
  if (read.arxiv_version) {
    const id = scan.paper.arxiv_id?.replace(/v\d+$/, '');
    return webLink(`arXiv ${read.arxiv_version}${on}`, id ? `https://arxiv.org/abs/${id}${read.arxiv_version}` : undefined);
  }
  if (read.doi) return webLink(`doi:${read.doi}${on}`, `https://doi.org/${read.doi.split('/').map(encodeURIComponent).join('/')}`);
  return read.url ? webLink(`${read.url}${on}`, read.url) : undefined;
}

/** The provenance panel of one scan. */
export function provenanceView(scan: Pick<Scan, 'paper' | 'provenance' | 'rubric_version'>, versions: RubricVersions = RUBRIC_VERSIONS): ProvenanceView {
  const origin = auditOrigin(scan);
  const version = scanRubricVersion(scan, versions);
  const currentVersion = currentRubric(versions).version;
  const view: ProvenanceView = {
    origin,
    originText: AUDIT_ORIGIN_WORDS[origin],
    unchecked: origin === 'automated',
    rubric: { version, current: version === currentVersion, currentVersion },
  };
  const provenance = scan.provenance;
  if (!provenance) return view;
  const { tool, model } = provenance;
  const modelDetails = model && [model.version, model.date].filter(Boolean).join(', ');
  view.recorded = {
    auditedOn: provenance.audited_on,
    paperVersion: paperVersionText(scan),
    tool: tool && webLink(`${tool.name} ${tool.version}`, tool.url),
    model: model && (modelDetails ? `${model.name} (${modelDetails})` : model.name),
    configuration: provenance.configuration,
    instructions: provenance.instructions && `rubric v${provenance.instructions.rubric_version} instructions, SHA-256 ${provenance.instructions.sha256}`,
    auditors: (provenance.auditors ?? []).map(personView),
    reviews: (provenance.reviews ?? []).map((review) => ({
      reviewer: personView(review.reviewer),
      reviewedOn: review.reviewed_on,
      covers: coversText(review.covers, versions, version),
      ...(review.notes && { notes: review.notes }),
    })),
    coverage: reviewCoverage(scan, versions),
  };
  return view;
}

/** One quote that an answer rests on. */
export interface QuoteView {
  quote: string;
  location: string;
}

/** What an answered item shows under its justification: quotes, confidence, and who checked it. */
export interface ItemEvidenceView {
  quotes: QuoteView[];
  confidence?: string;
  check?: string;
}

/** Whether an item's evidence block has anything to show: a quote, or a confidence or check note. */
export function showsEvidence({ quotes, confidence, check }: ItemEvidenceView): boolean {
  return quotes.length > 0 || Boolean(confidence) || Boolean(check);
}

/** The evidence block of one answered item. */
export function itemEvidenceView(
  scan: Pick<Scan, 'provenance' | 'rubric_version'>,
  categoryKey: string,
  itemKey: string,
  answer: ChecklistItem,
): ItemEvidenceView {
  return {
    quotes: (answer.evidence ?? []).map((quote) => ({ quote: quote.quote, location: locationText(quote.location) })),
    ...(answer.confidence !== undefined && { confidence: confidenceText(answer.confidence) }),
    ...(scan.provenance && { check: personCheckText(personCheck(scan, categoryKey, itemKey)) }),
  };
}
