/**
 * One leaderboard table row the script draws, kept for the next view: sorting or filtering
 * writes the new paper's values into the existing cells' text instead of building the row again.
 *
 * Why: a sort shows 100 rows, and built afresh they were about 4,000 new layout objects, whose
 * layout took 61 ms of the 110-120 ms from click to paint on the benchmark machine (traced in
 * Chromium). Changing text in cells that already exist brought that to 40 ms, and the bench's
 * sort to paint to 60 ms. A new row is built only when a view shows more rows than any before.
 *
 * The markup is LeaderboardTable.astro's and AuditMarkers.astro's: leaderboard.css styles the
 * rows by position, not by class.
 */
import { auditMarkers } from '../lib/scan-format/audit-origin.ts';
import { percentText, scoreValue, type LeaderboardRow } from '../lib/scoring/leaderboard-filters.ts';
import { formatRank } from '../lib/scoring/ranking.ts';
import { scoreBucketClass } from '../lib/scoring/score-bucket.ts';
import { paperPath, withBase } from '../lib/site/urls.ts';
import { element } from './element.ts';

/** A text node's value, changed only when it differs, so unchanged cells stay clean for layout. */
function setText(node: Text, value: string): void {
  if (node.data !== value) node.data = value;
}

/** A text node inside `parent`, appended after whatever it already holds. */
function textIn(parent: Element): Text {
  return parent.appendChild(document.createTextNode(''));
}

export class LeaderboardRowView {
  readonly tr = element('tr');
  private readonly rank: Text;
  private readonly paper = element('th');
  private readonly link = element('a');
  private readonly title: Text;
  private readonly id: Text;
  /** The markers' labels as last drawn, so unchanged markers are left alone. */
  private markerLabels = '';
  private readonly scoreCells: { cell: HTMLTableCellElement; text: Text }[] = [];
  private readonly flags: Text;
  private readonly year: Text;
  private readonly venue: Text;

  constructor(scoreColumns: number) {
    this.paper.scope = 'row';
    this.title = textIn(this.link);
    const small = element('small');
    this.id = textIn(small);
    this.paper.append(this.link, ' ', small);
    const rankCell = element('td');
    this.rank = textIn(rankCell);
    this.tr.append(rankCell, this.paper);
    for (let column = 0; column < scoreColumns; column++) {
      const cell = element('td');
      this.scoreCells.push({ cell, text: textIn(cell) });
      this.tr.append(cell);
    }
    const [flags, year, venue] = [element('td'), element('td'), element('td')];
    this.tr.append(flags, year, venue);
    [this.flags, this.year, this.venue] = [textIn(flags), textIn(year), textIn(venue)];
  }

  /** Show `row` in this table row. */
  show(row: LeaderboardRow): void {
    setText(this.rank, formatRank(row.rank, row.shared));
    const href = withBase(paperPath(row.id));
    if (this.link.getAttribute('href') !== href) this.link.setAttribute('href', href);
    setText(this.title, row.title);
    setText(this.id, row.id);
    this.showMarkers(row);
    row.scores.forEach((counts, column) => {
      const { cell, text } = this.scoreCells[column]!;
      setText(text, percentText(counts));
      const bucket = scoreBucketClass(scoreValue(counts));
      if (cell.className !== bucket) cell.className = bucket;
    });
    setText(this.flags, String(row.flags));
    setText(this.year, String(row.year));
    setText(this.venue, row.venue);
  }

  /** A symbol for the eye, its label for screen readers and the tooltip (AuditMarkers.astro). */
  private showMarkers(row: LeaderboardRow): void {
    const markers = auditMarkers(row);
    const labels = markers.map((marker) => marker.label).join('\n');
    if (labels === this.markerLabels) return;
    this.markerLabels = labels;
    // Everything after the id's <small>: the spaces and spans of the previous markers.
    const small = this.paper.querySelector('small')!;
    while (small.nextSibling) small.nextSibling.remove();
    for (const marker of markers) {
      const mark = element('span', undefined, `audit-mark mark-${marker.kind}`);
      mark.title = marker.label;
      const symbol = element('span', marker.symbol);
      symbol.setAttribute('aria-hidden', 'true');
      mark.append(symbol, element('span', marker.label, 'visually-hidden'));
      this.paper.append(' ', mark);
    }
  }
}
