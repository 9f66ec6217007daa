import { defineRule } from './define.ts';

export default defineRule({
  id: 'exception-expired',
  raisedBy: 'exceptions',
  severity: 'error',
  summary: 'an exception in the exceptions file has not expired',
  guideline: 'the-group-file#exceptions',
  rationale: 'Exceptions are granted for a while, not for ever. Once the date has passed the rule applies again, and the office either renews the exception or removes it.',
  translations: {
    fr: {
      summary: 'une exception du fichier des exceptions n’a pas expiré',
      rationale:
        'Les exceptions sont accordées pour un temps, non pour toujours. Une fois la date passée, la règle s’applique de nouveau, et le bureau renouvelle l’exception ou la supprime.',
    },
  },
  examples: {
    valid: [
      {
        title: 'An exception valid until after today',
        translations: { fr: { title: 'Une exception valable au-delà d’aujourd’hui' } },
        body: 'The raffle at our dinner is in aid of a children’s hospital.\n',
        exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office for the 2026 dinner.\n  grantedBy: {staff}\n  expires: 2026-12-31\n',
      },
    ],
    invalid: [
      {
        title: 'An exception that expired',
        translations: { fr: { title: 'Une exception expirée' } },
        body: 'The raffle at our dinner is in aid of a children’s hospital.\n',
        exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office for the 2025 dinner.\n  grantedBy: {staff}\n  expires: 2025-12-31\n',
        reports: [{ at: '2025-12-31', message: 'The exception for rule solicitation of group "lyon" expired on 2025-12-31, so the rule applies again. Fix the problem in the group file and remove the exception, or renew it with a new date and reason.' }],
      },
    ],
  },
});
