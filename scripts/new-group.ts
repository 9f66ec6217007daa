/**
 * `npm run new-group`: writes a new group file, `src/content/groups/<slug>.mdx`, that passes the
 * checker at once. It asks for every field, judging each answer with the schema and every rule as it is
 * given (and asking again with the checker's message), or takes them all as flags (for scripts); the
 * disclaimer is generated from the name and channels. The answers given so far are kept in a draft
 * (.cache/new-group-draft.json) that the next run offers to continue, and a file that still fails the
 * check is written all the same, with its problems: nothing typed is ever thrown away.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import type { z } from 'astro/zod';
import { Document } from 'yaml';
import { disclaimerStatement, groupTypes, organization } from '../src/config/organization.ts';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../src/checker/examples.ts';
import { requiredStatementKinds } from '../src/checker/rules/disclaimer-text.ts';
import { foldedYaml } from '../src/checker/values.ts';
import { groupsFolder, listGroupFiles, readGroupFiles, UsageError } from '../src/checker/node/group-files.ts';
import { resolveToday } from '../src/checker/node/today.ts';
import { parseGroupFile } from '../src/checker/parse.ts';
import { formatPretty } from '../src/checker/reporters/pretty.ts';
import { suggestSlug } from '../src/checker/rules/slug.ts';
import { activityKinds, groupSchema, managedByValues, slugPattern, socialPlatforms, visibilityValues } from '../src/schema/group.ts';
import { choiceLabels } from '../src/lib/choice-labels.ts';
import type { SourceFile } from '../src/checker/types.ts';

export interface NewGroupIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: { isTTY?: boolean };
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface Answers {
  slug: string;
  name: string;
  type: string;
  managedBy: string;
  visibility: string;
  summary: string;
  region?: string | undefined;
  founded?: string | undefined;
  managers: { name: string; github: string }[];
  objectives: string[];
  joinCriteria?: string | undefined;
  lastActivity: string;
  annualPlan: { year: number; activities: { title: string; date: string; kind: string; location?: string | undefined }[] };
  channels?: { website?: string | undefined; social?: { platform: string; url: string }[] | undefined } | undefined;
  /** The page's own text; without it, a first text is written from the summary and objectives. */
  description?: string | undefined;
}

const usage = `Usage: npm run new-group                      (asks for each field)
       npm run new-group -- --name NAME --type TYPE --managed-by alumni|organization
                            --visibility public|private --summary TEXT
                            --manager "Full Name:github-user" (2 or 3 times) --objective TEXT (1 to 5 times)
                            --activity "YYYY-MM-DD|title|kind[|location]" (at least once)
                            [--slug SLUG] [--region TEXT] [--founded YYYY-MM-DD] [--join-criteria TEXT]
                            [--last-activity YYYY-MM-DD] [--plan-year YYYY] [--website URL]
                            [--social platform:URL ...] [--today YYYY-MM-DD]

Writes src/content/groups/<slug>.mdx; it never overwrites an existing file.
Types: ${Object.keys(groupTypes).join(', ')}. Activity kinds: ${activityKinds.join(', ')}.
Social platforms: ${socialPlatforms.join(', ')}.
Exit status: 0 written, 1 written but it does not pass the check yet (the problems point at its lines), 2 wrong usage.
`;

class UsageProblem extends Error {}
class Cancelled extends Error {}

// The schema's own validators, field by field, so each answer is judged as the checker will judge it.
const fields = groupSchema.shape;
const planFields = fields.annualPlan.shape;
const channelFields = fields.channels.unwrap().shape;
const managerSchema = fields.managers.element;
const activitySchema = planFields.activities.element;
const socialSchema = channelFields.social.unwrap().element;

const problemWith = (schema: z.ZodType, value: unknown): string | undefined => {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
};

/**
 * What every rule says of one answer, as soon as it is given: the answer is put into a valid example
 * group in its place and the whole checker judges it, so an e-mail address in the summary or an unfair
 * join criterion is asked again at once, with the checker's own message, not after thirty questions.
 * Only problems found on the answer's own lines count: the example's other fields are not the
 * manager's. A date answer is judged on the real day, and as the pull request will judge a new file:
 * a plan or an activity that is already too old is an error.
 */
export function ruleProblem(fields: Record<string, unknown>, { today }: { today?: string } = {}): string | undefined {
  const document = new Document(fields).toString({ lineWidth: 0 });
  const channels = fields.channels as { website?: string; social?: unknown[] } | undefined;
  const disclaimer = `disclaimer: >-\n  {statement:independence}${channels?.website ? ' {statement:website}' : ''}${channels?.social ? ' {statement:social}' : ''}\n`;
  const [file] = exampleFiles({ title: 'answer', frontmatter: `${document}${disclaimer}` });
  const lines = typeof file?.content === 'string' ? file.content.split('\n') : [];
  const keys = new Set(Object.keys(fields));
  // The lines of each answered field: from its key to the next key at the start of a line.
  const answered = new Set<number>();
  let inAnswer = false;
  lines.forEach((line, index) => {
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    if (key !== undefined || line === '---') inAnswer = key !== undefined && keys.has(key);
    if (inAnswer) answered.add(index + 1);
  });
  const { diagnostics } = checkGroups([file as SourceFile], { today: today ?? exampleToday, isStrict: () => today !== undefined });
  return diagnostics.find((diagnostic) => diagnostic.severity === 'error' && answered.has(diagnostic.line))?.message;
}

/** Checks of one answer each, shared by the prompts and the flags; each returns what is wrong, if anything. */
function validators(existing: { names: Set<string>; slugs: Set<string> }, today: string) {
  const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  const notAfterToday = (value: string) => (value > today ? `The date ${value} is after today (${today}).` : undefined);
  return {
    name: (value: string) =>
      problemWith(fields.name, value) ??
      (existing.names.has(normalise(value)) ? 'Another group already has this name; choose a distinct one, for example by adding your city or field.' : undefined) ??
      ruleProblem({ name: value.trim() }),
    slug: (value: string) =>
      !slugPattern.test(value)
        ? 'Use lower-case letters, digits and single hyphens, for example "bay-area".'
        : existing.slugs.has(value.toLowerCase())
          ? `A group file named ${value}.mdx already exists; choose another short name.`
          : undefined,
    summary: (value: string) => problemWith(fields.summary, value) ?? ruleProblem({ summary: value.trim() }),
    region: (value: string, required: boolean) =>
      value.trim() ? (problemWith(fields.region, value) ?? ruleProblem({ region: value.trim() })) : required ? 'A regional group must name its region, for example "Lyon, France".' : undefined,
    founded: (value: string) => (value.trim() ? (problemWith(fields.founded, value) ?? notAfterToday(value) ?? ruleProblem({ founded: value.trim(), lastActivity: today }, { today })) : undefined),
    managerName: (value: string) => problemWith(managerSchema.shape.name, value) ?? ruleProblem({ managers: [{ name: value.trim(), github: 'claire-martin' }, { name: 'Karim Haddad', github: 'khaddad' }] }),
    github: (value: string, taken: readonly string[]) =>
      problemWith(managerSchema.shape.github, value) ??
      (taken.some((handle) => handle.toLowerCase() === value.toLowerCase()) ? 'This person is already listed as a manager.' : undefined) ??
      ruleProblem({ managers: [{ name: 'Claire Martin', github: value }, { name: 'Karim Haddad', github: value.toLowerCase() === 'khaddad' ? 'claire-martin' : 'khaddad' }] }),
    objective: (value: string) => problemWith(fields.objectives.element, value) ?? ruleProblem({ objectives: [value.trim()] }),
    joinCriteria: (value: string, required: boolean) =>
      value.trim()
        ? (problemWith(fields.joinCriteria, value) ?? ruleProblem({ joinCriteria: value.trim() }))
        : required
          ? 'A private group must say who may ask to join, for example "Alumni who live or work in the Lyon area."'
          : undefined,
    lastActivity: (value: string, founded?: string) =>
      problemWith(fields.lastActivity, value) ?? notAfterToday(value) ?? ruleProblem({ founded: founded ?? value, lastActivity: value }, { today }),
    planYear: (value: string) =>
      problemWith(planFields.year, Number(value)) ??
      (/^\d{4}$/.test(value) ? undefined : 'Write the year as four digits, for example 2026.') ??
      ruleProblem({ annualPlan: { year: Number(value), activities: [{ title: 'Summer picnic', date: `${value}-07-04`, kind: 'event' }] } }, { today }),
    activityTitle: (value: string) => problemWith(activitySchema.shape.title, value) ?? ruleProblem({ annualPlan: { year: 2026, activities: [{ title: value.trim(), date: '2026-07-04', kind: 'event' }] } }),
    activityDate: (value: string, year: number) =>
      problemWith(activitySchema.shape.date, value) ?? (value.startsWith(`${year}-`) ? undefined : `The activity must fall in the plan's year, ${year}.`),
    location: (value: string) =>
      value.trim() ? (problemWith(activitySchema.shape.location, value) ?? ruleProblem({ annualPlan: { year: 2026, activities: [{ title: 'Summer picnic', date: '2026-07-04', kind: 'event', location: value.trim() }] } })) : undefined,
    url: (value: string) => (value.trim() ? (problemWith(channelFields.website, value) ?? ruleProblem({ channels: { website: value.trim() } })) : undefined),
  };
}

export async function runNewGroup(argv: readonly string[], io: NewGroupIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        name: { type: 'string' },
        slug: { type: 'string' },
        type: { type: 'string' },
        'managed-by': { type: 'string' },
        visibility: { type: 'string' },
        summary: { type: 'string' },
        region: { type: 'string' },
        founded: { type: 'string' },
        manager: { type: 'string', multiple: true },
        objective: { type: 'string', multiple: true },
        'join-criteria': { type: 'string' },
        'last-activity': { type: 'string' },
        'plan-year': { type: 'string' },
        activity: { type: 'string', multiple: true },
        website: { type: 'string' },
        social: { type: 'string', multiple: true },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    const today = resolveToday(values.today, io.env);
    const existing = await readExistingGroups(io.cwd);
    const check = validators(existing, today);
    const fieldFlags = Object.keys(values).filter((flag) => flag !== 'today' && flag !== 'help');
    let answers: Answers;
    if (fieldFlags.length > 0) {
      answers = fromFlags(values, check, today);
    } else if (io.stdin.isTTY) {
      answers = await ask(check, today, io.cwd);
    } else {
      throw new UsageProblem('There is no terminal to ask questions on: give the fields as flags (see --help).');
    }
    return await write(answers, existing.files, today, io);
  } catch (error) {
    if (error instanceof Cancelled) {
      const kept = (await loadDraft(io.cwd)) !== undefined;
      io.stderr.write(`Cancelled; no file written.${kept ? ' Your answers are kept: run npm run new-group again to continue where you stopped.' : ''}\n`);
      return 1;
    }
    if (error instanceof UsageProblem || error instanceof UsageError) {
      io.stderr.write(`new-group: ${error.message}\nRun \`npm run new-group -- --help\` for every flag.\n`);
      return 2;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`new-group: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

async function readExistingGroups(root: string) {
  const files = await readGroupFiles(root, await listGroupFiles(root));
  const names = new Set<string>();
  const slugs = new Set<string>();
  for (const file of files) {
    const group = parseGroupFile(file, { frontMatterOnly: true });
    slugs.add(group.slug.toLowerCase());
    if (typeof group.data?.name === 'string') names.add(group.data.name.trim().replace(/\s+/g, ' ').toLowerCase());
  }
  return { files, names, slugs };
}

type Checks = ReturnType<typeof validators>;
type FlagValues = Record<string, string | string[] | boolean | undefined>;

function fromFlags(values: FlagValues, check: Checks, today: string): Answers {
  const problems: string[] = [];
  const text = (flag: string) => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined);
  const list = (flag: string) => (Array.isArray(values[flag]) ? (values[flag] as string[]) : []);
  const required = (flag: string) => {
    const value = text(flag);
    if (value === undefined) problems.push(`--${flag} is required.`);
    return value ?? '';
  };
  const judge = (flag: string, problem: string | undefined) => {
    if (problem) problems.push(`--${flag}: ${problem}`);
  };
  const choice = (flag: string, allowed: readonly string[]) => {
    const value = required(flag);
    if (value && !allowed.includes(value)) problems.push(`--${flag} must be one of: ${allowed.join(', ')}; got "${value}".`);
    return value;
  };

  const name = required('name');
  if (name) judge('name', check.name(name));
  const slug = text('slug') ?? suggestSlug(name);
  if (name || text('slug') !== undefined) judge('slug', check.slug(slug));
  const type = choice('type', Object.keys(groupTypes));
  const managedBy = choice('managed-by', managedByValues);
  const visibility = choice('visibility', visibilityValues);
  const summary = required('summary');
  if (summary) judge('summary', check.summary(summary));
  const region = text('region');
  judge('region', check.region(region ?? '', type === 'regional'));
  const founded = text('founded');
  judge('founded', check.founded(founded ?? ''));

  const managers = list('manager').map((entry) => {
    const separator = entry.lastIndexOf(':');
    if (separator < 0) problems.push(`--manager "${entry}": write "Full Name:github-user".`);
    return { name: entry.slice(0, Math.max(separator, 0)).trim(), github: entry.slice(separator + 1).trim().replace(/^@/, '') };
  });
  managers.forEach((manager, index) => {
    judge('manager', check.managerName(manager.name));
    judge('manager', check.github(manager.github, managers.slice(0, index).map((other) => other.github)));
  });
  const { min, max } = organization.managers;
  if (managers.length < min || managers.length > max) problems.push(`--manager: give ${min} or ${max} managers; got ${managers.length}.`);

  const objectives = list('objective');
  if (objectives.length < 1 || objectives.length > 5) problems.push(`--objective: give 1 to 5 objectives; got ${objectives.length}.`);
  for (const objective of objectives) judge('objective', check.objective(objective));
  const joinCriteria = text('join-criteria');
  judge('join-criteria', check.joinCriteria(joinCriteria ?? '', visibility === 'private'));
  const lastActivity = text('last-activity') ?? today;
  judge('last-activity', check.lastActivity(lastActivity, founded));

  const activities = list('activity').map((entry) => {
    const [date = '', title = '', kind = '', location] = entry.split('|').map((part) => part.trim());
    if (!activityKinds.includes(kind as (typeof activityKinds)[number])) problems.push(`--activity "${entry}": the kind must be one of: ${activityKinds.join(', ')}.`);
    return { title, date, kind, location: location || undefined };
  });
  const planYear = text('plan-year') ?? activities[0]?.date.slice(0, 4) ?? today.slice(0, 4);
  judge('plan-year', check.planYear(planYear));
  if (activities.length === 0) problems.push('--activity is required at least once: "YYYY-MM-DD|title|kind".');
  for (const activity of activities) {
    judge('activity', check.activityDate(activity.date, Number(planYear)));
    judge('activity', check.activityTitle(activity.title));
    judge('activity', check.location(activity.location ?? ''));
  }

  const website = text('website');
  judge('website', check.url(website ?? ''));
  const social = list('social').map((entry) => {
    const separator = entry.indexOf(':');
    const platform = entry.slice(0, Math.max(separator, 0));
    const url = entry.slice(separator + 1);
    judge('social', problemWith(socialSchema, { platform, url }) && `"${entry}": write platform:https://…, with a platform among ${socialPlatforms.join(', ')}.`);
    return { platform, url };
  });

  if (problems.length > 0) throw new UsageProblem(problems.join('\n  '));
  return {
    slug,
    name: name.trim(),
    type,
    managedBy,
    visibility,
    summary: summary.trim(),
    region: region?.trim() || undefined,
    founded: founded || undefined,
    managers,
    objectives: objectives.map((objective) => objective.trim()),
    joinCriteria: joinCriteria?.trim() || undefined,
    lastActivity,
    annualPlan: { year: Number(planYear), activities },
    channels: website || social.length > 0 ? { website: website || undefined, social: social.length > 0 ? social : undefined } : undefined,
  };
}

/** Where the answers given so far are kept, so that an interrupted group can be taken up again. */
const draftFile = (root: string) => path.join(root, '.cache', 'new-group-draft.json');

/** The answers given so far, and the text last typed for a question that was not accepted yet (a summary the checker sent back). */
export interface Draft extends Partial<Answers> {
  unfinished?: { question: string; text: string };
}

export async function loadDraft(root: string): Promise<Draft | undefined> {
  try {
    return JSON.parse(await readFile(draftFile(root), 'utf8')) as Draft;
  } catch {
    return undefined;
  }
}

export async function saveDraft(root: string, draft: Draft): Promise<void> {
  await mkdir(path.dirname(draftFile(root)), { recursive: true });
  await writeFile(draftFile(root), JSON.stringify(draft, null, 2));
}

/** The same, at once: an answer sent back is kept before the person can interrupt the prompt. */
function saveDraftNow(root: string, draft: Draft): void {
  mkdirSync(path.dirname(draftFile(root)), { recursive: true });
  writeFileSync(draftFile(root), JSON.stringify(draft, null, 2));
}

async function forgetDraft(root: string): Promise<void> {
  await rm(draftFile(root), { force: true });
}

async function ask(check: Checks, today: string, root: string): Promise<Answers> {
  const answer = async <T>(prompt: Promise<T>): Promise<Exclude<T, symbol>> => {
    const value = await prompt;
    if (prompts.isCancel(value)) throw new Cancelled();
    return value as Exclude<T, symbol>;
  };
  prompts.intro(`New group for the ${organization.site.title}`);
  // A group started earlier is offered again, answer by answer: nothing typed is lost to an interruption.
  const earlier = await loadDraft(root);
  const started = earlier?.name ?? earlier?.unfinished?.text;
  const resume = started !== undefined && (await answer(prompts.confirm({ message: `Continue the group you started, "${started}"?`, initialValue: true })));
  const before: Draft = resume ? (earlier ?? {}) : {};
  const draft: Draft = {};
  const keep = async <K extends keyof Answers>(key: K, value: Answers[K]) => {
    draft[key] = value;
    delete draft.unfinished;
    await saveDraft(root, draft);
    return value;
  };
  // An answer the checker sends back is kept in the draft as typed, and offered again if the run is interrupted.
  const sentBack = (question: string, text: string) => {
    draft.unfinished = { question, text };
    saveDraftNow(root, draft);
  };
  const input = (message: string, validate: (value: string) => string | undefined, options: { placeholder?: string; initialValue?: string | undefined } = {}) => {
    const initialValue = before.unfinished?.question === message ? before.unfinished.text : options.initialValue;
    const judge = (value: string | undefined) => {
      const problem = validate(value ?? '');
      if (problem !== undefined && value?.trim()) sentBack(message, value);
      return problem;
    };
    return answer(prompts.text({ message, validate: judge, ...(options.placeholder ? { placeholder: options.placeholder } : {}), ...(initialValue ? { initialValue } : {}) })).then((value) => value.trim());
  };
  const choose = (message: string, options: { value: string; label: string; hint?: string }[], initialValue?: string) =>
    answer(prompts.select<string>({ message, options, ...(initialValue ? { initialValue } : {}) }));

  const name = await keep('name', await input("The group's full name", check.name, { placeholder: `${organization.networkName} Lyon Group`, initialValue: before.name }));
  const slug = await keep('slug', await input('Short name for the file and address (lower-case, hyphens)', check.slug, { initialValue: before.slug ?? suggestSlug(name) }));
  const type = await keep('type', await choose('Type', Object.entries(groupTypes).map(([value, label]) => ({ value, label })), before.type));
  const labels = choiceLabels();
  const managedBy = await keep('managedBy', await choose('Who runs it', managedByValues.map((value) => ({ value, label: labels.managedBy[value] })), before.managedBy));
  const visibility = await keep('visibility', await choose('Who may join', visibilityValues.map((value) => ({ value, label: labels.visibility[value] })), before.visibility));
  const summary = await keep('summary', await input('One sentence saying what the group is', check.summary, { initialValue: before.summary }));
  const region = await keep('region', (await input(type === 'regional' ? 'Region: city or area, and country' : 'Region (optional; press Enter to skip)', (value) => check.region(value, type === 'regional'), { initialValue: before.region })) || undefined);
  const founded = await keep('founded', (await input('Date founded, YYYY-MM-DD (optional)', check.founded, { initialValue: before.founded })) || undefined);

  const managers: Answers['managers'] = [];
  const { min, max } = organization.managers;
  while (managers.length < max) {
    const number = managers.length + 1;
    const optional = managers.length >= min;
    const previous = before.managers?.[managers.length];
    const managerName = await input(`Manager ${number}: full name${optional ? ' (optional; press Enter to finish)' : ''}`, (value) => (optional && !value.trim() ? undefined : check.managerName(value)), { initialValue: previous?.name });
    if (!managerName) break;
    const taken = managers.map((manager) => manager.github);
    const github = await input(`Manager ${number}: GitHub user name`, (value) => check.github(value.replace(/^@/, ''), taken), { initialValue: previous?.github });
    managers.push({ name: managerName, github: github.replace(/^@/, '') });
    await keep('managers', managers);
  }

  const objectives: string[] = [];
  while (objectives.length < 5) {
    const optional = objectives.length > 0;
    const objective = await input(`Objective ${objectives.length + 1}${optional ? ' (optional; press Enter to finish)' : ''}`, (value) => (optional && !value.trim() ? undefined : check.objective(value)), { initialValue: before.objectives?.[objectives.length] });
    if (!objective) break;
    objectives.push(objective);
    await keep('objectives', objectives);
  }
  const joinCriteria = await keep('joinCriteria', visibility === 'private' ? await input('Who may ask to join', (value) => check.joinCriteria(value, true), { initialValue: before.joinCriteria }) : undefined);
  const lastActivity = await keep('lastActivity', await input('Date of the most recent activity, YYYY-MM-DD', (value) => check.lastActivity(value, founded), { initialValue: before.lastActivity ?? today }));
  const year = Number(await input('Year of the annual plan', check.planYear, { initialValue: String(before.annualPlan?.year ?? today.slice(0, 4)) }));

  const activities: Answers['annualPlan']['activities'] = [];
  do {
    const number = activities.length + 1;
    const previous = before.annualPlan?.activities[activities.length];
    const title = await input(`Planned activity ${number}: title`, check.activityTitle, { initialValue: previous?.title });
    const date = await input(`Planned activity ${number}: date, YYYY-MM-DD or YYYY-MM`, (value) => check.activityDate(value, year), { initialValue: previous?.date });
    const kind = await choose(`Planned activity ${number}: kind`, activityKinds.map((value) => ({ value, label: labels.kind[value] })), previous?.kind);
    const location = await input(`Planned activity ${number}: location (optional)`, check.location, { initialValue: previous?.location });
    activities.push({ title, date, kind, location: location || undefined });
    await keep('annualPlan', { year, activities });
  } while (await answer(prompts.confirm({ message: 'Plan another activity?', initialValue: (before.annualPlan?.activities.length ?? 0) > activities.length })));

  const website = await input('Website, https://… (optional)', check.url, { initialValue: before.channels?.website });
  const social: { platform: string; url: string }[] = [];
  while (await answer(prompts.confirm({ message: `Add a social media page${social.length > 0 ? ' more' : ''}?`, initialValue: (before.channels?.social?.length ?? 0) > social.length }))) {
    const previous = before.channels?.social?.[social.length];
    const platform = await choose('Platform', socialPlatforms.map((value) => ({ value, label: value })), previous?.platform);
    const url = await input('Address, https://…', (value) => (value.trim() ? check.url(value) : "Give the page's address."), { initialValue: previous?.url });
    social.push({ platform, url });
  }
  const channels = website || social.length > 0 ? { website: website || undefined, social: social.length > 0 ? social : undefined } : undefined;
  await keep('channels', channels);
  prompts.outro('Checking the new file against every rule…');
  return {
    slug,
    name,
    type,
    managedBy,
    visibility,
    summary,
    region,
    founded,
    managers,
    objectives,
    joinCriteria,
    lastActivity,
    annualPlan: { year, activities },
    channels,
  };
}

/** The group file for these answers: front matter in the documented order, the disclaimer, and a first page text. */
export function composeGroupFile(answers: Answers): string {
  const { slug: _slug, description, ...fields } = answers;
  const frontMatter = new Document(fields).toString({ lineWidth: 0 });
  const statements = fields.managedBy === 'alumni' ? requiredStatementKinds(fields).map((kind) => disclaimerStatement(kind, fields.name.trim(), organization)) : [];
  // One line of words, folded by hand: a line break typed into the name must not end the block early.
  const disclaimer = statements.length > 0 ? `disclaimer: >-\n  ${foldedYaml(statements.join(' ').replace(/\s+/g, ' '), 76).join('\n  ')}\n` : '';
  const platform = `[${organization.alumniPlatform.name}](${organization.alumniPlatform.url})`;
  const joining =
    answers.visibility === 'private'
      ? [escapeMdx(answers.joinCriteria ?? ''), `Ask to join the group on ${platform}; the managers review each request.`]
      : ['Any registered alumnus or alumna is welcome.', `Join the group on ${platform}.`];
  const body = description?.trim() ? description.trim() : [
    escapeMdx(answers.summary),
    '## What we do',
    answers.objectives.map((objective) => `- ${escapeMdx(objective)}`).join('\n'),
    '## Who can join',
    ...joining,
  ].join('\n\n');
  return `---\n${frontMatter}${disclaimer}---\n\n${body}\n`;
}

/** Characters that MDX would read as code or markup are written as plain text. */
const escapeMdx = (text: string) => text.replace(/[\\{}<>]/g, '\\$&');

async function write(answers: Answers, existingFiles: SourceFile[], today: string, io: NewGroupIo): Promise<number> {
  const projectPath = `${groupsFolder}/${answers.slug}.mdx`;
  const text = composeGroupFile(answers);
  const result = checkGroups([...existingFiles, { path: projectPath, content: text }], {
    today,
    isReported: (file) => file === projectPath,
    isStrict: (file) => file === projectPath,
  });
  const failed = result.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const absolute = path.join(io.cwd, projectPath);
  await mkdir(path.dirname(absolute), { recursive: true });
  try {
    await writeFile(absolute, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new UsageProblem(`${projectPath} already exists; it was left as it is. Choose another --slug.`);
  }
  if (failed) {
    // Every answer is kept: the file is written as it is, and the problems point at its lines.
    io.stderr.write(`Wrote ${projectPath}, but it does not pass the check yet. Correct these lines in it, then run \`npm run check -- ${projectPath}\`:\n\n${formatPretty(result, { siteUrl: organization.site.url })}`);
    return 1;
  }
  await forgetDraft(io.cwd);
  io.stdout.write(
    `Wrote ${projectPath}.\n${result.diagnostics.length > 0 ? formatPretty(result, { siteUrl: organization.site.url }) : ''}` +
      `Next: read the page text below the front matter and make it your own, run \`npm run check -- ${projectPath}\`, and open a pull request.\n`,
  );
  return 0;
}

if (process.argv[1] === import.meta.filename) {
  process.exitCode = await runNewGroup(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
