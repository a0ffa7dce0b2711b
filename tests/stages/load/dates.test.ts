import { describe, expect, it } from 'vitest';
import { parseDate, readDate } from '../../../src/stages/load/dates.ts';
import type { Problem } from '../../../src/model/doc.ts';

describe('parseDate', () => {
  it.each([
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00:00.123+02:00', '2024-05-01T08:00:00.123Z'],
    ['2024-05-01 10:00', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00:00-0500', '2024-05-01T15:00:00.000Z'],
    ['Wed, 01 May 2024 10:00:00 GMT', '2024-05-01T10:00:00.000Z'],
    ['Tue, 1 Nov 2005 09:12:00 -0500', '2005-11-01T14:12:00.000Z'],
    ['1 May 2024', '2024-05-01T00:00:00.000Z'],
    ['May 1, 2024', '2024-05-01T00:00:00.000Z'],
    ['15 April 2025, 4:45 pm', '2025-04-15T16:45:00.000Z'],
    ['20240501', '2024-05-01T00:00:00.000Z'],
    ['10:32 AM EST, Tue March 4, 2025', '2025-03-04T15:32:00.000Z'],
    ['09:15 GMT, 4 March 2025', '2025-03-04T09:15:00.000Z'],
    ['24/11/2026', '2026-11-24T00:00:00.000Z'],
    ['11/24/2026', '2026-11-24T00:00:00.000Z'],
    ['24.11.2026 14:05', '2026-11-24T14:05:00.000Z'],
    ['04/04/2026', '2026-04-04T00:00:00.000Z'],
    ['Nov.26.2026 at 2h20PM', '2026-11-26T14:20:00.000Z'],
    ['26 novembre 2026 14h05', null],
    ['26/11/2026 14h05', '2026-11-26T14:05:00.000Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('leaves a date in digits that could be day-month or month-day unread ("03/04/2026"), and an impossible one', () => {
    expect(parseDate('03/04/2026')).toBeNull();
    expect(parseDate('31/02/2026')).toBeNull();
  });

  it('reads epoch seconds and milliseconds, as numbers or digit strings', () => {
    expect(parseDate(1714557600)).toBe('2024-05-01T10:00:00.000Z');
    expect(parseDate(1714557600000)).toBe('2024-05-01T10:00:00.000Z');
    expect(parseDate('1714557600')).toBe('2024-05-01T10:00:00.000Z');
  });

  it('reads a date without a time zone as UTC, whatever the machine’s zone', () => {
    expect(parseDate('2024-05-01T23:30:00')).toBe('2024-05-01T23:30:00.000Z');
  });

  it.each(['yesterday', '2024-02-30', '2024-13-01', 'May 45, 2024', '', 'NaN', '1e400'])('rejects %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('rejects values that are not dates or are out of range', () => {
    for (const v of [true, {}, [], null, Infinity, 1e20, -1e20]) expect(parseDate(v)).toBeNull();
  });
});

describe('readDate', () => {
  it('leaves a missing date empty without a warning', () => {
    const warnings: Problem[] = [];
    expect([readDate(undefined, warnings), readDate('  ', warnings)]).toEqual([null, null]);
    expect(warnings).toEqual([]);
  });

  it('warns with W_BAD_DATE, quoting the value, when it cannot read a date', () => {
    const warnings: Problem[] = [];
    expect(readDate('the day after', warnings)).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ code: 'W_BAD_DATE', severity: 'warning', stage: 'load' })]);
    expect(warnings[0].message).toContain('"the day after"');
  });
});

describe('time-zone abbreviations', () => {
  it.each([
    ['Sunday, December 6th 2026, 2:15 PM AWST', '2026-12-06T06:15:00.000Z'],
    ['2026-12-06 14:15 AEDT', '2026-12-06T03:15:00.000Z'],
    ['2026-07-06 14:15 AEST', '2026-07-06T04:15:00.000Z'],
    ['2026-12-06 14:15 JST', '2026-12-06T05:15:00.000Z'],
    ['2026-12-06 14:15 IST', '2026-12-06T08:45:00.000Z'],
    ['6 December 2026 14:15 NZDT', '2026-12-06T01:15:00.000Z'],
    ['6 December 2026 14:15 SAST', '2026-12-06T12:15:00.000Z'],
    ['6 December 2026 14:15 MSK', '2026-12-06T11:15:00.000Z'],
    ['6 December 2026 14:15 WIB', '2026-12-06T07:15:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('reads ET, PT as US Eastern and Pacific time, with daylight saving by the date', () => {
    expect(parseDate('2026-07-01 10:00 ET')).toBe('2026-07-01T14:00:00.000Z');
    expect(parseDate('2026-12-01 10:00 ET')).toBe('2026-12-01T15:00:00.000Z');
    expect(parseDate('Nov. 14, 2026, 9:00 a.m. PT')).toBe('2026-11-14T17:00:00.000Z');
    // 2026: summer time from 8 March to 1 November.
    expect(parseDate('2026-03-07 12:00 ET')).toBe('2026-03-07T17:00:00.000Z');
    expect(parseDate('2026-03-08 12:00 ET')).toBe('2026-03-08T16:00:00.000Z');
    expect(parseDate('2026-11-01 12:00 CT')).toBe('2026-11-01T18:00:00.000Z');
  });

  it('keeps the date of a time in an unknown zone, with a W_DATE_ZONE warning', () => {
    const warnings: Problem[] = [];
    expect(readDate('6 December 2026, 2:15 PM XYZT', warnings)).toBe('2026-12-06T00:00:00.000Z');
    expect(warnings.map((w) => w.code)).toEqual(['W_DATE_ZONE']);
    expect(warnings[0].message).toContain('XYZT');
  });

  it('does not take a word after a date for a zone', () => {
    expect(parseDate('6 December 2026 BBC')).toBeNull();
    expect(parseDate('6 December 2026, 2:15 pm local')).toBeNull();
  });

  it('reads a time written with a dot, as British outlets print it ("Tue 24 Nov 2026 16.05 GMT")', () => {
    expect(parseDate('Tue 24 Nov 2026 16.05 GMT')).toBe('2026-11-24T16:05:00.000Z');
    expect(parseDate('24 Nov 2026 09.30 BST')).toBe('2026-11-24T08:30:00.000Z');
  });

  it('reads a time after a dash or a bullet, and a city\'s time in brackets ("7:00 pm (Paris)")', () => {
    expect(parseDate('Tue Nov 17 2026 - 05:00')).toBe('2026-11-17T05:00:00.000Z');
    expect(parseDate('12 November 2026 • 9:47pm')).toBe('2026-11-12T21:47:00.000Z');
    expect(parseDate('November 9, 2026, at 7:00 pm (Paris)')).toBe('2026-11-09T18:00:00.000Z');
    expect(parseDate('November 9, 2026, at 7:00 pm Paris time')).toBe('2026-11-09T18:00:00.000Z');
    expect(parseDate('12 November 2026 - Reuters')).toBeNull();
  });

  it('reads a date followed by its weekday, as Nexis prints it', () => {
    expect(parseDate('November 5, 2026 Thursday')).toBe('2026-11-05T00:00:00.000Z');
  });
});
