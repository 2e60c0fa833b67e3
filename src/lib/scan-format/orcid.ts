/**
 * ORCID iDs, the persistent identifiers of researchers: sixteen characters in four groups of
 * four (`0000-0002-1825-0097`), the last a check character computed with ISO 7064 MOD 11-2, so a
 * mistyped digit or two swapped digits are caught before the iD is shown as a link.
 */

/** The written form: four groups of four, the last character a digit or X (the check value 10). */
export const ORCID_PATTERN = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** The check character (`0`–`9` or `X`) for the first fifteen digits of an ORCID iD, by ISO 7064 MOD 11-2. */
export function orcidCheckCharacter(baseDigits: string): string {
  if (!/^\d{15}$/.test(baseDigits)) throw new Error(`expected the 15 base digits of an ORCID iD, got ${JSON.stringify(baseDigits)}`);
  let total = 0;
  for (const digit of baseDigits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** Whether an ORCID iD is well formed and its check character matches its digits. */
export function isValidOrcid(orcid: string): boolean {
  if (!ORCID_PATTERN.test(orcid)) return false;
  const characters = orcid.replaceAll('-', '');
  return orcidCheckCharacter(characters.slice(0, 15)) === characters[15];
}
