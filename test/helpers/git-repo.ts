/**
 * Temporary git repositories of fixture scans, for testing history, versions and feeds against
 * real `git` rather than canned output.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Scan } from '../../src/lib/scan-format/schema.ts';

/** A scratch repository with a `scans/` folder. */
export interface TempRepo {
  root: string;
  scansDir: string;
  /** Run git in the repository and return its trimmed output. */
  git(...args: string[]): string;
  /** Copy a fixture scan folder in as `scans/<id>/scan.json`. */
  addScan(id: string, fixtureFile: string): string;
  /** Rewrite a scan's JSON through a function. */
  editScan(id: string, edit: (scan: Scan) => void): void;
  /** Commit everything with a fixed author and date, so commit ids are the same on every run. */
  commit(message: string, isoDate: string): string;
}

/** Create an empty repository in a fresh temporary folder. */
export function createTempRepo(prefix = 'glassbox-git-'): TempRepo {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const scansDir = path.join(root, 'scans');
  mkdirSync(scansDir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: fixedIdentity() }).trim();
  git('init', '-q', '-b', 'main');
  const fileOf = (id: string) => path.join(scansDir, id, 'scan.json');
  return {
    root,
    scansDir,
    git,
    addScan(id, fixtureFile) {
      mkdirSync(path.dirname(fileOf(id)), { recursive: true });
      cpSync(fixtureFile, fileOf(id));
      return fileOf(id);
    },
    editScan(id, edit) {
      const scan = JSON.parse(readFileSync(fileOf(id), 'utf8'));
      edit(scan);
      writeFileSync(fileOf(id), JSON.stringify(scan, null, 2) + '\n');
    },
    commit(message, isoDate) {
      git('add', '-A');
      execFileSync('git', ['commit', '-q', '-m', message], { cwd: root, env: { ...fixedIdentity(), GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate } });
      return git('rev-parse', 'HEAD');
    },
  };
}

function fixedIdentity(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'test@example.org',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}
