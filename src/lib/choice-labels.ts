/**
 * What readers and managers see for each choice of the group file: the issue form, the directory and the
 * editor show these words, and read them back as the ids the file holds.
 */
import { groupTypes, organization, type Organization } from '../config/organization.ts';
import { defaultLanguage, type Language } from '../i18n/language.ts';
import type { activityKinds, managedByValues, socialPlatforms, visibilityValues } from '../schema/group.ts';

type Labels<Ids extends readonly string[]> = Record<Ids[number], string>;

/** The labels of every choice, in the language of the page (English for the issue form and the command line). */
export function choiceLabels(org: Organization = organization, language: Language = defaultLanguage) {
  const platforms = { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X', instagram: 'Instagram', mastodon: 'Mastodon', bluesky: 'Bluesky', youtube: 'YouTube' };
  if (language === 'fr') {
    const of = org.translations?.fr?.ofOrganization ?? `de ${org.name}`;
    return {
      type: (org.translations?.fr?.groupTypes ?? groupTypes) as Readonly<Record<string, string>>,
      managedBy: { alumni: `Géré par des alumni, indépendamment ${of}`, organization: `Géré par le personnel ${of}` } satisfies Labels<typeof managedByValues>,
      visibility: { public: 'Public\u00a0: toute personne inscrite comme alumni peut le rejoindre', private: 'Privé\u00a0: les gestionnaires acceptent ou refusent chaque demande' } satisfies Labels<typeof visibilityValues>,
      kind: { event: 'Événement', communication: 'Communication', meeting: 'Réunion', other: 'Autre' } satisfies Labels<typeof activityKinds>,
      platform: { ...platforms, other: 'Autre page' } satisfies Labels<typeof socialPlatforms>,
    };
  }
  return {
    type: groupTypes as Readonly<Record<string, string>>,
    managedBy: { alumni: `Run by alumni, independently of ${org.name}`, organization: `Run by ${org.name} staff` } satisfies Labels<typeof managedByValues>,
    visibility: { public: 'Public: any registered alumnus or alumna may join', private: 'Private: the managers accept or decline each request' } satisfies Labels<typeof visibilityValues>,
    kind: { event: 'Event', communication: 'Communication', meeting: 'Meeting', other: 'Other' } satisfies Labels<typeof activityKinds>,
    platform: { ...platforms, other: 'Other page' } satisfies Labels<typeof socialPlatforms>,
  };
}

/** The id a label stands for, or the text itself when it is already an id (a form filled in by hand). */
export function idOfLabel(labels: Readonly<Record<string, string>>, text: string): string {
  const trimmed = text.trim();
  return Object.entries(labels).find(([id, label]) => label === trimmed || id === trimmed)?.[0] ?? trimmed;
}
