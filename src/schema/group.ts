/**
 * The one description of a group file's front matter: its fields and their shapes. The checker (rule
 * `schema`), the content collection, the TypeScript types, the published JSON Schema, the field table
 * and the editor's form all derive from it; its fields' words in the site's other languages are beside
 * it, in group-field-text.ts. Policies that relate fields (how many managers, when a region or join
 * criteria are needed) are rules of the catalogue, each in its own module.
 */
import { z } from 'astro/zod';
import { groupTypes, organization, type GroupType } from '../config/organization.ts';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const githubHandlePattern = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonthPattern = /^(\d{4})-(\d{2})$/;

export function isRealDay(text: string): boolean {
  const match = isoDayPattern.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isRealMonth(text: string): boolean {
  const match = isoMonthPattern.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/**
 * For a date written with its day and month first ("12/07/2026", "12.07.2026"), how to write it as
 * YYYY-MM-DD: both readings when both are real days (12 July, or 7 December), else the one that is.
 */
function asIsoDate(text: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [, first = '', second = '', year = ''] = match;
  const iso = (month: string, day: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const readings = [...new Set([iso(second, first), iso(first, second)])].filter(isRealDay);
  return readings.length === 0 ? undefined : readings.join(' or ');
}

const notIsoDate = (input: unknown, example: string) => {
  const written = typeof input === 'string' ? asIsoDate(input) : undefined;
  return written ? `${JSON.stringify(input)} is not written as YYYY-MM-DD; write ${written}.` : `${JSON.stringify(input)} is not a real date; ${example}`;
};

const isoDate = z
  .string({ error: 'Write the date as YYYY-MM-DD, for example 2026-04-01.' })
  .refine(isRealDay, { error: (issue) => notIsoDate(issue.input, 'write it as YYYY-MM-DD, for example 2026-04-01.') })
  .meta({ description: 'A date, YYYY-MM-DD.', format: 'date' });

const activityDate = z
  .string({ error: 'Write the date as YYYY-MM-DD, or YYYY-MM when the day is not fixed yet.' })
  .refine((text) => isRealDay(text) || isRealMonth(text), {
    error: (issue) => notIsoDate(issue.input, 'write YYYY-MM-DD, or YYYY-MM when the day is not fixed yet.'),
  })
  .meta({ description: 'YYYY-MM-DD, or YYYY-MM when the day is not fixed yet.' });

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `Write ${what} as text.` })
    .trim()
    .min(min, { error: `Write ${what} in at least ${min} characters.` })
    .max(max, { error: (issue) => `Shorten ${what} to at most ${max} characters (it has ${String(issue.input).trim().length}).` });

const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'Give a full https:// address, for example https://example.org/our-group.',
});

export const managedByValues = ['alumni', 'organization'] as const;
export const visibilityValues = ['public', 'private'] as const;
export const statusValues = ['active', 'inactive', 'terminated'] as const;
export const activityKinds = ['event', 'communication', 'meeting', 'other'] as const;
export const socialPlatforms = ['facebook', 'linkedin', 'x', 'instagram', 'mastodon', 'bluesky', 'youtube', 'other'] as const;

const manager = z.strictObject({
  name: text(2, 80, "the manager's name").meta({ title: 'Full name', description: "The manager's full name, shown on the group page." }),
  github: z
    .string({ error: "Write the manager's GitHub user name." })
    .regex(githubHandlePattern, {
      error: 'A GitHub user name has letters, digits and single hyphens, at most 39 characters, no hyphen at either end.',
    })
    .meta({ title: 'GitHub user name', description: 'GitHub user name, without @.' }),
});

const activity = z.strictObject({
  title: text(3, 120, 'the activity title').meta({ title: 'Title' }),
  date: activityDate.meta({ title: 'Date' }),
  kind: z.enum(activityKinds).meta({ title: 'Kind', description: 'What kind of activity it is.' }),
  location: text(2, 120, 'the location').optional().meta({ title: 'Place' }),
});

const social = z.strictObject({
  platform: z.enum(socialPlatforms).meta({ title: 'Platform' }),
  url: httpsUrl.meta({ title: 'Address' }),
});

export const groupSchema = z
  .strictObject({
    name: text(3, 120, 'the name').meta({ title: 'Group name', description: "The group's full name, different from every other group's name. It is copied word for word into the disclaimer." }),
    type: z.enum(Object.keys(groupTypes) as [GroupType, ...GroupType[]]).meta({ title: 'Type of group', description: 'What kind of group it is; the chapter "About groups" describes each type.' }),
    managedBy: z.enum(managedByValues).meta({ title: 'Who runs it', description: `\`alumni\` for groups run by alumni, \`organization\` for groups run by ${organization.name} staff.` }),
    visibility: z.enum(visibilityValues).meta({ title: 'Who may join', description: '`public`: any registered alumnus may join; `private`: managers moderate join requests.' }),
    status: z.enum(statusValues).default('active').meta({ title: 'Status', description: 'Only the office sets `inactive` and `terminated`; new groups leave it out.' }),
    summary: text(10, 200, 'the summary').meta({ title: 'Summary', description: 'One sentence saying what the group is, shown in the directory.' }),
    region: text(2, 120, 'the region').optional().meta({ title: 'Region', description: 'The city or area and the country, for example `Nairobi, Kenya`. Required for regional groups.' }),
    founded: isoDate.optional().meta({ title: 'Founded on', description: 'When the group started.' }),
    managers: z.array(manager, { error: 'List the managers, each with `name:` and `github:`.' }).meta({
      title: 'Managers',
      description: `${organization.managers.min} or ${organization.managers.max} people, each with a name and a GitHub user name; nobody listed twice, and never contact details.`,
    }),
    objectives: z
      .array(text(3, 300, 'each objective'), { error: 'List the objectives, one per line starting with "- ".' })
      .min(1, { error: 'State at least one objective.' })
      .max(5, { error: 'State at most 5 objectives.' })
      .meta({ title: 'Objectives', description: '1–5 short statements of what the group is for.' }),
    joinCriteria: text(10, 500, 'the join criteria').optional().meta({
      title: 'Who may ask to join',
      description: 'Who may request to join; required for private groups. Criteria must be fair: never profession, nationality, culture, age, generation, gender or personal preferences.',
    }),
    lastActivity: isoDate.meta({ title: 'Latest activity', description: "Date of the group's most recent activity (event, post, meeting)." }),
    annualPlan: z
      .strictObject({
        year: z.number({ error: 'Write the plan year as a number, for example 2026.' }).int().min(2000).max(2100).meta({ title: 'Year' }),
        activities: z.array(activity).min(1, { error: 'Plan at least one activity.' }).meta({ title: 'Activities' }),
      })
      .meta({ title: 'Plan for the year', description: 'The plan shared with the office each year: its year and at least one activity.' }),
    channels: z
      .strictObject({
        website: httpsUrl.optional().meta({ title: 'Website' }),
        social: z.array(social).optional().meta({ title: 'Social media pages' }),
      })
      .optional()
      .meta({ title: 'Website and social media', description: "The group's own website and social media pages, each a full https:// address." }),
    disclaimer: text(20, 2000, 'the disclaimer').optional().meta({
      title: 'Disclaimer',
      description: 'Required for alumni-managed groups: the disclaimer statements that apply, word for word (chapter "Websites and social media"). Organization-managed groups leave it out.',
    }),
  });

export type Group = z.output<typeof groupSchema>;

/** Keys of the top-level object and of every nested object, for "did you mean" suggestions. */
export const knownKeys: Record<string, readonly string[]> = {
  '': Object.keys(groupSchema.shape),
  managers: Object.keys(manager.shape),
  activities: Object.keys(activity.shape),
  annualPlan: ['year', 'activities'],
  channels: ['website', 'social'],
  social: Object.keys(social.shape),
};
