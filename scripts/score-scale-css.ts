/** Regenerate the score-bucket classes from the colour scale (see `scoreScaleCss`). */
import { writeFileSync } from 'node:fs';
import { scoreScaleCss } from '../src/lib/charts/colour-scale.ts';

writeFileSync(new URL('../src/styles/score-scale.css', import.meta.url), scoreScaleCss());
