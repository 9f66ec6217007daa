import { organization as configured, type Organization } from '../../config/organization.ts';
import { parseDay } from '../dates.ts';
import { defineRule } from './define.ts';

/** The day next year's plan counts from, in words, with the month named by Intl: "1 October", or in French "1er octobre". */
function nextYearPlanDay({ month, day }: Organization['nextYearPlanFrom'], locale: 'en-GB' | 'fr-FR' = 'en-GB'): string {
  const written = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, day));
  // French writes the first of the month as an ordinal, as the site's dates do (src/lib/format.ts).
  return locale === 'fr-FR' && day === 1 ? written.replace(/^1 /, '1er ') : written;
}

/** Whether next year's plan counts on `today` (from the configured day of the year on). */
const nextYearAllowedOn = (today: string, { month, day }: Organization['nextYearPlanFrom']) => {
  const now = parseDay(today);
  return now.month > month || (now.month === month && now.day >= day);
};

/** Whether a plan for `year` is current on `today`: this year's, or next year's from the configured day. */
export function isPlanCurrent(year: number, today: string, nextYearPlanFrom: Organization['nextYearPlanFrom']): boolean {
  const thisYear = parseDay(today).year;
  return year === thisYear || (year === thisYear + 1 && nextYearAllowedOn(today, nextYearPlanFrom));
}

export default defineRule({
  id: 'annual-plan-current',
  severity: 'time',
  summary: `the annual plan is for the current year (or next year, from ${nextYearPlanDay(configured.nextYearPlanFrom)})`,
  guideline: 'planning-and-communications#annual-plan',
  rationale: 'The office promotes and supports what groups plan; a plan for a past year tells it nothing about what is coming.',
  translations: {
    fr: {
      summary: `le plan annuel porte sur l’année en cours (ou sur l’année suivante, à partir du ${nextYearPlanDay(configured.nextYearPlanFrom, 'fr-FR')})`,
      rationale: 'Le bureau fait connaître et soutient ce que les groupes prévoient ; un plan portant sur une année écoulée ne lui apprend rien de ce qui se prépare.',
    },
  },
  examples: {
    valid: [{ title: "This year's plan", translations: { fr: { title: 'Le plan de cette année' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Autumn lecture\n      date: 2026-10\n      kind: event' }],
    invalid: [{ title: "Last year's plan", translations: { fr: { title: 'Le plan de l’an dernier' } }, frontmatter: 'annualPlan:\n  year: 2025\n  activities:\n    - title: Autumn lecture\n      date: 2025-10\n      kind: event', reports: [{ at: '2025', message: 'The annual plan is for 2025, which is over. Replace it with your plan for 2026 and share it with the {office}.' }] }],
  },
  check(group, { today, organization, report }) {
    const data = group.data;
    const year = (data?.annualPlan as { year?: unknown } | undefined)?.year;
    if (typeof year !== 'number' || (data?.status ?? 'active') !== 'active') return;
    if (isPlanCurrent(year, today, organization.nextYearPlanFrom)) return;
    const now = parseDay(today);
    const nextYearAllowed = nextYearAllowedOn(today, organization.nextYearPlanFrom);
    const expected = nextYearAllowed ? `${now.year} or ${now.year + 1}` : String(now.year);
    const message =
      year < now.year
        ? `The annual plan is for ${year}, which is over. Replace it with your plan for ${expected} and share it with the ${organization.office.name}.`
        : `The annual plan is for ${year}; until ${nextYearPlanDay(organization.nextYearPlanFrom)} the plan must be for ${now.year}. Keep your ${now.year} plan here for now.`;
    report(group.rangeOf(['annualPlan', 'year']), message);
  },
});
