import { describe, expect, test } from 'vitest';
import { isValidOrcid, orcidCheckCharacter } from '../../../src/lib/scan-format/orcid.ts';

describe('ORCID iDs', () => {
  // The first two are the examples in ORCID's own documentation (the second ends in the check character X).
  test.each(['0000-0002-1825-0097', '0000-0002-1694-233X', '0000-0001-5109-3700'])('accepts %s', (orcid) => {
    expect(isValidOrcid(orcid)).toBe(true);
  });

  test.each([
    ['0000-0002-1825-0098', 'wrong check digit'],
    ['0000-0002-1825-0079', 'two digits swapped'],
    ['0000-0002-1694-2339', 'digit where X is due'],
    ['0000-0002-1825-009', 'too short'],
    ['0000000218250097', 'no hyphens'],
    ['https://orcid.org/0000-0002-1825-0097', 'with the resolver prefix'],
    ['0000-0002-1825-0097 ', 'trailing space'],
    ['0000-0002-1694-233x', 'lowercase x'],
  ])('rejects %s (%s)', (orcid) => {
    expect(isValidOrcid(orcid)).toBe(false);
  });

  test('the check character follows ISO 7064 MOD 11-2, worked by hand for 0000-0002-1825-009?', () => {
    // total starts at 0; for each digit d: total = (total + d) * 2. Over 000000021825009:
    // zeros keep 0 up to the 2: (0+2)*2 = 4; 1: (4+1)*2 = 10; 8: 36; 2: 76; 5: 162; 0: 324; 0: 648; 9: 1314.
    // 1314 mod 11 = 5 (11 * 119 = 1309); (12 - 5) mod 11 = 7 → check character "7".
    expect(orcidCheckCharacter('000000021825009')).toBe('7');
    expect(orcidCheckCharacter('000000021694233')).toBe('X');
  });
});
