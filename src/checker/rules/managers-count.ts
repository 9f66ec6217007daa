import { organization as configured, type Organization } from '../../config/organization.ts';
import { defineRule } from './define.ts';

/** "2 or 3", "2 to 5", "2": how many managers a group has, in words. */
const managerCount = ({ min, max }: Organization['managers']) => (max === min ? String(min) : max === min + 1 ? `${min} or ${max}` : `${min} to ${max}`);
/** The same in French: "2 ou 3", "de 2 à 5", "2". */
const managerCountInFrench = ({ min, max }: Organization['managers']) => (max === min ? String(min) : max === min + 1 ? `${min} ou ${max}` : `de ${min} à ${max}`);

export default defineRule({
  id: 'managers-count',
  severity: 'error',
  summary: `a group has ${managerCount(configured.managers)} managers`,
  guideline: 'managing-a-group#managers',
  rationale: `With ${configured.managers.min} managers a group keeps running when one is away; more than ${configured.managers.max} blurs who is responsible.`,
  translations: {
    fr: {
      summary: `un groupe compte ${managerCountInFrench(configured.managers)} gestionnaires`,
      rationale:
        `Avec ${configured.managers.min} gestionnaires, un groupe continue de fonctionner lorsque l’un d’eux est absent ; au-delà de ${configured.managers.max}, on ne sait plus bien qui est responsable.`,
    },
  },
  examples: {
    valid: [{ title: 'Three managers', translations: { fr: { title: 'Trois gestionnaires' } }, frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad\n  - name: Lucía Romero\n    github: lucia-romero' }],
    invalid: [
      { title: 'One manager', translations: { fr: { title: 'Un seul gestionnaire' } }, frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin', reports: [{ at: 'managers', message: 'A group needs 2 or 3 managers; this one lists 1. Add a co-manager.' }] },
      {
        title: 'Four managers',
        translations: { fr: { title: 'Quatre gestionnaires' } },
        frontmatter:
          'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad\n  - name: Lucía Romero\n    github: lucia-romero\n  - name: Tomás Novák\n    github: tnovak',
        reports: [{ at: 'managers', message: 'A group has at most 3 managers; this one lists 4. Remove one.' }],
      },
    ],
  },
  check(group, { organization, report }) {
    const managers = group.data?.managers;
    if (!Array.isArray(managers)) return;
    const { min, max } = organization.managers;
    const count = managers.length;
    const range = group.rangeOf(['managers'], 'key');
    if (count < min) {
      report(range, `A group needs ${managerCount(organization.managers)} managers; this one lists ${count}. Add ${min - count === 1 ? 'a co-manager' : `${min - count} co-managers`}.`, { data: { count, min, max } });
    } else if (count > max) {
      report(range, `A group has at most ${max} managers; this one lists ${count}. Remove ${count - max === 1 ? 'one' : count - max}.`, { data: { count, min, max } });
    }
  },
});
