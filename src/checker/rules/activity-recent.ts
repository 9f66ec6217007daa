import { organization as configured } from '../../config/organization.ts';
import { monthsBefore } from '../dates.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'activity-recent',
  severity: 'time',
  summary: `the last activity is within the inactivity window (${configured.inactivityMonths} months)`,
  guideline: 'ending-a-group#deactivation',
  rationale: `Readers should only be sent to groups that are alive; a group silent for more than ${configured.inactivityMonths} months is due for deactivation after a talk with its managers.`,
  translations: {
    fr: {
      summary: `la dernière activité se situe dans le délai d’inactivité (${configured.inactivityMonths} mois)`,
      rationale:
        `Les lecteurs ne doivent être dirigés que vers des groupes actifs ; un groupe resté silencieux pendant plus de ${configured.inactivityMonths} mois est appelé à être désactivé, après un entretien avec ses gestionnaires.`,
    },
  },
  examples: {
    valid: [{ title: 'Active last spring', translations: { fr: { title: 'Actif au printemps dernier' } }, frontmatter: 'lastActivity: 2026-03-20' }],
    invalid: [{ title: 'Nothing for over a year', translations: { fr: { title: 'Rien depuis plus d’un an' } }, frontmatter: 'lastActivity: 2025-04-30', reports: [{ at: '2025-04-30', message: 'The last activity was on 2025-04-30, more than 12 months ago, so the group is due for deactivation. If the group is active, update lastActivity to the date of its latest event, post or meeting.' }] }],
  },
  check(group, { today, organization, report }) {
    const data = group.data;
    const last = data?.lastActivity;
    // A date that is not one (12/05/2026) is the schema's to report: no age can be told from it.
    if (typeof last !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(last) || (data?.status ?? 'active') !== 'active') return;
    const cutoff = monthsBefore(today, organization.inactivityMonths);
    if (last >= cutoff) return;
    report(
      group.rangeOf(['lastActivity']),
      `The last activity was on ${last}, more than ${organization.inactivityMonths} months ago, so the group is due for deactivation. If the group is active, update lastActivity to the date of its latest event, post or meeting.`,
    );
  },
});
