import { defineRule } from './define.ts';

export default defineRule({
  id: 'exceptions-file',
  raisedBy: 'exceptions',
  severity: 'error',
  summary: 'the exceptions file is a valid list of exceptions for existing groups and rules',
  guideline: 'the-group-file#exceptions',
  rationale: 'An exception that cannot be read, or that names a group or rule that does not exist, would silently fail to apply or hide the wrong problem; the office must see it at once.',
  translations: {
    fr: {
      summary: 'le fichier des exceptions est une liste valide d’exceptions portant sur des groupes et des règles existants',
      rationale:
        'Une exception illisible, ou qui désigne un groupe ou une règle qui n’existe pas, resterait sans effet sans que rien ne le signale, ou masquerait un autre problème que le sien ; le bureau doit s’en apercevoir immédiatement.',
    },
  },
  examples: {
    valid: [
      {
        title: 'A complete exception',
        translations: { fr: { title: 'Une exception complète' } },
        body: 'Dinner is at the Brasserie Georges (CHF 40, at own cost); the raffle is in aid of a children’s hospital.\n',
        exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle for the children’s ward agreed with the office for the 2026 dinner.\n  grantedBy: {staff}\n  expires: 2026-12-31\n',
      },
      { title: 'An empty list', translations: { fr: { title: 'Une liste vide' } }, exceptions: '# No exceptions granted.\n[]\n' },
    ],
    invalid: [
      { title: 'A misspelt key', translations: { fr: { title: 'Une clé mal orthographiée' } }, exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office.\n  grantedBy: {staff}\n  expiry: 2026-12-31\n', reports: [{ at: 'expiry', message: '"expiry" is not a field of an exception; use group, rule, reason, grantedBy, expires. Did you mean "expires"?' }] },
      { title: 'An unknown rule', translations: { fr: { title: 'Une règle inconnue' } }, exceptions: '- group: lyon\n  rule: donations\n  reason: Raffle agreed with the office.\n  grantedBy: {staff}\n  expires: 2026-12-31\n', reports: [{ at: 'donations', message: 'There is no rule "donations". Use the rule id shown in the checker\'s message, for example "solicitation".' }] },
      { title: 'An unknown group', translations: { fr: { title: 'Un groupe inconnu' } }, exceptions: '- group: lyons\n  rule: solicitation\n  reason: Raffle agreed with the office.\n  grantedBy: {staff}\n  expires: 2026-12-31\n', reports: [{ at: 'lyons', message: 'No group has the slug "lyons" (the group file\'s name without .mdx). Did you mean "lyon"?' }] },
      { title: 'A date that does not exist', translations: { fr: { title: 'Une date qui n’existe pas' } }, exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office.\n  grantedBy: {staff}\n  expires: 2026-02-30\n', reports: [{ at: '2026-02-30', message: '"2026-02-30" is not a real date; write the expiry date as YYYY-MM-DD, for example 2026-12-31.' }] },
      { title: 'Not valid YAML', translations: { fr: { title: 'Du YAML non valide' } }, exceptions: '- group: lyon\n  rule: [solicitation\n', reports: [{ at: '', message: 'The exceptions file is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Each exception is a list item: "- group: <slug>" followed by rule, reason, grantedBy and expires.' }] },
    ],
  },
});
