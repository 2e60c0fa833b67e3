/**
 * Links into the source repository (env REPO_URL, e.g. `https://github.com/org/glassbox`).
 * Only an http(s) URL is used, so a misconfigured value can never become a `javascript:` link.
 */
import { HTTP_URL_PATTERN } from '../scan-format/schema.ts';

/** The repository URL without trailing slash, or undefined when unset or not http(s). */
export function repoBase(repoUrl: string | undefined): string | undefined {
  const trimmed = repoUrl
    ?.trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  return trimmed && HTTP_URL_PATTERN.test(trimmed) ? trimmed : undefined;
}

/** Page of one commit (GitHub/GitLab/Gitea layout), or undefined without a repository. */
export function commitUrl(repoUrl: string | undefined, commit: string): string | undefined {
  const base = repoBase(repoUrl);
  return base && `${base}/commit/${encodeURIComponent(commit)}`;
}

/** A file as it was at one commit: the permanent source of a cited version. */
export function fileAtCommitUrl(repoUrl: string | undefined, commit: string, repoPath: string): string | undefined {
  const base = repoBase(repoUrl);
  return base && `${base}/blob/${encodeURIComponent(commit)}/${repoPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** The history of one file on the forge. */
export function fileHistoryUrl(repoUrl: string | undefined, repoPath: string): string | undefined {
  const base = repoBase(repoUrl);
  return base && `${base}/commits/HEAD/${repoPath.split('/').map(encodeURIComponent).join('/')}`;
}
