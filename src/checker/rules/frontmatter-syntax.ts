import { defineRule } from './define.ts';

export default defineRule({
  id: 'frontmatter-syntax',
  raisedBy: 'parser',
  severity: 'error',
  summary: 'the front matter is present and valid YAML',
  guideline: 'the-group-file#front-matter',
  rationale: 'Every other check reads the fields in the front matter, so it must be there and be well-formed YAML.',
  translations: {
    fr: {
      summary: 'l’en-tête est présent et rédigé en YAML valide',
      rationale: 'Toutes les autres vérifications lisent les champs de l’en-tête ; celui-ci doit donc être présent et rédigé en YAML bien formé.',
    },
  },
  examples: {
    valid: [{ title: 'Fields between two lines of three dashes', translations: { fr: { title: 'Des champs entre deux lignes de trois traits d’union' } }, frontmatter: 'summary: "Alumni in Lyon: talks, visits and a summer picnic."' }],
    invalid: [
      { title: 'No front matter at all', translations: { fr: { title: 'Aucun en-tête' } }, source: '# {network} Lyon Group\n\nWe meet every month.\n', reports: [{ at: '# {network} Lyon Group', message: 'The file must start with front matter: a line "---", the fields, then a closing line "---". Copy the template from the "Add your group" page.' }] },
      { title: 'A colon followed by a space inside an unquoted value', translations: { fr: { title: 'Un deux-points suivi d’une espace dans une valeur sans guillemets' } }, source: '---\nname: {network} Lyon Group\nsummary: Alumni in Lyon: talks and visits.\n---\n', reports: [{ at: 'summary: Alumni in Lyon: talks and visits.', message: 'The value of summary contains ": ", which YAML reads as the start of another field. Put the whole value in double quotes: summary: "Alumni in Lyon: talks and visits."' }] },
      { title: 'A value in curly quotes, with a colon inside', translations: { fr: { title: 'Une valeur entre guillemets typographiques, contenant un deux-points' } }, source: '---\nname: {network} Lyon Group\nsummary: “Alumni in Lyon: talks and visits.”\n---\n', reports: [{ at: 'summary: “Alumni in Lyon: talks and visits.”', message: 'The value of summary starts with a curly quote (“), which YAML does not read as a quote. Use straight double quotes: summary: "Alumni in Lyon: talks and visits."' }] },
      { title: 'A quote that is never closed', translations: { fr: { title: 'Un guillemet qui n’est jamais refermé' } }, source: '---\nname: {network} Lyon Group\nsummary: "Alumni in Lyon meet for talks\n---\n', reports: [{ at: 'summary: "Alumni in Lyon meet for talks', message: 'The value of summary opens a quote (") that the line does not close. Close it at the end of the line: summary: "Alumni in Lyon meet for talks"' }] },
      { title: 'A list pasted with bullets', translations: { fr: { title: 'Une liste collée avec ses puces' } }, source: '---\nname: {network} Lyon Group\nobjectives:\n• Keep alumni in touch\n• Visit laboratories\n---\n', reports: [{ at: '• Keep alumni in touch', message: 'A list item starts with "- " (a hyphen and a space), not with "•". Write it as: - Keep alumni in touch, and the same for the line below.' }] },
      { title: 'A line indented with a tab', translations: { fr: { title: 'Une ligne indentée par une tabulation' } }, source: '---\nname: {network} Lyon Group\nmanagers:\n\t- name: Claire Martin\n---\n', reports: [{ at: '	- name: Claire Martin', message: 'This line is indented with a tab, and YAML accepts only spaces. Write it after 2 spaces: - name: Claire Martin' }] },
      { title: 'A "#" inside a value, which YAML takes for a comment', translations: { fr: { title: 'Un « # » dans une valeur, que YAML prend pour un commentaire' } }, source: '---\nname: {network} Lyon Group\nregion: Lyon #1, France\n---\n', reports: [{ at: 'region: Lyon #1, France', message: 'YAML reads everything from " #" on as a comment, so region would be only "Lyon". Put the whole value in double quotes: region: "Lyon #1, France"' }] },
      { title: 'The same field twice', translations: { fr: { title: 'Le même champ deux fois' } }, source: '---\nname: {network} Lyon Group\nname: Lyon Alumni\n---\n', reports: [{ at: 'n', message: 'This field appears twice in the front matter. Keep one of them.' }] },
    ],
  },
});
