/**
 * Calendar dates in scans (`2026-03-14`): the day an audit was made, a review done, a paper read.
 *
 * A date is refused when it lies in the future. "Today" is taken where it is latest, at UTC+14,
 * so a contributor east of Greenwich who writes their own date is never told it is tomorrow.
 */

/** A calendar date written YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a YYYY-MM-DD date that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const LATEST_TIME_ZONE_HOURS = 14;

/** The latest date that is today somewhere on Earth, YYYY-MM-DD. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + LATEST_TIME_ZONE_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/** Whether a calendar date is after today everywhere on Earth. */
export function isFutureDate(text: string, now: Date = new Date()): boolean {
  return isCalendarDate(text) && text > latestToday(now);
}
