/**
 * Read the content security policy a built page sets in its `<meta http-equiv>` element, as
 * directive name → sources (names lower-cased), so tests check directives rather than a string.
 */
export function pagePolicy(html: string): Map<string, string[]> | undefined {
  const policy = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (policy === undefined) return undefined;
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}
