import { disclaimerStatement } from '../../config/organization.ts';
import { foldedYaml, isBlank } from '../values.ts';
import { requiredStatementKinds } from './disclaimer-text.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'disclaimer-required',
  severity: 'error',
  summary: 'alumni-managed groups carry a disclaimer',
  guideline: 'websites-and-social-media#the-disclaimer',
  rationale: 'An alumni-managed group acts independently of the organization, and readers must be told so wherever the group speaks.',
  translations: {
    fr: {
      summary: 'les groupes gérés par des alumni comportent un avertissement d’indépendance',
      rationale: 'Un groupe géré par des alumni agit indépendamment de l’organisation, et les lecteurs doivent en être informés partout où le groupe s’exprime.',
    },
  },
  examples: {
    valid: [{ title: 'An organization-managed group has no disclaimer', translations: { fr: { title: 'Un groupe géré par l’organisation n’a pas d’avertissement d’indépendance' } }, frontmatter: 'managedBy: organization\ndisclaimer: null' }],
    invalid: [{ title: 'An alumni-managed group without a disclaimer', translations: { fr: { title: 'Un groupe géré par des alumni sans avertissement d’indépendance' } }, frontmatter: 'disclaimer: null', reports: [{ at: 'managedBy', message: 'An alumni-managed group must carry a disclaimer: add `disclaimer:` with the statements from the handbook (run `npm run fix` to generate them).' }] }],
  },
  check(group, { organization, report }) {
    const data = group.data;
    if (data?.managedBy !== 'alumni' || !isBlank(data.disclaimer)) return;
    const range = group.rangeOf(['disclaimer' in data ? 'disclaimer' : 'managedBy'], 'key');
    const name = typeof data.name === 'string' ? data.name.trim() : '';
    const statements = requiredStatementKinds(data).map((kind) => disclaimerStatement(kind, name, organization));
    // The field is added at the end of the front matter; one left empty is left for its author to remove.
    const end = group.frontMatterEnd;
    const fix =
      name && end !== undefined && !('disclaimer' in data)
        ? { range: group.rangeAt(end, end), replacement: `disclaimer: >-\n  ${foldedYaml(statements.join(' '), 76).join('\n  ')}\n`, description: 'added the disclaimer with the required statements' }
        : undefined;
    report(range, 'An alumni-managed group must carry a disclaimer: add `disclaimer:` with the statements from the handbook (run `npm run fix` to generate them).', fix ? { fix } : {});
  },
});
