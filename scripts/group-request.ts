/**
 * The "Request a new group" issue, turned into a group file. The request workflow runs it on the default
 * branch's code; the issue's text reaches it only through the event file GitHub writes
 * (GITHUB_EVENT_PATH), and is only ever data: parsed, written as YAML by the YAML library, and checked.
 *
 *   node scripts/group-request.ts comment --out FILE   the checker's answer, as a comment to post
 *   node scripts/group-request.ts propose --out FILE   writes the group file; FILE gets the pull
 *                                                      request's text; prints slug= and branch= lines
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { organization as defaultOrganization, type Organization } from '../src/config/organization.ts';
import { checkGroups, type CheckResult } from '../src/checker/engine.ts';
import { groupsFolder, listGroupFiles, readGroupFiles } from '../src/checker/node/group-files.ts';
import { resolveToday } from '../src/checker/node/today.ts';
import { suggestSlug } from '../src/checker/rules/slug.ts';
import { choiceLabels, idOfLabel } from '../src/lib/choice-labels.ts';
import type { SourceFile } from '../src/checker/types.ts';
import { issueFormFields } from './issue-form.ts';
import { composeGroupFile, type Answers } from './new-group.ts';

/** What GitHub writes for a question left empty. */
const noResponse = '_No response_';

/** The answers of a submitted form, by question id: GitHub writes each as "### Label", then the answer. */
export function readIssueForm(body: string, organization: Organization = defaultOrganization): Record<string, string> {
  const idByLabel = new Map(issueFormFields(organization).map((field) => [field.attributes.label, field.id]));
  const answers: Record<string, string> = {};
  for (const section of body.replace(/\r\n?/g, '\n').split(/^### /m).slice(1)) {
    const newline = section.indexOf('\n');
    const label = (newline < 0 ? section : section.slice(0, newline)).trim();
    const id = idByLabel.get(label);
    const value = newline < 0 ? '' : section.slice(newline + 1).trim();
    if (id && value !== noResponse) answers[id] = value;
  }
  return answers;
}

const lines = (text: string | undefined) => (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
const cells = (line: string) => line.split('|').map((cell) => cell.trim());

/** The group file's fields from a form's answers, as written: the checker, not this function, judges them. */
export function answersFromForm(form: Record<string, string>, organization: Organization = defaultOrganization): Answers {
  const labels = choiceLabels(organization);
  const [yearLine, ...activityLines] = lines(form.annualPlan);
  const social = lines(form.social).map((line) => {
    const [platform = '', url = ''] = cells(line);
    return { platform: platform.toLowerCase(), url };
  });
  const website = form.website?.trim();
  return {
    slug: form.slug?.trim() || suggestSlug(form.name ?? '') || 'new-group',
    name: form.name?.trim() ?? '',
    type: idOfLabel(labels.type, form.type ?? ''),
    managedBy: idOfLabel(labels.managedBy, form.managedBy ?? ''),
    visibility: idOfLabel(labels.visibility, form.visibility ?? ''),
    summary: form.summary?.trim() ?? '',
    region: form.region?.trim() || undefined,
    founded: form.founded?.trim() || undefined,
    managers: lines(form.managers).map((line) => {
      const comma = line.lastIndexOf(',');
      return comma < 0 ? { name: line, github: '' } : { name: line.slice(0, comma).trim(), github: line.slice(comma + 1).trim().replace(/^@/, '') };
    }),
    objectives: lines(form.objectives).map((line) => line.replace(/^[-*•]\s*/, '')),
    joinCriteria: form.joinCriteria?.trim() || undefined,
    lastActivity: form.lastActivity?.trim() ?? '',
    annualPlan: {
      year: Number(yearLine),
      activities: activityLines.map((line) => {
        const [date = '', title = '', kind = '', location = ''] = cells(line);
        return { date, title, kind: idOfLabel(labels.kind, kind.toLowerCase()), ...(location ? { location } : {}) };
      }),
    },
    ...(website || social.length > 0 ? { channels: { ...(website ? { website } : {}), ...(social.length > 0 ? { social } : {}) } } : {}),
    description: form.description,
  };
}

export interface Request {
  slug: string;
  path: string;
  content: string;
  result: CheckResult;
}

/** The group file a request describes, checked against every group already in the repository. */
export function checkRequest(form: Record<string, string>, existing: readonly SourceFile[], today: string, organization: Organization = defaultOrganization): Request {
  const answers = answersFromForm(form, organization);
  const filePath = `${groupsFolder}/${answers.slug}.mdx`;
  const content = composeGroupFile(answers);
  const others = existing.filter((file) => file.path !== filePath);
  const result = checkGroups([...others, { path: filePath, content }], { today, organization, isReported: (file) => file === filePath, isStrict: (file) => file === filePath });
  return { slug: answers.slug, path: filePath, content, result };
}

/** The checker's answer on the issue: what to correct, in the checker's words, with the file it would be. */
export function requestComment(request: Request, organization: Organization = defaultOrganization): string {
  const errors = request.result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const warnings = request.result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  const item = (diagnostic: CheckResult['diagnostics'][number]) => `- ${diagnostic.message} ([${diagnostic.rule}](${organization.site.url}${diagnostic.url}))`;
  const verdict =
    errors.length === 0
      ? `**The checker accepts this request.** The ${organization.office.name} will review it and open the pull request.`
      : `**The checker found ${errors.length === 1 ? 'one problem' : `${errors.length} problems`} to correct.** Edit the issue (the "…" menu, then "Edit") and the checker answers again.`;
  const fence = '`'.repeat(Math.max(3, ...[...request.content.matchAll(/`+/g)].map((run) => run[0].length + 1)));
  return [
    verdict,
    ...(errors.length > 0 ? ['', ...errors.map(item)] : []),
    ...(warnings.length > 0 ? ['', 'To consider:', ...warnings.map(item)] : []),
    '',
    `<details><summary>The group file it becomes, ${request.path}</summary>`,
    '',
    `${fence}markdown`,
    request.content.trimEnd(),
    fence,
    '',
    '</details>',
  ].join('\n');
}

interface IssueEvent {
  issue?: { number?: number; body?: string | null; title?: string; user?: { login?: string } };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  const [mode] = positionals;
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if ((mode !== 'comment' && mode !== 'propose') || !values.out || !eventPath) {
    process.stderr.write('Usage: GITHUB_EVENT_PATH=event.json node scripts/group-request.ts comment|propose --out FILE\n');
    return 2;
  }
  const event = JSON.parse(await readFile(eventPath, 'utf8')) as IssueEvent;
  const root = process.cwd();
  const request = checkRequest(readIssueForm(event.issue?.body ?? ''), await readGroupFiles(root, await listGroupFiles(root)), resolveToday(undefined, process.env));
  if (mode === 'comment') {
    await writeFile(values.out, requestComment(request));
    return 0;
  }
  if (request.result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    process.stderr.write('The request does not pass the checker yet; no pull request was prepared.\n');
    return 1;
  }
  await mkdir(path.dirname(path.join(root, request.path)), { recursive: true });
  await writeFile(path.join(root, request.path), request.content, { flag: 'wx' });
  await writeFile(values.out, `Adds the group requested in #${event.issue?.number ?? '?'} by @${event.issue?.user?.login ?? 'unknown'}.\n\nThe checker accepted the request; its managers review this pull request before the office merges it.\n`);
  process.stdout.write(`slug=${request.slug}\nbranch=new-group/${request.slug}\n`);
  return 0;
}

if (process.argv[1] === import.meta.filename) process.exitCode = await main(process.argv.slice(2));
