import { defineRule } from './define.ts';

/** Raised by the schema (src/schema/group.ts), so the content collection enforces it too. */
export default defineRule({
  id: 'managers-count',
  severity: 'error',
  summary: 'a group has 2 or 3 managers',
  guideline: 'managing-a-group#managers',
  source: '000: each group is administered by at least two and up to three group managers',
  rationale: 'Two managers keep a group running when one is away; more than three blurs who is responsible.',
  examples: {
    valid: [{ title: 'Three managers', frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad\n  - name: Lucía Romero\n    github: lucia-romero' }],
    invalid: [
      { title: 'One manager', frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin' },
      {
        title: 'Four managers',
        frontmatter:
          'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad\n  - name: Lucía Romero\n    github: lucia-romero\n  - name: Tomás Novák\n    github: tnovak',
      },
    ],
  },
});
