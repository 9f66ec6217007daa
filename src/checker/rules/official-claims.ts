import type { Organization } from '../../config/organization.ts';
import { isNegated, sentenceAround } from '../text/context.ts';
import { escapeRegExp, matchesIn } from '../text/matching.ts';
import { spansOf } from '../text/spans.ts';
import { defineRule } from './define.ts';

const groupWords = String.raw`(?:alumni\s+)?(?:group|chapter|branch|association|club|society|network|community|representation|delegation)s?`;

/** Ways of claiming to be, or to speak for, the organization, built around its name. */
function claimPatterns(organization: Organization): RegExp[] {
  const org = `(?:${escapeRegExp(organization.name)})`;
  return [
    // "the official CERN group", "CERN's official alumni chapter", "the official group of CERN"
    new RegExp(String.raw`\bofficial\s+${org}(?:\s+\w+){0,2}?\s+${groupWords}\b|\b${org}['’]s\s+official\s+(?:\w+\s+)?${groupWords}\b|\bofficial\s+${groupWords}\s+(?:of|for)\s+${org}\b`, 'gi'),
    // "officially represents CERN", "represent CERN in Lyon", "CERN's representatives", "representatives of CERN"
    new RegExp(String.raw`\b(?:officially\s+)?represent(?:s|ing|ed)?\s+${org}\b|\b${org}['’]s\s+(?:official\s+)?(?:representatives?|ambassadors?|voice|delegates?)\b|\b(?:official\s+)?(?:representatives?|ambassadors?|delegates?)\s+of\s+${org}\b`, 'gi'),
    // "on behalf of CERN", "in the name of CERN", "speak for CERN"
    new RegExp(String.raw`\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of|(?:speak|speaks|speaking|act|acts|acting)\s+(?:officially\s+)?for)\s+${org}\b`, 'gi'),
    // "endorsed by CERN", "CERN-approved"
    new RegExp(String.raw`\b(?:officially\s+)?(?:endorsed|approved|accredited|sanctioned|mandated|authori[sz]ed)\s+by\s+${org}\b|\b${org}[\s-](?:endorsed|approved|accredited|sanctioned|authori[sz]ed)\b`, 'gi'),
  ];
}

export default defineRule({
  id: 'official-claims',
  severity: 'error',
  summary: 'an alumni-managed group does not claim to speak officially for the organization',
  guideline: 'social-media-conduct#official-communications',
  rationale:
    'Only authorised people speak officially for the organization. An alumni-managed group acts independently, so presenting itself as official or as the organization’s representative misleads readers and contradicts its own disclaimer.',
  examples: {
    valid: [
      { title: 'Alumni of the organization', body: 'We are alumni of {organization} who live around Lyon, and we share news from {organization} with each other.\n' },
      { title: 'Saying that the group is not official', body: 'This is not an official {organization} group; we speak only for ourselves.\n' },
      { title: 'An organization-managed group', frontmatter: 'managedBy: organization\ndisclaimer: null', body: 'This is the official {organization} group for openlab alumni, run on behalf of {organization} by the openlab team.\n' },
      { title: 'The office’s role', body: 'Invitations are sent by the Office of Alumni Relations, and {organization}’s official website has news of the Laboratory.\n' },
    ],
    invalid: [
      { title: 'The official group', body: 'Welcome to the official {organization} group for alumni in Lyon.\n', reports: [{ at: 'official {organization} group', message: 'Remove "official {organization} group": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Representing the organization', body: 'Our group officially represents {organization} in the Rhône-Alpes region.\n', reports: [{ at: 'officially represents {organization}', message: 'Remove "officially represents {organization}": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Speaking on behalf of the organization', body: 'We answer questions from the press on behalf of {organization}.\n', reports: [{ at: 'on behalf of {organization}', message: 'Remove "on behalf of {organization}": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Claiming to be its representatives', frontmatter: "summary: {organization}'s representatives in Lyon meet for talks and visits.", reports: [{ at: '{organization}\'s representatives', message: 'Remove "{organization}\'s representatives": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'The official chapter', frontmatter: "objectives:\n  - Be {organization}'s official alumni chapter in France.", reports: [{ at: '{organization}\'s official alumni chapter', message: 'Remove "{organization}\'s official alumni chapter": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
    ],
  },
  check(group, { organization, report }) {
    if (group.data?.managedBy === 'organization') return;
    const spans = spansOf(group, ['name', 'summary', 'region', 'objectives', 'joinCriteria', 'annualPlan'], { body: true });
    for (const pattern of claimPatterns(organization)) {
      for (const { span, match, range } of matchesIn(spans, pattern)) {
        if (isNegated(sentenceAround(span.text, match.index, match.index + match[0].length).before)) continue;
        report(range, `Remove "${match[0]}": an alumni-managed group acts independently of ${organization.name} and may not present itself as official or as speaking for it. Describe the group as alumni of ${organization.name} instead.`);
      }
    }
  },
});
