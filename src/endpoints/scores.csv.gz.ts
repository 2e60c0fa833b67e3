/** `/data/scores.csv.gz` in `astro dev`: `scores.csv` gzipped, as staged. */
import { SCORES_CSV_GZ_FILE } from '../build-model/data-downloads.ts';
import { stagedFile } from './staged-file.ts';

export const GET = stagedFile(SCORES_CSV_GZ_FILE, 'application/gzip');
