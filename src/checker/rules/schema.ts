import { defineRule } from './define.ts';

export default defineRule({
  id: 'schema',
  raisedBy: 'schema',
  severity: 'error',
  summary: 'every field is present, of the right type and value; no unknown field',
  guideline: 'the-group-file#front-matter',
  rationale: 'The directory, the group page and the office all rely on the same fields; a misspelt or missing field would silently drop information.',
  translations: {
    fr: {
      summary: 'chaque champ est présent, du bon type et d’une valeur admise ; aucun champ inconnu',
      rationale:
        'L’annuaire, la page du groupe et le bureau s’appuient tous sur les mêmes champs ; un champ mal orthographié ou manquant ferait disparaître des informations sans que rien ne le signale.',
    },
  },
  examples: {
    valid: [{ title: 'An optional founding date', translations: { fr: { title: 'Une date de création facultative' } }, frontmatter: 'founded: 2019-04-01' }],
    invalid: [
      { title: 'A misspelt field name', translations: { fr: { title: 'Un nom de champ mal orthographié' } }, frontmatter: 'summery: Alumni around Lyon meet for talks and visits.', reports: [{ at: 'summery', message: '"summery" is not a field of the front matter. The fields are: name, type, managedBy, visibility, status, summary, region, founded, managers, objectives, joinCriteria, lastActivity, annualPlan, channels, disclaimer.' }] },
      { title: 'A value that is not one of the choices', translations: { fr: { title: 'Une valeur qui ne fait pas partie des choix possibles' } }, frontmatter: 'type: regonal', reports: [{ at: 'regonal', message: 'type is "regonal", which is not allowed. Did you mean "regional"? Use one of: scientific-collaboration, regional, partnership, school, student-programme, activity, other.' }] },
      { title: 'A date that does not exist', translations: { fr: { title: 'Une date qui n’existe pas' } }, frontmatter: 'founded: 2025-02-30', reports: [{ at: '2025-02-30', message: 'founded: "2025-02-30" is not a real date; write it as YYYY-MM-DD, for example 2026-04-01.' }] },
      { title: 'A website that is not https', translations: { fr: { title: 'Un site web qui n’est pas en https' } }, frontmatter: 'channels:\n  website: http://lyon-alumni.example.org', reports: [{ at: 'http://lyon-alumni.example.org', message: 'channels, website: Give a full https:// address, for example https://example.org/our-group.' }] },
    ],
  },
});
