/**
 * How to cite one of an item's charts: who made it, what it shows, how many audits it rests on
 * and where it lives. Inputs are explicit (no clock), so a build prints the same text every time;
 * the number of audits stands in for a date, since it changes whenever the data does.
 */
import { AUDIT_AUTHOR, PUBLISHER } from '../publishing/citation.ts';
import { countOf } from '../site/format-count.ts';

/** What a chart citation rests on. */
export interface ChartCitationInput {
  /** The chart's title, e.g. "Code released: share of audited papers meeting it, by year". */
  title: string;
  /** Absolute URL of the item page. */
  url: string;
  /** Number of audited papers the chart counts. */
  papers: number;
}

/** One line of citation text: "Glassbox contributors. Title. Glassbox, from 14 audited papers. URL". */
export function chartCitation(input: ChartCitationInput): string {
  return `${AUDIT_AUTHOR}. ${input.title}. ${PUBLISHER}, from ${countOf(input.papers, 'audited paper')}. ${input.url}`;
}
