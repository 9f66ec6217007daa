import { defineRule } from './define.ts';

export default defineRule({
  id: 'exception-unused',
  raisedBy: 'exceptions',
  severity: 'warning',
  summary: 'every exception in the exceptions file still matches a problem',
  guideline: 'the-group-file#exceptions',
  rationale: 'When a group has fixed the problem, its exception only waits to hide the next one. The warning tells the office to remove it.',
  translations: {
    fr: {
      summary: 'chaque exception du fichier des exceptions correspond encore à un problème',
      rationale: 'Lorsqu’un groupe a corrigé le problème, son exception ne sert plus qu’à masquer le suivant. L’avertissement signale au bureau qu’il doit la supprimer.',
    },
  },
  examples: {
    valid: [
      {
        title: 'An exception that covers a problem',
        translations: { fr: { title: 'Une exception qui couvre un problème' } },
        body: 'The raffle at our dinner is in aid of a children’s hospital.\n',
        exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office for the 2026 dinner.\n  grantedBy: {staff}\n  expires: 2026-12-31\n',
      },
    ],
    invalid: [
      {
        title: 'An exception for a problem the group has fixed',
        translations: { fr: { title: 'Une exception pour un problème que le groupe a corrigé' } },
        exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office for the 2026 dinner.\n  grantedBy: {staff}\n  expires: 2026-12-31\n',
        reports: [{ at: 'group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office for the 2026 dinner.\n  grantedBy: {staff}\n  expires: 2026-12-31\n', message: 'The exception for rule solicitation of group "lyon" no longer matches any problem in the group file. Remove it from the exceptions file.' }],
      },
    ],
  },
});
