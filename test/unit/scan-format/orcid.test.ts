import { describe, expect, test } from 'vitest';
import { isValidOrcid, orcidCheckCharacter } from '../../../src/lib/scan-format/orcid.ts';

describe('ORCID check character (ISO 7064 MOD 11-2)', () => {
  // Worked by hand for ORCID's own example iD, 0000-0002-1825-0097: for each of the 15 base
  // digits, total = (total + digit) × 2. The digits 0,0,0,0,0,0,0,2,1,8,2,5,0,0,9 give
  // 0,0,0,0,0,0,0,4,10,36,76,162,324,648,1314; 1314 mod 11 = 5; (12 − 5) mod 11 = 7.
  test('0000-0002-1825-0097: the standard example has check character 7', () => {
    expect(orcidCheckCharacter('000000021825009')).toBe('7');
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
  });

  test('a result of 10 is written X, and only as the last character', () => {
    // Base digits 000000009990005: the running total ends at 2026; 2026 mod 11 = 2; (12 − 2) mod 11 = 10.
    expect(orcidCheckCharacter('000000009990005')).toBe('X');
    expect(orcidCheckCharacter('000000021694233')).toBe('X');
    expect(isValidOrcid('0000-0000-9990-005X')).toBe(true);
    expect(isValidOrcid('0000-0000-9990-0050')).toBe(false);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
  });

  // The first two are the examples in ORCID's own documentation (the second ends in the check character X).
  test.each(['0000-0002-1825-0097', '0000-0002-1694-233X', '0000-0001-5109-3700'])('accepts %s', (orcid) => {
    expect(isValidOrcid(orcid)).toBe(true);
  });

  test.each([
    ['0000-0002-1825-0098', 'one digit off'],
    ['0000-0002-1825-0079', 'two digits swapped'],
    ['0000-0002-1694-2339', 'digit where X is due'],
    ['0000-0002-1825-009', 'too short'],
    ['0000000218250097', 'no hyphens'],
    ['https://orcid.org/0000-0002-1825-0097', 'with the resolver prefix'],
    ['0000-0002-1825-0097 ', 'trailing space'],
    ['0000-0002-1694-233x', 'lowercase x'],
    ['0000-0002-1825-009x', 'lowercase x where a digit is due'],
    ['X000-0002-1825-0097', 'X not in the last place'],
  ])('rejects %j (%s)', (orcid) => {
    expect(isValidOrcid(orcid)).toBe(false);
  });

  test('swapping two digits changes the check character', () => {
    expect(orcidCheckCharacter('000000021825009')).not.toBe(orcidCheckCharacter('000000021852009'));
  });

  test('refuses anything but 15 digits', () => {
    expect(() => orcidCheckCharacter('00000002182500')).toThrow('15 base digits');
  });
});
