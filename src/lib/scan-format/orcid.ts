/**
 * ORCID iDs (`0000-0002-1825-0097`): sixteen characters in four groups, the last a check
 * character computed with ISO 7064 MOD 11-2 over the fifteen digits before it, as ORCID
 * documents at https://support.orcid.org/hc/en-us/articles/360006897674. The checksum catches a
 * mistyped or transposed digit, which the pattern alone would accept.
 */

/** The printed form of an ORCID iD without the `https://orcid.org/` prefix. */
export const ORCID_PATTERN = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** The check character ("0"–"9" or "X") for the first fifteen digits of an ORCID iD. */
export function orcidCheckCharacter(digits: string): string {
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** Whether `value` is a well-formed ORCID iD whose check character is right. */
export function isValidOrcid(value: string): boolean {
  if (!ORCID_PATTERN.test(value)) return false;
  const digits = value.replaceAll('-', '');
  return orcidCheckCharacter(digits.slice(0, 15)) === digits[15];
}
