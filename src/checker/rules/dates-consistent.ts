import { isDayText, parseDay } from '../dates.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'dates-consistent',
  severity: 'error',
  summary: 'founded and lastActivity are not after today; every plan activity falls in the plan year',
  guideline: 'the-group-file#dates',
  rationale: 'Dates in the future or outside the plan year are almost always typing mistakes, and they would mislead readers and the office.',
  translations: {
    fr: {
      summary: 'founded et lastActivity ne sont pas postérieures à la date du jour ; chaque activité du plan se situe dans l’année du plan',
      rationale:
        'Des dates situées dans l’avenir ou en dehors de l’année du plan sont presque toujours des fautes de frappe, et elles induiraient en erreur les lecteurs comme le bureau.',
    },
  },
  examples: {
    valid: [{ title: 'An activity whose day is not fixed yet', translations: { fr: { title: 'Une activité dont le jour n’est pas encore fixé' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Winter dinner\n      date: 2026-12\n      kind: event' }],
    invalid: [
      { title: 'Last activity in the future', translations: { fr: { title: 'Une dernière activité située dans le futur' } }, frontmatter: 'lastActivity: 2027-01-10', reports: [{ at: '2027-01-10', message: 'lastActivity is 2027-01-10, which is after today (2026-06-15). Use a date that has already happened.' }] },
      { title: 'An activity outside the plan year', translations: { fr: { title: 'Une activité hors de l’année du plan' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: New Year drinks\n      date: 2027-01-08\n      kind: event', reports: [{ at: '2027-01-08', message: 'This activity is dated 2027-01-08, outside the plan year 2026. Move it into 2026, or into next year\'s plan.' }] },
    ],
  },
  check(group, { today, report }) {
    const data = group.data ?? {};
    for (const field of ['founded', 'lastActivity'] as const) {
      const value = data[field];
      if (isDayText(value) && value > today) {
        report(group.rangeOf([field]), `${field} is ${value}, which is after today (${today}). Use a date that has already happened.`);
      }
    }
    if (isDayText(data.founded) && isDayText(data.lastActivity) && data.lastActivity < data.founded) {
      report(group.rangeOf(['lastActivity']), `lastActivity (${data.lastActivity}) is before the group was founded (${data.founded}). Correct one of the two dates.`);
    }
    const plan = data.annualPlan as { year?: unknown; activities?: unknown } | undefined;
    if (typeof plan?.year !== 'number' || !Array.isArray(plan.activities)) return;
    plan.activities.forEach((activity: unknown, index) => {
      const date = (activity as { date?: unknown } | null)?.date;
      if (isDayText(date) && parseDay(date).year !== plan.year) {
        report(group.rangeOf(['annualPlan', 'activities', index, 'date']), `This activity is dated ${date}, outside the plan year ${plan.year}. Move it into ${plan.year}, or into next year's plan.`);
      }
    });
  },
});
