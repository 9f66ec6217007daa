import { disclaimerStatement, type DisclaimerKind, type Organization } from '../../config/organization.ts';
import { escapeRegExp } from '../text/matching.ts';
import { foldedYaml, isRecord } from '../values.ts';
import { defineRule } from './define.ts';

/** The text with every run of white space and line breaks as one space: how disclaimers are compared. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export default defineRule({
  id: 'disclaimer-text',
  severity: 'error',
  summary: 'the disclaimer holds each required statement with the exact group name; organization-managed groups do not declare independence',
  guideline: 'websites-and-social-media#the-disclaimer',
  rationale: 'The statements are agreed wording; a paraphrase or a different group name weakens what they say. Groups run by the organization are not independent and must not claim to be.',
  translations: {
    fr: {
      summary:
        'l’avertissement d’indépendance contient chacune des déclarations requises, avec le nom exact du groupe ; les groupes gérés par l’organisation ne se déclarent pas indépendants',
      rationale:
        'Les déclarations reprennent une formulation convenue ; une paraphrase ou un autre nom de groupe en affaiblit la portée. Les groupes gérés par l’organisation ne sont pas indépendants et ne doivent pas prétendre l’être.',
    },
  },
  examples: {
    valid: [
      {
        title: 'Line breaks inside a statement do not matter',
        translations: { fr: { title: 'Les sauts de ligne dans une déclaration sont sans importance' } },
        frontmatter: 'disclaimer: >-\n  {statement-lines:independence}',
      },
    ],
    invalid: [
      {
        title: 'A shortened group name',
        translations: { fr: { title: 'Un nom de groupe abrégé' } },
        frontmatter: 'disclaimer: {statement:independence:Lyon Group}',
        reports: [{ at: '{statement:independence:Lyon Group}', message: 'The disclaimer must name "{network} Lyon Group" exactly (the group\'s name field); it names "Lyon Group". Change it to: "{statement:independence}"' }],
      },
      {
        title: 'A website without the website statement',
        translations: { fr: { title: 'Un site web sans la déclaration relative au site web' } },
        frontmatter: 'channels:\n  website: https://lyon-alumni.example.org',
        reports: [{ at: '{statement:independence}', message: 'Because the group lists a website, the disclaimer must also say: "{statement:website}" Add it word for word (run `npm run fix` to insert it).' }],
      },
      {
        title: 'An organization-managed group declaring independence',
        translations: { fr: { title: 'Un groupe géré par l’organisation qui se déclare indépendant' } },
        frontmatter: 'managedBy: organization',
        reports: [{ at: '{statement:independence}', message: 'This group is run by {organization} itself, so it is not independent: remove the statement that it is independent of {organization} (an organization-managed group needs no disclaimer).' }],
      },
    ],
  },
  check(group, { organization, report }) {
    const data = group.data;
    const disclaimer = data?.disclaimer;
    const name = typeof data?.name === 'string' ? data.name.trim() : undefined;
    if (typeof disclaimer !== 'string' || name === undefined) return;
    const text = collapse(disclaimer);
    const range = group.rangeOf(['disclaimer']);
    if (data?.managedBy === 'organization') {
      if (declaresIndependence(text, organization)) {
        report(range, `This group is run by ${organization.name} itself, so it is not independent: remove the statement that it is independent of ${organization.name} (an organization-managed group needs no disclaimer).`);
      }
      return;
    }
    if (data?.managedBy !== 'alumni') return;
    let completed = text;
    const problems: string[] = [];
    for (const kind of requiredStatementKinds(data)) {
      const statement = collapse(disclaimerStatement(kind, name, organization));
      if (text.includes(statement)) continue;
      const namedAs = nameUsedIn(text, kind, organization);
      if (namedAs !== undefined && namedAs !== name) {
        completed = completed.replace(collapse(disclaimerStatement(kind, namedAs, organization)), statement);
        problems.push(`The disclaimer must name "${name}" exactly (the group's name field); it names "${namedAs}". Change it to: "${statement}"`);
      } else {
        completed = `${completed} ${statement}`.trim();
        problems.push(`${reasons[kind]}: "${statement}" Add it word for word (run \`npm run fix\` to insert it).`);
      }
    }
    // One repair for all of them, which keeps every sentence the group wrote. A block value's range ends after its last line break.
    const lineBreak = range.endColumn === 1 && range.endLine > range.line ? '\n' : '';
    const replacement = `>-\n  ${foldedYaml(completed, 76).join('\n  ')}${lineBreak}`;
    const fix = { range, replacement, description: 'completed the disclaimer with the required statements, keeping the rest of its text' };
    problems.forEach((message, index) => report(range, message, index === 0 ? { fix } : {}));
  },
});

const reasons: Record<DisclaimerKind, string> = {
  independence: 'Every alumni-managed group must carry this statement',
  website: 'Because the group lists a website, the disclaimer must also say',
  social: 'Because the group lists social media channels, the disclaimer must also say',
};

/** The statements a group's channels call for: independence always, then website and social when it has them. */
export function requiredStatementKinds(data: Record<string, unknown>): DisclaimerKind[] {
  const channels = isRecord(data.channels) ? data.channels : {};
  const kinds: DisclaimerKind[] = ['independence'];
  if (channels.website) kinds.push('website');
  if (Array.isArray(channels.social) && channels.social.length > 0) kinds.push('social');
  return kinds;
}

/** The template of a statement with the organization filled in, split around the group's name. */
const templateParts = (kind: DisclaimerKind, organization: Organization) =>
  collapse(organization.disclaimers[kind]).replaceAll('{organization}', organization.name).split('{group}');

/** The group name a statement of this kind is written with in `text`, when the statement is there with some name. */
function nameUsedIn(text: string, kind: DisclaimerKind, organization: Organization): string | undefined {
  const parts = templateParts(kind, organization);
  if (parts.length < 2) return undefined;
  const [before, after] = parts.map(escapeRegExp) as [string, string];
  return new RegExp(`${before}(.+?)${after.slice(0, 40)}`).exec(text)?.[1];
}

/** Whether `text` holds the independence statement, whatever name it gives: its longest part without the name. */
function declaresIndependence(text: string, organization: Organization): boolean {
  const longest = templateParts('independence', organization).reduce((a, b) => (b.trim().length > a.trim().length ? b : a)).trim();
  return longest.length > 0 && text.toLowerCase().includes(longest.toLowerCase());
}
