import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { auditJsonLd, serializeJsonLd } from '../../../src/lib/publishing/jsonld.ts';
import { scanSchema, type Scan } from '../../../src/lib/scan-format/schema.ts';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';

const seed = scanSchema.parse(JSON.parse(readFileSync('scans/2405.05949/scan.json', 'utf8')));
const fixture = (id: string) => scanSchema.parse(JSON.parse(readFileSync(`test/fixtures/site/${id}/scan.json`, 'utf8')));
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
    expect(review.itemReviewed.publication).toEqual({ '@type': 'PublicationEvent', name: 'arXiv' });
  });

  test('the paper is named once, and sameAs lists only its links beyond its url', () => {
    expect(review.itemReviewed).not.toHaveProperty('headline');
    expect(review.itemReviewed).not.toHaveProperty('sameAs');
    const scan = structuredClone(seed);
    scan.paper.doi = '10.0000/synthetic.1';
    const article = (auditJsonLd(input(scan))['@graph'] as unknown as { itemReviewed: Record<string, unknown> }[])[0]!.itemReviewed;
    expect(article.url).toBe('https://arxiv.org/abs/2405.05949');
    expect(article.sameAs).toEqual(['https://doi.org/10.0000/synthetic.1']);
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
    const review = (auditJsonLd({ ...input(scan), version: null })['@graph'] as unknown as Record<string, unknown>[])[0];
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

/**
 * schema.org's vocabulary as schema-dts ships it: the package has no data file, only its
 * declarations, where each type is an interface `XLeaf` with `"@type": "X"` extending `XBase`
 * interfaces that hold the properties. Read with the TypeScript parser, not by regex.
 */
function schemaVocabulary(): { types: Set<string>; propertiesOf(type: string): Set<string> } {
  const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const interfaces = new Map<string, { parents: string[]; properties: string[] }>();
  const leafOf = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const parents = (statement.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => type.expression.getText(source)));
    const properties: string[] = [];
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isStringLiteral(member.name)) continue;
      properties.push(member.name.text);
      if (member.name.text === '@type' && member.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)) {
        leafOf.set(member.type.literal.text, statement.name.text);
      }
    }
    interfaces.set(statement.name.text, { parents, properties });
  }
  const propertiesOf = (type: string) => {
    const found = new Set<string>();
    const visit = (name: string) => {
      const declaration = interfaces.get(name);
      declaration?.properties.forEach((property) => found.add(property));
      declaration?.parents.forEach(visit);
    };
    visit(leafOf.get(type) ?? '');
    return found;
  };
  return { types: new Set(leafOf.keys()), propertiesOf };
}

describe('every @type and property is in the schema.org vocabulary shipped with schema-dts', () => {
  const vocabulary = schemaVocabulary();
  /** Every typed node of a JSON-LD value, with the path it was found at. */
  const typedNodes = (value: unknown, path = '$'): [string, Record<string, unknown>][] => {
    if (Array.isArray(value)) return value.flatMap((item, index) => typedNodes(item, `${path}[${index}]`));
    if (typeof value !== 'object' || value === null) return [];
    const node = value as Record<string, unknown>;
    const children = Object.entries(node).flatMap(([key, child]) => typedNodes(child, `${path}.${key}`));
    return '@type' in node ? [[path, node], ...children] : children;
  };

  test('the vocabulary was read: known types and properties are there, made-up ones are not', () => {
    expect(vocabulary.types.has('ClaimReview')).toBe(true);
    expect(vocabulary.propertiesOf('ClaimReview')).toContain('claimReviewed');
    expect(vocabulary.propertiesOf('ClaimReview')).toContain('name');
    expect(vocabulary.propertiesOf('Person')).not.toContain('claimReviewed');
    expect(vocabulary.types.has('AuditReport')).toBe(false);
  });

  const hostile = structuredClone(seed);
  hostile.paper.title = '</script>{"@type":"Evil"}';
  test.each([
    ['seed', auditJsonLd(input(seed))],
    ['seed with reviewers', auditJsonLd({ ...input(seed), reviewers: [{ name: 'Jan van der Berg' }] })],
    ['hostile title, unversioned', auditJsonLd({ ...input(hostile), version: null })],
    ['automated with tool and model', auditJsonLd(input(fixture('9903.00101')))],
    ['reviewed with ORCID iDs', auditJsonLd(input(fixture('9903.00102')))],
  ])('%s', (_, graph) => {
    const nodes = typedNodes(JSON.parse(serializeJsonLd(graph))['@graph']);
    expect(nodes.length).toBeGreaterThan(5);
    for (const [path, node] of nodes) {
      expect(vocabulary.types, path).toContain(node['@type']);
      const known = vocabulary.propertiesOf(node['@type'] as string);
      for (const key of Object.keys(node).filter((key) => !key.startsWith('@'))) expect(known, `${path}.${key}`).toContain(key);
    }
  });
});

test('reviewers are the authors of the review and its claim reviews; otherwise the project is', () => {
  const graph = auditJsonLd({ ...input(seed), reviewers: [{ name: 'Jan van der Berg' }, { name: ' ' }] })['@graph'] as unknown as Record<string, unknown>[];
  expect(graph[0]!.author).toEqual([{ '@type': 'Person', name: 'Jan van der Berg' }]);
  expect(graph[1]!.author).toEqual([{ '@type': 'Person', name: 'Jan van der Berg' }]);
  expect((auditJsonLd(input(seed))['@graph'] as unknown as Record<string, unknown>[])[0]!.author).toEqual({
    '@type': 'Organization',
    name: 'Glassbox contributors',
  });
});

describe("who or what authored the review, from the scan's provenance", () => {
  const review = (scan: Scan) => (auditJsonLd(input(scan))['@graph'] as unknown as Record<string, unknown>[])[0]!;

  test('reviewers are Persons with their ORCID record as sameAs, and the program is what the review is based on', () => {
    const reviewed = review(fixture('9903.00102'));
    expect(reviewed.author).toEqual([{ '@type': 'Person', name: 'Ada Fairweather', sameAs: 'https://orcid.org/0000-0000-9990-0025' }]);
    expect(reviewed.isBasedOn).toEqual({
      '@type': 'SoftwareApplication',
      name: 'Synthetic scanner',
      softwareVersion: '0.4.1',
      url: 'https://example.org/synthetic-scanner',
      description: 'Language model: Synthetic language model 2026-09-01',
    });
  });

  test('an automated audit no person checked is authored by the project, based on the program', () => {
    const automated = review(fixture('9903.00101'));
    expect(automated.author).toEqual({ '@type': 'Organization', name: 'Glassbox contributors' });
    expect(automated.isBasedOn).toMatchObject({ '@type': 'SoftwareApplication', name: 'Synthetic scanner' });
  });

  test('a person-made audit is authored by its auditors and then its reviewers, each once, with no program', () => {
    const human = review(fixture('9903.00104'));
    expect((human.author as { name: string }[]).map((person) => person.name)).toEqual(['Chiara Dunmore', 'Dara Whitcombe', 'Ada Fairweather']);
    expect(human).not.toHaveProperty('isBasedOn');
  });
});
