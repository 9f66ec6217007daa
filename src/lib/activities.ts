/**
 * The network's planned activities, across groups: every listed group's plan, from a day on, in date
 * order, each with its group. The /activities/ page and the home page show them.
 */
import type { GroupEntry } from './content.ts';
import { groupLanguage } from './group-language.ts';
import { isUpcoming } from './format.ts';
import { placeOf } from './places.ts';

export interface NetworkActivity {
  title: string;
  /** YYYY-MM-DD, or YYYY-MM when the day is not fixed yet. */
  date: string;
  kind: string;
  location?: string;
  group: { slug: string; name: string; type: string; region?: string; country?: string; language?: string | undefined };
}

/** The activities still to come on `today`, soonest first; a month-only date comes before the days of its month are listed. */
export function upcomingActivities(groups: readonly GroupEntry[], today: string): NetworkActivity[] {
  const activities: NetworkActivity[] = [];
  for (const group of groups) {
    if (group.data.status !== 'active') continue;
    const place = placeOf(group.data.region);
    for (const activity of group.data.annualPlan.activities) {
      if (!isUpcoming(activity.date, today)) continue;
      activities.push({
        title: activity.title,
        date: activity.date,
        kind: activity.kind,
        ...(activity.location && { location: activity.location }),
        group: {
          slug: group.id,
          name: group.data.name,
          type: group.data.type,
          language: groupLanguage(group),
          ...(place && { region: place.region }),
          ...(place?.country && { country: place.country.toLowerCase() }),
        },
      });
    }
  }
  return activities.sort((a, b) => a.date.localeCompare(b.date) || a.group.name.localeCompare(b.group.name, 'en') || a.title.localeCompare(b.title, 'en'));
}

/** The activities by month ("2026-12"), in order. */
export function byMonth(activities: readonly NetworkActivity[]): [month: string, activities: NetworkActivity[]][] {
  const months = new Map<string, NetworkActivity[]>();
  for (const activity of activities) {
    const month = activity.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), activity]);
  }
  return [...months];
}
