/**
 * What readers and managers see for each choice of the group file: the issue form, the directory and the
 * editor show these words, and read them back as the ids the file holds.
 */
import { groupTypes, organization, type Organization } from '../config/organization.ts';
import type { activityKinds, managedByValues, socialPlatforms, visibilityValues } from '../schema/group.ts';

export function choiceLabels(org: Organization = organization) {
  return {
    type: groupTypes as Readonly<Record<string, string>>,
    managedBy: { alumni: `Run by alumni, independently of ${org.name}`, organization: `Run by ${org.name} staff` } satisfies Record<(typeof managedByValues)[number], string>,
    visibility: { public: 'Public: any registered alumnus or alumna may join', private: 'Private: the managers accept or decline each request' } satisfies Record<(typeof visibilityValues)[number], string>,
    kind: { event: 'Event', communication: 'Communication', meeting: 'Meeting', other: 'Other' } satisfies Record<(typeof activityKinds)[number], string>,
    platform: {
      facebook: 'Facebook',
      linkedin: 'LinkedIn',
      x: 'X',
      instagram: 'Instagram',
      mastodon: 'Mastodon',
      bluesky: 'Bluesky',
      youtube: 'YouTube',
      other: 'Other page',
    } satisfies Record<(typeof socialPlatforms)[number], string>,
  };
}

/** The id a label stands for, or the text itself when it is already an id (a form filled in by hand). */
export function idOfLabel(labels: Readonly<Record<string, string>>, text: string): string {
  const trimmed = text.trim();
  return Object.entries(labels).find(([id, label]) => label === trimmed || id === trimmed)?.[0] ?? trimmed;
}
