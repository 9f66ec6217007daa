import { disclaimerStatement, type DisclaimerKind, type Organization } from '../../config/organization.ts';
import { defineRule } from './define.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineRule({
  id: 'disclaimer-text',
  severity: 'error',
  summary: 'the disclaimer holds each required statement with the exact group name; organization-managed groups do not declare independence',
  guideline: 'websites-and-social-media#the-disclaimer',
  source: '003: the required disclaimer statements for websites and social media',
  rationale: 'The statements are agreed wording; a paraphrase or a different group name weakens what they say. Groups run by the organization are not independent and must not claim to be.',
  examples: {
    valid: [
      {
        title: 'Line breaks inside a statement do not matter',
        frontmatter: 'disclaimer: >-\n  The CERN Alumni Lyon Group is an autonomous group for alumni of CERN\n  and operates independently of CERN.',
      },
    ],
    invalid: [
      {
        title: 'A shortened group name',
        frontmatter: 'disclaimer: The Lyon Group is an autonomous group for alumni of CERN and operates independently of CERN.',
      },
      {
        title: 'A website without the website statement',
        frontmatter: 'channels:\n  website: https://lyon-alumni.example.org',
      },
      {
        title: 'An organization-managed group declaring independence',
        frontmatter: 'managedBy: organization',
      },
    ],
  },
  check(group, { organization, report }) {
    const data = group.data;
    const disclaimer = data?.disclaimer;
    const name = data?.name;
    if (typeof disclaimer !== 'string' || typeof name !== 'string') return;
    const text = collapse(disclaimer);
    const range = group.rangeOf(['disclaimer']);
    if (data?.managedBy === 'organization') {
      if (/\bautonomous group\b/i.test(text) || text.toLowerCase().includes(`independently of ${organization.name.toLowerCase()}`)) {
        report(range, `This group is run by ${organization.name} itself, so it is not independent: remove the statement that it "operates independently of ${organization.name}" (an organization-managed group needs no disclaimer).`);
      }
      return;
    }
    if (data?.managedBy !== 'alumni') return;
    const channels = (typeof data.channels === 'object' && data.channels !== null ? data.channels : {}) as Record<string, unknown>;
    const required: DisclaimerKind[] = ['independence'];
    if (channels.website) required.push('website');
    if (Array.isArray(channels.social) && channels.social.length > 0) required.push('social');
    for (const kind of required) {
      const statement = collapse(disclaimerStatement(kind, name.trim(), organization));
      if (text.includes(statement)) continue;
      report(range, missingStatementMessage(kind, text, name.trim(), statement, organization));
    }
  },
});

const reasons: Record<DisclaimerKind, string> = {
  independence: 'Every alumni-managed group must carry this statement',
  website: 'Because the group lists a website, the disclaimer must also say',
  social: 'Because the group lists social media channels, the disclaimer must also say',
};

function missingStatementMessage(kind: DisclaimerKind, text: string, name: string, statement: string, organization: Organization): string {
  const template = collapse(organization.disclaimers[kind]).replaceAll('{organization}', organization.name);
  if (template.includes('{group}')) {
    const [before, after] = template.split('{group}').map(escapeRegExp) as [string, string];
    const namedAs = new RegExp(`${before}(.+?)${after.slice(0, 40)}`).exec(text)?.[1];
    if (namedAs !== undefined && namedAs !== name) {
      return `The disclaimer must name "${name}" exactly (the group's name field); it names "${namedAs}". Change it to: "${statement}"`;
    }
  }
  return `${reasons[kind]}: "${statement}" Add it word for word (run \`npm run fix\` to insert it).`;
}
