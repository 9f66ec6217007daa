import { defineRule } from './define.ts';

export default defineRule({
  id: 'managers-unique',
  severity: 'error',
  summary: 'no manager is listed twice',
  guideline: 'managing-a-group#managers',
  rationale: 'Listing the same person twice would satisfy the two-manager rule on paper only.',
  translations: {
    fr: {
      summary: 'aucun gestionnaire n’est inscrit deux fois',
      rationale: 'Inscrire deux fois la même personne ne respecterait la règle des deux gestionnaires que sur le papier.',
    },
  },
  examples: {
    valid: [{ title: 'Two different people', translations: { fr: { title: 'Deux personnes différentes' } }, frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad' }],
    invalid: [{ title: 'The same GitHub user twice, in other capitals', translations: { fr: { title: 'Le même utilisateur GitHub deux fois, avec des majuscules différentes' } }, frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: C. Martin\n    github: Claire-Martin', reports: [{ at: 'github', message: 'The manager "Claire-Martin" is listed twice (entries 1 and 2). Remove one, or name a different co-manager.' }] }],
  },
  check(group, { report }) {
    const managers = group.data?.managers;
    if (!Array.isArray(managers)) return;
    const seen = new Map<string, number>();
    managers.forEach((entry: unknown, index) => {
      const github = (entry as { github?: unknown } | null)?.github;
      if (typeof github !== 'string') return;
      const first = seen.get(github.toLowerCase());
      if (first === undefined) seen.set(github.toLowerCase(), index);
      else report(group.rangeOf(['managers', index, 'github'], 'key'), `The manager "${github}" is listed twice (entries ${first + 1} and ${index + 1}). Remove one, or name a different co-manager.`, { data: { github } });
    });
  },
});
