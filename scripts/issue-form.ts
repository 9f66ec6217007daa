/**
 * `npm run issue-form`: writes the "Request a new group" issue form from the configuration and the
 * schema, so its choices are the schema's, shown in words ("Regional", "Run by alumni…"), and its limits
 * are the configuration's. `npm run issue-form -- --check` only tells whether the committed form is up
 * to date (a test does the same). scripts/group-request.ts reads a submitted form back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { organization as defaultOrganization, type Organization } from '../src/config/organization.ts';
import { choiceLabels } from '../src/lib/choice-labels.ts';
import { activityKinds, socialPlatforms } from '../src/schema/group.ts';

export const issueFormFile = '.github/ISSUE_TEMPLATE/new-group.yml';
/** The label the form puts on each request, which the request workflow answers. */
export const requestLabel = 'new group';
/** The label the office adds to a request to have its pull request opened. */
export const acceptedLabel = 'accepted';

/** The questions of the form, by the id the request workflow reads them back with. */
export function issueFormFields(organization: Organization = defaultOrganization) {
  const labels = choiceLabels(organization);
  const { min, max } = organization.managers;
  const input = (id: string, label: string, description: string, required = false, placeholder?: string) => ({
    type: 'input',
    id,
    attributes: { label, description, ...(placeholder ? { placeholder } : {}) },
    ...(required ? { validations: { required: true } } : {}),
  });
  const textarea = (id: string, label: string, description: string, required = false, placeholder?: string) => ({ ...input(id, label, description, required, placeholder), type: 'textarea' });
  const dropdown = (id: string, label: string, options: Readonly<Record<string, string>>, description?: string) => ({
    type: 'dropdown',
    id,
    attributes: { label, ...(description ? { description } : {}), options: Object.values(options) },
    validations: { required: true },
  });
  return [
    input('name', 'Name', "The group's full name, 3 to 120 characters, different from every other group's. It is copied word for word into the disclaimer.", true, `${organization.networkName} Zürich Group`),
    input('slug', 'Short name (slug)', "The file name and the page's address. Lower-case letters, digits and single hyphens. Leave empty and the office derives it from the name.", false, 'zurich'),
    dropdown('type', 'Type', labels.type),
    dropdown('managedBy', 'Who runs the group', labels.managedBy),
    dropdown('visibility', 'Who may join', labels.visibility),
    input('summary', 'Summary', 'One sentence of 10 to 200 characters, shown in the directory.', true),
    input('region', 'Region', 'Required for regional groups. The city or area, and the country.', false, 'Zürich, Switzerland'),
    input('founded', 'Founded', 'Optional. The date the group was founded, YYYY-MM-DD.'),
    textarea('managers', 'Managers', `${min} or ${max} people, one per line, as "Full name, GitHub user name". Each must have agreed to be listed.`, true, 'Anna Muster, anna-muster\nBeat Beispiel, beat-b\n'),
    textarea('objectives', 'Objectives', '1 to 5 short statements of what the group is for, one per line.', true),
    textarea('joinCriteria', 'Join criteria', 'Required for private groups. Who may ask to join, described by place, affiliation or programme only, never by profession, nationality, culture, age, generation, gender or personal preferences.'),
    input('lastActivity', 'Most recent activity', "The date of the group's latest event, post or meeting, YYYY-MM-DD.", true),
    textarea(
      'annualPlan',
      'Annual plan',
      `The year, then at least one planned activity per line, as "date | title | kind | location". The date is YYYY-MM-DD, or YYYY-MM when the day is not fixed yet; the kind is ${activityKinds.join(', ').replace(/, (\w+)$/, ' or $1')}; the location is optional.`,
      true,
      '2027\n2027-03 | Spring lecture | event | ETH Zürich\n',
    ),
    input('website', 'Website', "Optional. The group's own website, starting with https://."),
    textarea('social', 'Social media', `Optional. One page per line, as "platform | https://…", with a platform among ${socialPlatforms.join(', ').replace(/, (\w+)$/, ' and $1')}.`),
    textarea('description', "The page's text", "A few short paragraphs for the group's page, in plain text or Markdown; who the group is for, what it does, how to take part."),
  ];
}

export function renderIssueForm(organization: Organization = defaultOrganization): string {
  const form = {
    name: 'Request a new group',
    description: `Ask the ${organization.office.name} to add your group to the handbook, if you cannot open a pull request yourself.`,
    title: 'New group: ',
    labels: [requestLabel],
    body: [
      {
        type: 'markdown',
        attributes: {
          value:
            "The office turns this request into the group's file, `src/content/groups/<slug>.mdx`, and the checker answers on this issue within minutes: edit the issue to correct what it asks for. Each field below is one field of that file; the chapter \"The group file\" of the handbook explains them. Please discuss the group's objectives with the office first.\n\n**Do not write e-mail addresses or phone numbers anywhere**, not even the managers': the office contacts managers through their GitHub accounts.\n",
        },
      },
      ...issueFormFields(organization),
      {
        type: 'checkboxes',
        id: 'agreements',
        attributes: {
          label: 'Before you send this',
          options: [
            { label: `The group's objectives were discussed with the ${organization.office.name}.`, required: true },
            { label: "The managers named above have agreed to run the group and to follow the handbook's guidelines.", required: true },
            { label: 'This request contains no e-mail addresses or phone numbers.', required: true },
          ],
        },
      },
    ],
  };
  return `# Generated by \`npm run issue-form\` from the configuration and the schema. Do not edit by hand.\n${stringify(form, { lineWidth: 0 })}`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean', default: false } } });
  const target = path.join(import.meta.dirname, '..', issueFormFile);
  const expected = renderIssueForm();
  const current = await readFile(target, 'utf8').catch(() => '');
  if (values.check) {
    if (current === expected) return 0;
    process.stderr.write(`${issueFormFile} is out of date: run \`npm run issue-form\` and commit the result.\n`);
    return 1;
  }
  if (current !== expected) await writeFile(target, expected);
  process.stdout.write(current === expected ? `${issueFormFile} is up to date.\n` : `Wrote ${issueFormFile}.\n`);
  return 0;
}

if (process.argv[1] === import.meta.filename) process.exitCode = await main(process.argv.slice(2));
