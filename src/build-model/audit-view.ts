/**
 * What an audit page shows beyond the scan itself, as plain data for its components: the words
 * that describe it, its head tags, version, citations in both directions, contribution links,
 * share snippets and history. Computed per page from the build's records, versions and citation
 * graph, and never kept, so a 10,000-scan build does not hold 10,000 views at once.
 */
import { contributeLinks, type ContributeLinks } from '../lib/contributing/contribute.ts';
import { commitUrl, fileAtCommitUrl } from '../lib/contributing/repo-links.ts';
import { describeChange } from '../lib/history/git-history.ts';
import { badgeSize, badgeSnippets, badgeText } from '../lib/publishing/badge.ts';
import {
  CITATION_STYLES,
  auditTitle,
  citationFormats,
  citedAuthorNames,
  dateParts,
  type CitationFormat,
  type CitationStyleKey,
} from '../lib/publishing/citation.ts';
import { auditJsonLd, serializeJsonLd } from '../lib/publishing/jsonld.ts';
import { OG_SIZE } from '../lib/publishing/og-image.ts';
import { badgePath, ogImagePath, scanFilePath } from '../lib/publishing/published-paths.ts';
import { formatCounts, formatPercent } from '../lib/scoring/scoring.ts';
import { itemAnswer, type ItemAnswer } from '../lib/scan-format/answers.ts';
import { itemRef } from '../lib/scan-format/rubric.ts';
import type { Scan } from '../lib/scan-format/schema.ts';
import { itemStates, notAssessedLabel } from '../lib/scoring/item-states.ts';
import { itemAnchor } from '../lib/site/anchors.ts';
import { CITED_BY_SHOWN, type CitationLinks } from '../lib/site/cited-links.ts';
import { countOf } from '../lib/site/format-count.ts';
import { itemEvidenceView, provenanceView, showsEvidence, type ItemEvidenceView, type ProvenanceView } from '../lib/site/provenance-view.ts';
import { hasLinks } from '../lib/site/linkify.ts';
import { absoluteUrl, itemPath, paperPath, withBase } from '../lib/site/urls.ts';
import { companionsView, type CompanionsView } from './companions-view.ts';
import type { ScanRecord } from './scans.ts';
import type { SiteConfig } from './site-config.ts';
import type { AuditVersion } from './versions.ts';

/** Another audit, linked by title. */
export interface AuditLink {
  id: string;
  title: string;
  href: string;
}

/** Head tags of an audit page. */
export interface AuditHeadView {
  canonical: string;
  title: string;
  /** Highwire `citation_author` names: the people the provenance credits, or the project. */
  authors: string[];
  /** The one-line summary for link previews (Open Graph, Twitter). */
  description: string;
  /** Date of the current version as `YYYY/MM/DD`, for the Highwire tags. */
  date?: string;
  image?: { url: string; width: string; height: string; alt: string };
  /** JSON-LD, escaped for a script data block (no `<`, `>` or `&` left). */
  jsonLd: string;
}

/** The version notice shown to readers who followed a citation of another version. */
export interface VersionNoticeView {
  current: string;
  /** Link to the scan file at any commit, with `{commit}` for the script to fill in. */
  sourceTemplate?: string;
}

/** "Cite this audit": the version cited, the citation in every style rendered and every data format, and where its files are. */
export interface CitationView {
  /** The version cited, or null when the audit is unversioned. */
  current: { short: string; date: string; permalink: string; sourceUrl?: string } | null;
  /** Why the audit is unversioned, when it is. */
  unversionedReason?: string;
  /** The styles rendered (see `citationStylesToRender`), then BibTeX, BibLaTeX, RIS and CSL-JSON. */
  formats: CitationFormat[];
  /** Labels of the styles left out of the page at this number of audits (empty when every style is shown). */
  stylesLeftOut: string[];
  /** Base-aware URL of the folder holding `cite.bib`, `cite.ris`, … (the audit page's own folder). */
  downloadBase: string;
  /**
   * Whether the data formats are printed on the page as well as linked: only while every style
   * is, since a site large enough to leave styles out counts the bytes of every page.
   */
  inlineData: boolean;
}

/** "Share and reuse": the badge, its snippets and the audit's data file. */
export interface ShareView {
  badge: { src: string; alt: string; width: number; height: number };
  markdown: string;
  html: string;
  scanFileHref: string;
  dataHref: string;
}

/** One checklist answer that changed in a revision, in words. */
export interface AnswerChangeView {
  anchor: string;
  label: string;
  before: string;
  after: string;
}

/** One revision of the audit. */
export interface RevisionView {
  date: string;
  short: string;
  /** The commit on the forge, when REPO_URL is set. */
  commitUrl?: string;
  message: string;
  kind: 'added' | 'modified';
  changes: AnswerChangeView[];
}

/** The audit's history, newest first. */
export interface HistoryView {
  unversionedReason?: string;
  revisions: RevisionView[];
  /** The scan file's history on the forge, when REPO_URL is set. */
  historyUrl?: string;
}

/** One checklist item of the current rubric as the page shows it: answered with its evidence, or not assessed. */
export type ItemView = { href: string } & (
  | {
      state: 'answered';
      answer: ItemAnswer;
      justification: string;
      /** Whether the justification holds web links (`LinkedText`); most hold none and render as plain text. */
      linked: boolean;
      /** Quotes and notes under the justification; undefined when there are none, as on most items. */
      evidence?: ItemEvidenceView;
    }
  | { state: 'not_assessed'; label: string }
);

/** Everything an audit page shows besides the scan's own fields. */
export interface AuditView {
  record: ScanRecord;
  /** Meta description for search engines. */
  description: string;
  head: AuditHeadView;
  /** Correction and edit links, when REPO_URL is set. */
  contribute?: ContributeLinks;
  notice?: VersionNoticeView;
  /** For each cited paper, in order: its audit here, or null. */
  cites: (AuditLink | null)[];
  /** The first `CITED_BY_SHOWN` audits that cite this paper, by id. */
  citedBy: AuditLink[];
  /** How many audits cite this paper in all. */
  citedByCount: number;
  citation: CitationView;
  share: ShareView;
  history: HistoryView;
  /** "2 red flags · 3 claims", for the page's footer. */
  tally: string;
  /** How the audit was made, by what or whom, and who checked it. */
  provenance: ProvenanceView;
  /** Each item of the current rubric by `category/item`. */
  items: Map<string, ItemView>;
  /** Independent audits and replies, when the paper has any. */
  companions?: CompanionsView;
}

/** What one audit's view is computed from. */
export interface AuditViewInputs {
  record: ScanRecord;
  /** The checklist with its answers' text, read from the scan's file (`readWholeScan`): the record keeps none. */
  checklist: Scan['checklist'];
  version: AuditVersion;
  links: CitationLinks;
  /** Title of another audit by id. */
  titleOf: (id: string) => string;
  config: SiteConfig;
  /** Whether the build draws social images (`/papers/<id>/og.png`). */
  ogImages: boolean;
  /** The citation styles audit pages carry (`citationStylesToRender` of the number of audits). */
  citationStyles: readonly CitationStyleKey[];
}

/** The view of one audit page. */
export function auditView({ record, checklist, version, links, titleOf, config, ogImages, citationStyles }: AuditViewInputs): AuditView {
  const { paper } = record.scan;
  const { overall, redFlagCount } = record.scores;
  const link = (id: string): AuditLink => ({ id, title: titleOf(id), href: withBase(paperPath(id), config.base) });
  return {
    record,
    description: `Transparency audit of “${paper.title}” (${paper.venue} ${paper.year}): ${formatPercent(overall)} of applicable checklist items met, ${countOf(redFlagCount, 'red flag')}.`,
    head: headView(record, version, config, ogImages),
    contribute: contributeLinks(record.id, config.repo),
    notice: noticeView(version, config),
    cites: links.cites.map((id) => (id === null ? null : link(id))),
    citedBy: links.citedBy.slice(0, CITED_BY_SHOWN).map(link),
    citedByCount: links.citedBy.length,
    citation: citationView(record, version, config, citationStyles),
    share: shareView(record, version, config),
    history: historyView(version, config),
    tally: `${countOf(redFlagCount, 'red flag')} · ${countOf(record.scan.claims.length, 'claim')}`,
    provenance: provenanceView(record.scan),
    items: itemViews({ ...record.scan, checklist }, config.base),
    companions: companionsView(record, config),
  };
}

/**
 * Each checklist item as its line of the page shows it. Computed here, not by components per
 * item: an audit page has 50 items, and each component instance costs Astro more than its markup.
 */
function itemViews(scan: Pick<Scan, 'checklist' | 'provenance' | 'rubric_version'>, base: string): Map<string, ItemView> {
  return new Map(
    itemStates(scan).map((entry): [string, ItemView] => {
      const href = withBase(itemPath(entry.category.key, entry.item.key), base);
      const ref = itemRef(entry.category.key, entry.item.key);
      if (entry.state === 'not_assessed') return [ref, { href, state: 'not_assessed', label: notAssessedLabel(entry.rubricVersion) }];
      const evidence = itemEvidenceView(scan, entry.category.key, entry.item.key, entry.answer);
      const { justification } = entry.answer;
      return [
        ref,
        {
          href,
          state: 'answered',
          answer: itemAnswer(entry.answer),
          justification,
          linked: hasLinks(justification),
          ...(showsEvidence(evidence) && { evidence }),
        },
      ];
    }),
  );
}

function headView(record: ScanRecord, version: AuditVersion, config: SiteConfig, ogImages: boolean): AuditHeadView {
  const { scan, scores } = record;
  const title = auditTitle(scan.paper);
  const description = `${formatPercent(scores.overall)} (${formatCounts(scores.overall)}) of applicable transparency checklist items met; ${countOf(scores.redFlagCount, 'red flag')}.`;
  const home = absoluteUrl('/', config.site, config.base);
  const date =
    version.current &&
    dateParts(version.current.date)
      .map((part) => String(part).padStart(2, '0'))
      .join('/');
  return {
    canonical: version.pageUrl,
    title,
    authors: citedAuthorNames(version.citation.reviewers),
    description,
    date: date || undefined,
    image: ogImages
      ? {
          url: absoluteUrl(ogImagePath(record.id), config.site, config.base),
          width: String(OG_SIZE.width),
          height: String(OG_SIZE.height),
          alt: `${title}: ${description}`,
        }
      : undefined,
    jsonLd: serializeJsonLd(
      auditJsonLd({ scan, scores, pageUrl: version.pageUrl, siteUrl: home, version: version.current, reviewers: version.citation.reviewers }),
    ),
  };
}

function noticeView({ current, repoPath }: AuditVersion, config: SiteConfig): VersionNoticeView | undefined {
  if (!current) return undefined;
  // `{commit}` survives URL encoding of the path parts, and the script swaps in the checked id.
  const sourceTemplate = repoPath ? fileAtCommitUrl(config.repo, '{commit}', repoPath)?.replace(encodeURIComponent('{commit}'), '{commit}') : undefined;
  return { current: current.short, sourceTemplate };
}

function citationView(record: ScanRecord, version: AuditVersion, config: SiteConfig, styles: readonly CitationStyleKey[]): CitationView {
  const { current, history } = version;
  const stylesLeftOut = CITATION_STYLES.filter((style) => !styles.includes(style.key)).map((style) => style.label);
  // Large sites (some styles left out) link the data formats' files rather than print them, so
  // their text is not rendered here: the after-build integration renders it once, for the files.
  const inlineData = stylesLeftOut.length === 0;
  return {
    current: current && { short: current.short, date: current.date, permalink: version.permalink, sourceUrl: version.sourceUrl },
    unversionedReason: history.versioned ? undefined : history.reason,
    formats: citationFormats(version.citation, { styles, dataText: inlineData }),
    stylesLeftOut,
    downloadBase: withBase(paperPath(record.id), config.base),
    inlineData,
  };
}

function shareView(record: ScanRecord, version: AuditVersion, config: SiteConfig): ShareView {
  const { overall } = record.scores;
  const snippets = badgeSnippets(overall, absoluteUrl(badgePath(record.id), config.site, config.base), version.pageUrl);
  return {
    badge: { src: withBase(badgePath(record.id), config.base), alt: badgeText(overall), ...badgeSize(overall) },
    markdown: snippets.markdown,
    html: snippets.html,
    scanFileHref: withBase(scanFilePath(record.id), config.base),
    dataHref: withBase('/data/', config.base),
  };
}

function historyView({ history, historyUrl }: AuditVersion, config: SiteConfig): HistoryView {
  return {
    unversionedReason: history.versioned ? undefined : history.reason,
    revisions: history.revisions.map((revision) => ({
      date: revision.date,
      short: revision.short,
      commitUrl: commitUrl(config.repo, revision.commit),
      message: revision.message,
      kind: revision.kind,
      changes: revision.changes.map((change) => ({ anchor: itemAnchor(change.category, change.item), ...describeChange(change) })),
    })),
    historyUrl,
  };
}
