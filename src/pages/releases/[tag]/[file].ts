/**
 * `/releases/<tag>/<file>`: a release's data as of its tag (`scores.csv`, `scans.json`) and its
 * citation files (`cite.bib`, `cite.biblatex.bib`, `cite.ris`, `cite.json`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleases } from '../../../build-model/release-list.ts';
import { recordFiles } from '../../../lib/publishing/citation.ts';
import { scansJson, scoresCsv } from '../../../lib/publishing/open-data.ts';
import { RELEASE_DATA_FILES, releaseCslRecord, releasePath, type Release } from '../../../lib/publishing/releases.ts';
import { absoluteUrl } from '../../../lib/site/urls.ts';
import { buildModel } from '../../../build-model/index.ts';

/** Every file of one release, with its type and how to make it. */
function releaseFiles(release: Release): { name: string; contentType: string; body: () => string }[] {
  const { site, base } = buildModel().config;
  const record = releaseCslRecord(release, absoluteUrl(releasePath(release.tag.name), site, base));
  const schemaUrl = absoluteUrl('/schema/scan.schema.json', site, base);
  return [
    ...RELEASE_DATA_FILES.map((file) => ({
      ...file,
      body: () => (file.name === 'scores.csv' ? scoresCsv(release.records) : scansJson(release.records, schemaUrl)),
    })),
    ...recordFiles(record).map((file) => ({ ...file, body: () => file.text })),
  ];
}

export const getStaticPaths = (() =>
  getReleases().releases.flatMap((release) =>
    releaseFiles(release).map((file) => ({ params: { tag: release.tag.name, file: file.name }, props: { file } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ReturnType<typeof releaseFiles>[number] };
  return new Response(file.body(), { headers: { 'Content-Type': file.contentType } });
};
