import { defineRule } from './define.ts';

/** Raised by the schema (src/schema/group.ts), so the content collection enforces it too. */
export default defineRule({
  id: 'join-criteria-required',
  severity: 'error',
  summary: 'private groups say who may request to join',
  guideline: 'managing-a-group#moderating-join-requests',
  source: '000: in private groups the managers moderate requests to join',
  rationale: 'When managers accept or reject requests, alumni deserve to know the criteria in advance, and the office must be able to see that they are fair.',
  examples: {
    valid: [{ title: 'A public group needs no criteria', frontmatter: 'visibility: public\njoinCriteria: null' }],
    invalid: [{ title: 'A private group without criteria', frontmatter: 'joinCriteria: null' }],
  },
});
