/** `/data/scores.csv` in `astro dev`: one row per paper, its scores and every answer, as staged. */
import { SCORES_CSV_FILE } from '../build-model/data-downloads.ts';
import { stagedFile } from './staged-file.ts';

export const GET = stagedFile(SCORES_CSV_FILE, 'text/csv; charset=utf-8');
