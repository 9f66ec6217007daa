import { isBlank, isWrittenInOtherCase } from '../values.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'join-criteria-required',
  severity: 'error',
  summary: 'private groups say who may request to join',
  guideline: 'managing-a-group#moderating-join-requests',
  rationale: 'When managers accept or reject requests, alumni deserve to know the criteria in advance, and the office must be able to see that they are fair.',
  translations: {
    fr: {
      summary: 'les groupes privés indiquent qui peut demander à y adhérer',
      rationale:
        'Lorsque les gestionnaires acceptent ou refusent des demandes, les alumni ont le droit de connaître les critères à l’avance, et le bureau doit pouvoir s’assurer qu’ils sont équitables.',
    },
  },
  examples: {
    valid: [{ title: 'A public group needs no criteria', translations: { fr: { title: 'Un groupe public n’a pas besoin de critères' } }, frontmatter: 'visibility: public\njoinCriteria: null' }],
    invalid: [{ title: 'A private group without criteria', translations: { fr: { title: 'Un groupe privé sans critères' } }, frontmatter: 'joinCriteria: null', reports: [{ at: 'visibility', message: 'A private group must say who may request to join: add `joinCriteria:`, for example "Alumni who live or work in the Lyon area."' }] }],
  },
  check(group, { report }) {
    const data = group.data;
    if (data?.visibility !== 'private' || !isBlank(data.joinCriteria) || isWrittenInOtherCase(data, 'joinCriteria')) return;
    if ('joinCriteria' in data) report(group.rangeOf(['joinCriteria'], 'key'), 'A private group must say who may request to join: write it after `joinCriteria:`, for example "Alumni who live or work in the Lyon area."');
    else report(group.rangeOf(['visibility'], 'key'), 'A private group must say who may request to join: add `joinCriteria:`, for example "Alumni who live or work in the Lyon area."');
  },
});
