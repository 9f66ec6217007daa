/**
 * iCalendar (RFC 5545) for the groups' plans: every plan activity is one all-day VEVENT. Everything in
 * the output comes from the group files (DTSTAMP too), so a rebuild of the same files is byte-identical.
 */
import { createHash } from 'node:crypto';
import { organization } from '../config/organization.ts';
import type { GroupEntry } from './content.ts';
import { formatDate, isMonthOnly } from './format.ts';

/**
 * TEXT values (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every kind of line break
 * written as "\n", and no other control character, which a content line may not hold: a bare carriage
 * return would otherwise start a line of its own, a property of the attacker's choosing.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');

function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

const siteHost = new URL(organization.site.url).host;

/** What a calendar reads of a group: the name of its file and its data. */
type CalendarGroup = Pick<GroupEntry, 'id' | 'data'>;

function activityEvents(group: CalendarGroup): string[][] {
  const data = group.data;
  const url = new URL(`/groups/${group.id}/`, organization.site.url).href;
  return data.annualPlan.activities.map((activity) => {
    const monthOnly = isMonthOnly(activity.date);
    const day = monthOnly ? `${activity.date}-01` : activity.date;
    const uid = createHash('sha256').update(`${group.id}\n${activity.date}\n${activity.title}`).digest('hex').slice(0, 24);
    const summary = monthOnly ? `${activity.title} (${formatDate(activity.date)}, day to be confirmed)` : activity.title;
    const description = [
      monthOnly ? `Planned for ${formatDate(activity.date)}; the day is not fixed yet, so this entry is shown on the 1st.` : '',
      `A ${activity.kind} of the ${data.name}.`,
      url,
    ]
      .filter(Boolean)
      .join('\n');
    return [
      'BEGIN:VEVENT',
      `UID:${uid}@${siteHost}`,
      `DTSTAMP:${compactDate(data.lastActivity)}T000000Z`,
      `DTSTART;VALUE=DATE:${compactDate(day)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(day))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(activity.location ? [`LOCATION:${escapeText(activity.location)}`] : []),
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
}

/** A whole VCALENDAR document for the given groups' plans, CRLF line endings, folded lines. */
export function calendar(name: string, groups: readonly CalendarGroup[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${organization.networkName}//Groups Handbook//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...groups.flatMap(activityEvents).flat(),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A group's own calendar, /groups/<slug>.ics. */
export const groupCalendar = (group: CalendarGroup): string => calendar(group.data.name, [group]);
