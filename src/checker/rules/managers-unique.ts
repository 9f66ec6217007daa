import { defineRule } from './define.ts';

/** Raised by the schema (src/schema/group.ts), so the content collection enforces it too. */
export default defineRule({
  id: 'managers-unique',
  severity: 'error',
  summary: 'no manager is listed twice',
  guideline: 'managing-a-group#managers',
  source: '000: at least two different group managers',
  rationale: 'Listing the same person twice would satisfy the two-manager rule on paper only.',
  examples: {
    valid: [{ title: 'Two different people', frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad' }],
    invalid: [{ title: 'The same GitHub user twice, in other capitals', frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: C. Martin\n    github: Claire-Martin' }],
  },
});
