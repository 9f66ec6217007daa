import { defineRule } from './define.ts';

/** Raised by the schema (src/schema/group.ts), so the content collection enforces it too. */
export default defineRule({
  id: 'disclaimer-required',
  severity: 'error',
  summary: 'alumni-managed groups carry a disclaimer',
  guideline: 'websites-and-social-media#the-disclaimer',
  source: '003: independent websites and social media carry a disclaimer',
  rationale: 'An alumni-managed group acts independently of the organization, and readers must be told so wherever the group speaks.',
  examples: {
    valid: [{ title: 'An organization-managed group has no disclaimer', frontmatter: 'managedBy: organization\ndisclaimer: null' }],
    invalid: [{ title: 'An alumni-managed group without a disclaimer', frontmatter: 'disclaimer: null' }],
  },
});
