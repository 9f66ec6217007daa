/** The calendar's text escaping, parsed back by an iCalendar reader: no value can write a property of its own. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../src/lib/ics.ts';

const calendarWith = (summary: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:1', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20260704', foldLine(`SUMMARY:${escapeText(summary)}`), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

describe('iCalendar text', () => {
  it.each([
    ['a bare carriage return', 'Picnic\rDTSTART:20990101'],
    ['a line break', 'Picnic\nATTACH:https://example.org/x'],
    ['line and paragraph separators', 'Picnic\u2028LOCATION:x\u2029end'],
    ['semicolons, commas and backslashes', 'Talk; 10:00, room \\ 2'],
  ])('keeps %s inside the summary', (_what, summary) => {
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(calendarWith(summary))).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(summary.replace(/\r\n|[\r\n\u2028\u2029]/g, '\n'));
    expect(event.component.getAllProperties().map((property) => property.name).sort()).toEqual(['dtstamp', 'dtstart', 'summary', 'uid']);
  });

  it('drops control characters a content line may not hold', () => {
    expect(escapeText('a\u0000b\u001bc\u007fd\te')).toBe('abcd\te');
  });
});
