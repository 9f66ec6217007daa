/**
 * The group file's fields in the site's other languages: each field's title and description, by its
 * name in the field table (`managers[].name`). English is the schema's own `.meta()` in group.ts; this
 * sits beside it so that a field added or reworded there is translated here in the same change. The
 * field table and the editor both read it, and test/field-text.test.ts holds it to the schema.
 */
import type { OtherLanguage } from '../config/organization-type.ts';
import { organization } from '../config/organization.ts';
import { formatNumber } from '../lib/format.ts';

/** A field's words: a description exactly where the schema has one in English. Backticks mark values, as in the schema. */
export interface FieldText {
  readonly title: string;
  readonly description?: string;
}

export const groupFieldText: Readonly<Record<OtherLanguage, Readonly<Record<string, FieldText>>>> = {
  fr: {
    name: { title: 'Nom du groupe', description: 'Le nom complet du groupe, différent de celui de tout autre groupe. Il est repris mot pour mot dans l’avertissement d’indépendance.' },
    type: { title: 'Type de groupe', description: 'Le type de groupe dont il s’agit\u00a0; le chapitre «\u00a0À propos des groupes d’alumni\u00a0» décrit chaque type.' },
    managedBy: { title: 'Qui le gère', description: `\`alumni\` pour les groupes gérés par des alumni, \`organization\` pour les groupes gérés par le personnel de l’organisation (${organization.name}).` },
    visibility: { title: 'Qui peut rejoindre le groupe', description: '`public`\u00a0: toute personne inscrite comme alumni peut le rejoindre\u00a0; `private`\u00a0: les gestionnaires examinent les demandes d’adhésion.' },
    status: { title: 'Statut', description: 'Seul le bureau attribue les valeurs `inactive` et `terminated`\u00a0; les nouveaux groupes omettent ce champ.' },
    summary: { title: 'Résumé', description: 'Une phrase qui dit ce qu’est le groupe, affichée dans l’annuaire.' },
    region: { title: 'Région', description: 'La ville ou la zone, et le pays, par exemple `Nairobi, Kenya`. Obligatoire pour les groupes régionaux.' },
    founded: { title: 'Date de création', description: 'La date à laquelle le groupe a commencé.' },
    managers: {
      title: 'Gestionnaires',
      description: `${formatNumber(organization.managers.min, 'fr')} ou ${formatNumber(organization.managers.max, 'fr')} personnes, chacune avec son nom et son nom d’utilisateur GitHub\u00a0; personne ne figure deux fois, et jamais de coordonnées.`,
    },
    'managers[].name': { title: 'Nom complet', description: 'Le nom complet de la personne, affiché sur la page du groupe.' },
    'managers[].github': { title: 'Nom d’utilisateur GitHub', description: 'Le nom d’utilisateur GitHub, sans @.' },
    objectives: { title: 'Objectifs', description: 'De 1 à 5 phrases courtes qui disent à quoi sert le groupe.' },
    joinCriteria: {
      title: 'Qui peut demander à rejoindre le groupe',
      description:
        'Les critères d’adhésion\u00a0; obligatoires pour les groupes privés. Ils doivent être équitables\u00a0: jamais la profession, la nationalité, la culture, l’âge, la génération, le genre ou les préférences personnelles.',
    },
    lastActivity: { title: 'Dernière activité', description: 'La date de l’activité la plus récente du groupe (événement, publication, réunion).' },
    annualPlan: { title: 'Plan annuel', description: 'Le plan communiqué chaque année au bureau\u00a0: son année et au moins une activité.' },
    'annualPlan.year': { title: 'Année' },
    'annualPlan.activities': { title: 'Activités' },
    'annualPlan.activities[].title': { title: 'Titre' },
    'annualPlan.activities[].date': { title: 'Date', description: 'YYYY-MM-DD, ou YYYY-MM lorsque le jour n’est pas encore fixé.' },
    'annualPlan.activities[].kind': { title: 'Type', description: 'Le type d’activité dont il s’agit.' },
    'annualPlan.activities[].location': { title: 'Lieu' },
    channels: { title: 'Site web et réseaux sociaux', description: 'Le site web du groupe et ses pages de réseaux sociaux, chacun avec son adresse https:// complète.' },
    'channels.website': { title: 'Site web' },
    'channels.social': { title: 'Pages de réseaux sociaux' },
    'channels.social[].platform': { title: 'Plateforme' },
    'channels.social[].url': { title: 'Adresse' },
    disclaimer: {
      title: 'Avertissement d’indépendance',
      description:
        'Obligatoire pour les groupes gérés par des alumni\u00a0: les déclarations d’indépendance qui s’appliquent, mot pour mot (chapitre «\u00a0Sites web et réseaux sociaux\u00a0»). Les groupes gérés par l’organisation n’en ont pas.',
    },
  },
};
