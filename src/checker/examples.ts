/**
 * Turns a rule's examples into whole group files: the tests check them and the rule pages show them,
 * so the documentation cannot drift from what the checker does.
 */
import { isMap, parseDocument, stringify } from 'yaml';
import { disclaimerStatement, organization as defaultOrganization, type DisclaimerKind, type Organization } from '../config/organization.ts';
import type { ExceptionsFile } from './exceptions.ts';
import { slugOfPath } from './parse.ts';
import { exceptionsPath, groupsFolder } from './paths.ts';
import { picturesFolder } from './pictures.ts';
import type { ChangeFacts, Picture, RuleExample, SourceFile } from './types.ts';

/**
 * What an example's files are made from: the example without its title's translations, which only the
 * rule pages read, so that the tests and scripts can compose a file from an example of their own.
 */
export type ExampleContent = Omit<RuleExample, 'translations'>;

/** "Today" for every example, so time rules give the same verdict whenever the tests run. */
export const exampleToday = '2026-06-15';

/**
 * The valid group every example starts from. Like the examples' own text, it names the organization
 * through placeholders (see `fillExample`), so the examples hold for any organization's configuration.
 */
export const baseExampleFrontMatter = `name: {network} Lyon Group
type: regional
managedBy: alumni
visibility: private
summary: Alumni living around Lyon meet for talks, lab visits and a summer picnic.
region: Lyon, France
founded: 2021-03-14
managers:
  - name: Claire Martin
    github: claire-martin
  - name: Karim Haddad
    github: khaddad
objectives:
  - Keep alumni around Lyon in touch with each other and with {organization}.
joinCriteria: Alumni who live or work in the Lyon area.
lastActivity: 2026-05-02
annualPlan:
  year: 2026
  activities:
    - title: Summer picnic at the Parc de la Tête d'Or
      date: 2026-07-04
      kind: event
disclaimer: >-
  {statement:independence}
`;

export const baseExampleBody = `We are alumni who live around Lyon. We meet a few times a year for a talk, a visit or a picnic.

## How to take part

Join the group on the alumni platform and come to the next event.
`;


/** The name of the base example's group, for an organization. */
export const exampleGroupName = (organization: Organization = defaultOrganization) => `${organization.networkName} Lyon Group`;

/**
 * An example's text for an organization. {organization} and {network} stand for its names
 * ({organization-in-file} with hyphens for spaces, as in a file name, {organization-in-handle} without
 * them, as in an account name), {office}
 * for its office's name and {staff} for the GitHub handle of the first of its office staff;
 * {statement:KIND} for its disclaimer statement of that kind (independence, website, social) with the
 * example group's name, and {statement:KIND:NAME} with another name; {statement-lines:KIND} for the
 * same statement broken over several lines of a folded YAML value.
 */
export function fillExample(text: string, organization: Organization = defaultOrganization): string {
  return text.replace(/\{(organization(?:-in-file|-in-handle)?|network|office|staff|statement(?:-lines)?:(\w+)(?::([^}]+))?)\}/g, (_whole, placeholder: string, kind?: string, name?: string) => {
    if (placeholder === 'organization') return organization.name;
    if (placeholder === 'organization-in-file') return organization.name.replace(/\s+/g, '-');
    if (placeholder === 'organization-in-handle') return organization.name.replace(/[^\p{L}\p{N}]+/gu, '');
    if (placeholder === 'network') return organization.networkName;
    if (placeholder === 'office') return organization.office.name;
    if (placeholder === 'staff') return organization.office.staff[0] ?? '';
    const statement = disclaimerStatement(kind as DisclaimerKind, fillExample(name ?? exampleGroupName(organization), organization), organization);
    return placeholder.startsWith('statement-lines') ? statement.replace(/(.{40,60}?) /g, '$1\n  ') : statement;
  });
}

/** The group file an example describes, for an organization, followed by any other groups it needs. */
export function exampleFiles(example: ExampleContent, organization: Organization = defaultOrganization): SourceFile[] {
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillExample(text, organization));
  const compose = (fields: string | undefined, body: string | undefined) =>
    `---\n${mergeFrontMatter(fillExample(baseExampleFrontMatter, organization), fill(fields) ?? '')}---\n\n${fill(body) ?? baseExampleBody}`;
  const fileName = example.fileName ?? 'lyon.mdx';
  const own: SourceFile = {
    path: `${groupsFolder}/${fileName}`,
    content: fill(example.source) ?? compose(example.frontmatter, example.body),
    ...(example.pictures ? { pictures: examplePictures(example.pictures, slugOfPath(fileName)) } : {}),
  };
  const others = (example.otherGroups ?? []).map((fields, index) => ({
    path: `${groupsFolder}/other-${index + 1}.mdx`,
    content: compose(fields, undefined),
  }));
  return [own, ...others];
}

/** An example's pictures as the shell would read them: by default a PNG of 20 KB and 800 × 600 pixels with no code in it. */
function examplePictures(pictures: NonNullable<RuleExample['pictures']>, slug: string): Picture[] {
  return pictures.map(({ name, format, size, dimensions, codes }) => ({
    path: `${picturesFolder}/${slug}/${name}`,
    size: size ?? 20_000,
    format: format === null ? undefined : (format ?? 'png'),
    ...(dimensions === null ? {} : { dimensions: dimensions ?? { width: 800, height: 600 } }),
    codes: codes ?? [],
    hash: `${name}:${format}:${size}:${JSON.stringify(dimensions)}:${codes?.join()}`,
  }));
}

/** The pull request an example stands for, for an organization, as the engine's `change` option, or undefined when it is none. */
export function exampleChange(example: ExampleContent, organization: Organization = defaultOrganization): ChangeFacts | undefined {
  const pullRequest = example.pullRequest;
  if (!pullRequest) return undefined;
  const path = `${groupsFolder}/${example.fileName ?? 'lyon.mdx'}`;
  const fill = (handle: string) => fillExample(handle, organization);
  const managers = pullRequest.managersOnBase?.map(fill);
  return {
    author: fill(pullRequest.author),
    managersOnBase: new Map(managers && !pullRequest.deletes ? [[path, managers]] : []),
    deleted: pullRequest.deletes ? [path] : [],
    pictures: new Map((pullRequest.pictures ?? []).map((name) => [`${picturesFolder}/${slugOfPath(path)}/${name}`, managers] as const)),
    otherPaths: pullRequest.otherPaths ?? [],
  };
}

/** The exceptions file an example comes with, for an organization, as the engine's `exceptions` option, or undefined when it has none. */
export function exampleExceptions(example: ExampleContent, organization: Organization = defaultOrganization): ExceptionsFile | undefined {
  return example.exceptions === undefined ? undefined : { path: exceptionsPath, text: fillExample(example.exceptions, organization) };
}

/** The base front matter with the example's fields replacing its own; a field set to null is removed. */
export function mergeFrontMatter(base: string, fields: string): string {
  const document = parseDocument(base);
  const changes = parseDocument(fields).contents;
  if (isMap(changes)) {
    for (const pair of changes.items) {
      const key = String((pair.key as { value?: unknown }).value);
      const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
      if (value === null) document.delete(key);
      else document.set(key, document.createNode(value));
    }
  }
  return stringify(document.toJS(), { lineWidth: 0 });
}
