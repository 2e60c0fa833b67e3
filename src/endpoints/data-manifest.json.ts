/** `/data/manifest.json` in `astro dev`: the staged manifest, byte for byte as the build writes it. */
import { MANIFEST_FILE } from '../build-model/data-downloads.ts';
import { stagedFile } from './staged-file.ts';

export const GET = stagedFile(MANIFEST_FILE, 'application/json; charset=utf-8');
