/**
 * schema.org JSON-LD for an audit page: the audit is a `Review` of a `ScholarlyArticle` (the
 * paper), and each claim the audit weighs is a `ClaimReview` rated by its support level.
 *
 * The JSON goes into a `<script type="application/ld+json">` block, where the HTML parser ends
 * the block at the first `</script` whatever JSON thinks; `serializeJsonLd` escapes every
 * character that could end or confuse the block, so hostile scan text stays data.
 *
 * Typed with `schema-dts`, so a property schema.org does not define on a type is a type error;
 * `test/unit/publishing/jsonld.test.ts` also checks the output against the vocabulary it ships.
 */
import type { ClaimReview, Graph, Organization, Person, Review, ScholarlyArticle, SoftwareApplication } from 'schema-dts';
import { AUDIT_AUTHOR, PUBLISHER, auditTitle, type Reviewer } from './citation-record.ts';
import { sourceLinks } from '../scan-format/paper-source.ts';
import { auditPeople } from '../scan-format/provenance.ts';
import type { Scan } from '../scan-format/schema.ts';
import type { ListedScan } from '../scan-format/listed-scan.ts';
import { SUPPORT_LEVELS, SUPPORT_WORDS } from '../scan-format/schema.ts';
import type { ScanScores } from '../scoring/scoring.ts';

/** What the JSON-LD of one audit is built from. */
export interface AuditJsonLdInput {
  scan: ListedScan;
  scores: ScanScores;
  /** Absolute URL of the audit page. */
  pageUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Version cited: short commit and ISO date, or null when unversioned. */
  version: { short: string; date: string } | null;
  /** Reviewers named by the scan; the audit's authors when present, as in its citations. */
  reviewers?: readonly Reviewer[] | undefined;
}

/**
 * The audit's authors: the people who made or reviewed it, as the scan's provenance names them
 * (an ORCID iD as `sameAs`); else the reviewers the caller names; else the project as an organisation.
 */
function auditAuthors(scan: Pick<Scan, 'provenance'>, reviewers: readonly Reviewer[] | undefined): Organization | Person[] {
  const people = auditPeople(scan).map((person): Person => ({
    '@type': 'Person',
    name: person.name,
    ...(person.orcid && { sameAs: `https://orcid.org/${person.orcid}` }),
  }));
  if (people.length > 0) return people;
  const named = (reviewers ?? []).map((reviewer) => reviewer.name.trim()).filter(Boolean);
  return named.length > 0 ? named.map((name): Person => ({ '@type': 'Person', name })) : { '@type': 'Organization', name: AUDIT_AUTHOR };
}

/**
 * The program that made the answers, when the scan names one. schema.org lets only people and
 * organisations author a work, so the program is what the review `isBasedOn`: its output.
 */
function auditProgram(scan: Pick<Scan, 'provenance'>): SoftwareApplication | undefined {
  const { tool, model } = scan.provenance ?? {};
  if (!tool && !model) return undefined;
  const modelText = model && [model.name, model.version, model.date].filter(Boolean).join(' ');
  return {
    '@type': 'SoftwareApplication',
    name: tool?.name ?? model!.name,
    ...(tool && { softwareVersion: tool.version }),
    ...(tool?.url && /^https?:\/\//i.test(tool.url) && { url: tool.url }),
    ...(modelText && { description: `Language model: ${modelText}` }),
  };
}

/** Build the JSON-LD graph of one audit. */
export function auditJsonLd({ scan, scores, pageUrl, siteUrl, version, reviewers }: AuditJsonLdInput): Graph {
  const { paper } = scan;
  const paperId = `${pageUrl}#paper`;
  const publisher: Organization = { '@type': 'Organization', name: PUBLISHER, url: siteUrl };
  const author = auditAuthors(scan, reviewers);
  const program = auditProgram(scan);
  const links = sourceLinks(paper).map((link) => link.href);
  const article: ScholarlyArticle = {
    '@type': 'ScholarlyArticle',
    '@id': paperId,
    // `name` only: schema.org's `headline` would repeat the title on every audit page (issue 14).
    name: paper.title,
    author: paper.authors.map((name): Person => ({ '@type': 'Person', name })),
    datePublished: String(paper.year),
    // schema.org's `publication` is an event, not text: the venue is where the paper appeared.
    publication: { '@type': 'PublicationEvent', name: paper.venue },
    // The paper's first link is its `url`; `sameAs` lists only the others, when it has more.
    ...(links.length > 0 && { url: links[0] }),
    ...(links.length > 1 && { sameAs: links.slice(1) }),
    identifier: [paper.arxiv_id && `arXiv:${paper.arxiv_id}`, paper.doi && `doi:${paper.doi}`].filter((value): value is string => Boolean(value)),
  };
  const overall = scores.overall;
  const review: Review = {
    '@type': 'Review',
    '@id': `${pageUrl}#audit`,
    name: auditTitle(paper),
    url: pageUrl,
    author,
    publisher,
    ...(program && { isBasedOn: program }),
    ...(version && { version: version.short, dateModified: version.date }),
    itemReviewed: article,
    reviewBody: scan.key_findings,
    ...(overall.value !== null && {
      reviewRating: {
        '@type': 'Rating',
        ratingValue: Math.round(overall.value * 100),
        worstRating: 0,
        bestRating: 100,
        ratingExplanation: `${overall.yes} of ${overall.applicable} applicable transparency checklist items met`,
      },
    }),
  };
  const claimReviews = scan.claims.map((claim): ClaimReview => ({
    '@type': 'ClaimReview',
    url: `${pageUrl}#claims`,
    claimReviewed: claim.claim,
    author,
    // The claim's text is `claimReviewed`, and its evidence is on the page: repeated here as the
    // Claim's `text` and a `reviewBody` they cost every audit page about 1 KB (issue 14).
    itemReviewed: { '@type': 'Claim', appearance: { '@id': paperId } },
    reviewRating: {
      '@type': 'Rating',
      // strong = 4 … unsupported = 1, so a higher rating always means better support.
      ratingValue: SUPPORT_LEVELS.length - SUPPORT_LEVELS.indexOf(claim.supported),
      worstRating: 1,
      bestRating: SUPPORT_LEVELS.length,
      alternateName: SUPPORT_WORDS[claim.supported],
    },
  }));
  return { '@context': 'https://schema.org', '@graph': [review, ...claimReviews] };
}

/** JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
