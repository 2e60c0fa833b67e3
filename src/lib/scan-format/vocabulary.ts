/**
 * The scan format's fixed vocabulary: support levels, audit methods and the patterns ids and
 * links must match. It imports nothing, so browser scripts (compare, compare selection) can use
 * it without bundling zod; `schema.ts` builds its validators from it and re-exports it.
 */
/** Support levels a claim can have, strongest first. */
export const SUPPORT_LEVELS = ['strong', 'moderate', 'weak', 'unsupported'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
/** Each support level in words, as audit pages and their JSON-LD say it. */
export const SUPPORT_WORDS: Record<SupportLevel, string> = {
  strong: 'strongly supported',
  moderate: 'moderately supported',
  weak: 'weakly supported',
  unsupported: 'unsupported',
};

/** How an audit was made: by a program alone, by a person, or by a program and then checked by people. */
export const AUDIT_METHODS = ['automated', 'human', 'automated_then_reviewed'] as const;
export type AuditMethod = (typeof AUDIT_METHODS)[number];

/**
 * New-style arXiv id (`2405.05949`, optional version) or old-style (`hep-th/9901001`, `math.GT/0309136`).
 * New-style numbers have four digits from 0704 to 1412 and five since 1501, so `2405.5949` is a typo.
 */
export const ARXIV_ID_PATTERN =
  /^(?:(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
/** A DOI as printed without resolver prefix, e.g. `10.1145/3442188.3445922`. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** Folder name for papers without an arXiv id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Only web links are accepted, so no `javascript:` or `data:` URL can enter a page as a link. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
/** An arXiv version suffix as written on its own, e.g. `v2`. */
export const ARXIV_VERSION_PATTERN = /^v[1-9]\d*$/;
/** A GitHub user name: letters, digits and single inner hyphens, at most 39 characters, no `@`. */
export const GITHUB_HANDLE_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A SHA-256 digest in lowercase hexadecimal. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
/** A configuration identifier: any name, but one that starts with `sha256:` must be a whole digest. */
export const CONFIGURATION_PATTERN = /^(?:(?!sha256:)[\s\S]*|sha256:[0-9a-f]{64})$/;
