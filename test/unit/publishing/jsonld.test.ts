import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { auditJsonLd, serializeJsonLd } from '../../../src/lib/publishing/jsonld.ts';
import { scanSchema, type Scan } from '../../../src/lib/scan-format/schema.ts';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';

const seed = scanSchema.parse(JSON.parse(readFileSync('scans/2405.05949/scan.json', 'utf8')));
const input = (scan: Scan) => ({
  scan,
  scores: scoreScan(scan),
  pageUrl: 'https://x.org/papers/2405.05949/',
  siteUrl: 'https://x.org/',
  version: { short: '15c8dec', date: '2026-11-23T18:39:59+00:00' },
});

describe('JSON-LD of the seed audit', () => {
  const graph = JSON.parse(serializeJsonLd(auditJsonLd(input(seed))))['@graph'];
  const [review, ...claims] = graph;

  test('the audit is a Review of a ScholarlyArticle, published by Glassbox, never posing as the paper', () => {
    expect(review['@type']).toBe('Review');
    expect(review.name).toBe('Glassbox transparency audit of: CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts');
    expect(review.publisher.name).toBe('Glassbox');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Glassbox contributors' });
    expect(review.itemReviewed).toMatchObject({
      '@type': 'ScholarlyArticle',
      name: seed.paper.title,
      datePublished: '2024',
      url: 'https://arxiv.org/abs/2405.05949',
    });
    expect(review.itemReviewed.author[0]).toEqual({ '@type': 'Person', name: 'Jiachen Li' });
    expect(review.reviewRating).toMatchObject({ ratingValue: 54, bestRating: 100, ratingExplanation: '21 of 39 applicable transparency checklist items met' });
    expect(review.version).toBe('15c8dec');
  });

  test('each claim is a ClaimReview rated by its support level', () => {
    expect(claims).toHaveLength(seed.claims.length);
    expect(claims.map((claim: { '@type': string }) => claim['@type'])).toEqual(seed.claims.map(() => 'ClaimReview'));
    seed.claims.forEach((claim, index) => {
      expect(claims[index].claimReviewed).toBe(claim.claim);
      expect(claims[index].itemReviewed.appearance['@id']).toBe(review.itemReviewed['@id']);
    });
    expect(claims.map((claim: { reviewRating: { alternateName: string } }) => claim.reviewRating.alternateName)).toEqual(
      seed.claims.map(
        (claim) => ({ strong: 'strongly supported', moderate: 'moderately supported', weak: 'weakly supported', unsupported: 'unsupported' })[claim.supported],
      ),
    );
  });

  test('no overall rating when nothing applies, and no version when unversioned', () => {
    const scan = structuredClone(seed);
    for (const items of Object.values(scan.checklist)) for (const item of Object.values(items)) Object.assign(item, { applies: false, answer: false });
    const review = (auditJsonLd({ ...input(scan), version: null })['@graph'] as Record<string, unknown>[])[0];
    expect(review).not.toHaveProperty('reviewRating');
    expect(review).not.toHaveProperty('version');
  });
});

describe('serializeJsonLd keeps hostile text inside the script block', () => {
  test.each(['</script><script>alert(1)</script>', '<!-- <script>', 'a & b > c', 'line\u2028separator\u2029paragraph', '\u202Egnp.exe {{ template }}'])(
    '%j round-trips and leaves no < > & or line separators',
    (text) => {
      const json = serializeJsonLd({ name: text });
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ name: text });
    },
  );

  test('a title ending a script block cannot break out of a whole page', () => {
    const scan = structuredClone(seed);
    scan.paper.title = '</script><img src=x onerror=alert(1)>';
    const html = `<script type="application/ld+json">${serializeJsonLd(auditJsonLd(input(scan)))}</script>`;
    expect(html.indexOf('</script')).toBe(html.length - '</script>'.length);
    expect(html).not.toContain('<img');
  });
});
