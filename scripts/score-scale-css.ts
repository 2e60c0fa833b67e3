/** Regenerate the score-bucket classes from the colour scale (see `scoreScaleCss`). */
import { writeFileSync } from 'node:fs';
import { scoreScaleCss } from '../src/lib/colour-scale.ts';

writeFileSync(new URL('../src/components/leaderboard/score-scale.css', import.meta.url), scoreScaleCss());
