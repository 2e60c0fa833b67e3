import { describe, expect, test } from 'vitest';
import { isCalendarDate, isFutureDate, latestToday } from '../../../src/lib/scan-format/dates.ts';

describe('isCalendarDate', () => {
  test.each(['2026-01-31', '2024-02-29', '2000-02-29', '1999-12-31', '2026-12-31'])('accepts %s', (date) => expect(isCalendarDate(date)).toBe(true));
  test.each([
    '2026-02-29',
    '2023-02-29',
    '1900-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-1-5',
    '05/01/2026',
    '2026-01-05T00:00:00Z',
    '',
  ])('refuses %j', (date) => expect(isCalendarDate(date)).toBe(false));
});

describe('dates in the future', () => {
  test('today is the date at UTC+14, where it is latest', () => {
    expect(latestToday(new Date('2026-11-28T09:59:59Z'))).toBe('2026-11-28');
    expect(latestToday(new Date('2026-11-28T10:00:00Z'))).toBe('2026-11-29');
  });

  test('a date is in the future only once it is tomorrow everywhere', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(isFutureDate('2026-11-29', now)).toBe(false);
    expect(isFutureDate('2026-11-30', now)).toBe(true);
    expect(isFutureDate('2025-01-01', now)).toBe(false);
  });

  test('a malformed date is not "in the future" (it gets its own message)', () => {
    expect(isFutureDate('2999-02-30')).toBe(false);
  });
});
