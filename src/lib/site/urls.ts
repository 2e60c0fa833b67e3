/**
 * Base-path-aware URLs. Every internal link goes through here so the site works at `/` and
 * under a GitHub Pages project path (`/glassbox/`) alike.
 */

/** Join the base path and a site path: `withBase('/papers/x/', '/glassbox/')` → `/glassbox/papers/x/`. */
export function withBase(sitePath: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const relative = sitePath.startsWith('/') ? sitePath : '/' + sitePath;
  return trimmedBase + relative;
}

/** Encode a scan id for a URL path, keeping the slash of old-style arXiv ids as a real path separator. */
export function encodeIdPath(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** Site path of a paper's audit page. */
export function paperPath(id: string): string {
  return `/papers/${encodeIdPath(id)}/`;
}

/** Site path of a category's leaderboard. */
export function categoryPath(category: string): string {
  return `/categories/${encodeURIComponent(category)}/`;
}

/** Site path of a checklist item's page: `/items/artifacts/code_released/`. */
export function itemPath(category: string, item: string): string {
  return `/items/${encodeURIComponent(category)}/${encodeURIComponent(item)}/`;
}

/** Absolute URL of a site path, for canonical links, feeds and citations. */
export function absoluteUrl(sitePath: string, site: string | URL, base?: string): string {
  return new URL(withBase(sitePath, base), site).href;
}
