/** The office dashboard's figures for its charts, from the groups the build published, labelled in the page's language. */
import { organization } from '../config/organization.ts';
import { isPlanCurrent } from '../checker/rules/annual-plan-current.ts';
import { defaultLanguage, type Language } from '../i18n/language.ts';
import { organizationIn } from '../i18n/organization-text.ts';
import type { GroupEntry } from './content.ts';
import { formatDate } from './format.ts';
import { countryName, placeOf } from './places.ts';

export interface Bar {
  label: string;
  value: number;
}

/** The charts' own words; months and countries are named by Intl in the language. */
const chartText: Record<Language, { unknownCountry: string; noRegion: string; today: (date: string) => string }> = {
  en: {
    unknownCountry: 'Region without a known country',
    noRegion: 'No region',
    today: (date) => `Today (${date})`,
  },
  fr: {
    unknownCountry: 'Région sans pays reconnu',
    noRegion: 'Sans région',
    today: (date) => `Aujourd’hui (${date})`,
  },
};

/** How many groups have each value of `key`, most first, then in the language's alphabetical order. */
export function countBy(groups: readonly GroupEntry[], key: (group: GroupEntry) => string, language: Language = defaultLanguage): Bar[] {
  const counts = new Map<string, number>();
  for (const group of groups) {
    const value = key(group);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, language));
}

export const groupsByType = (groups: readonly GroupEntry[], language: Language = defaultLanguage): Bar[] => {
  const types = organizationIn(language).groupTypes as Readonly<Record<string, string>>;
  return countBy(groups, (group) => types[group.data.type] ?? group.data.type, language);
};

/** By the country the region names; groups without a region (collaborations, schools) counted apart. */
export function groupsByCountry(groups: readonly GroupEntry[], language: Language = defaultLanguage): Bar[] {
  const text = chartText[language];
  return countBy(
    groups,
    (group) => {
      const country = placeOf(group.data.region)?.country;
      return country ? countryName(country, language) : group.data.region ? text.unknownCountry : text.noRegion;
    },
    language,
  );
}

/** The first day of the month `offset` months after `today`'s month. */
function monthStart(today: string, offset: number): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 + offset, 1));
  return date.toISOString().slice(0, 10);
}

/**
 * How many active groups' plans will be overdue at the start of each of the next `months` months if no
 * group renews its plan: where the office's reminders are needed, and when.
 */
export function overduePlansAhead(groups: readonly GroupEntry[], today: string, months = 12, language: Language = defaultLanguage): Bar[] {
  const active = groups.filter((group) => group.data.status === 'active');
  return Array.from({ length: months }, (_, offset) => {
    const day = offset === 0 ? today : monthStart(today, offset);
    return {
      label: offset === 0 ? chartText[language].today(formatDate(day, language)) : formatDate(day.slice(0, 7), language),
      value: active.filter((group) => !isPlanCurrent(group.data.annualPlan.year, day, organization.nextYearPlanFrom)).length,
    };
  });
}

/** The activities every plan holds, by month, in date order. */
export function activitiesByMonth(groups: readonly GroupEntry[], language: Language = defaultLanguage): Bar[] {
  const counts = new Map<string, number>();
  for (const group of groups) for (const activity of group.data.annualPlan.activities) counts.set(activity.date.slice(0, 7), (counts.get(activity.date.slice(0, 7)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, value]) => ({ label: formatDate(month, language), value }));
}
