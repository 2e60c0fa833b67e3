/**
 * Site paths of the files published next to each audit page, in one place for the endpoints,
 * the page head and the share box.
 */
import { paperPath } from '../site/urls.ts';

/** `/papers/<id>/scan.json`: the committed scan file, byte for byte. */
export function scanFilePath(id: string): string {
  return `${paperPath(id)}scan.json`;
}

/** `/papers/<id>/badge.svg`: the embeddable score badge. */
export function badgePath(id: string): string {
  return `${paperPath(id)}badge.svg`;
}

/** `/papers/<id>/og.png`: the social preview image. */
export function ogImagePath(id: string): string {
  return `${paperPath(id)}og.png`;
}

/** `/papers/<id>/<file>`: one of the audit's citation files (`cite.bib`, `cite.ris`, … of `CITATION_DATA_FORMATS`). */
export function citationFilePath(id: string, file: string): string {
  return `${paperPath(id)}${file}`;
}

/** `/papers/<id>/audits/<name>.json`: an independent audit of the paper, byte for byte as committed. */
export function auditFilePath(id: string, name: string): string {
  return `${paperPath(id)}audits/${name}.json`;
}

/** `/papers/<id>/replies/<name>.json`: a reply to the audit, byte for byte as committed. */
export function replyFilePath(id: string, name: string): string {
  return `${paperPath(id)}replies/${name}.json`;
}
