/**
 * The search index files: `vocab.json`, `postings-K.json`, `records-K.json` (see
 * src/lib/search/search-index.ts for why the index is split this way). Fetched only by `/search/`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../../../build-model/index.ts';

export const getStaticPaths = (() => {
  const index = buildModel().searchIndex();
  return [
    { params: { file: 'vocab' }, props: { body: index.vocabularyFile } },
    ...index.postingShards.map((body, shard) => ({ params: { file: `postings-${shard}` }, props: { body } })),
    ...index.recordShards.map((body, shard) => ({ params: { file: `records-${shard}` }, props: { body } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
