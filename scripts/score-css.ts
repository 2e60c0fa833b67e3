/** Write `src/styles/score-scale.css` from the site's colour scale (see src/lib/score-classes.ts). */
import { writeFileSync } from 'node:fs';
import { scoreClassesCss } from '../src/lib/score-classes.ts';

const target = new URL('../src/styles/score-scale.css', import.meta.url);
writeFileSync(target, scoreClassesCss());
console.log(`wrote ${target.pathname}`);
