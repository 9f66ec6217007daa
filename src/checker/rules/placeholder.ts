import { escapeRegExp } from '../text/matching.ts';
import { templateText } from '../template-text.ts';
import type { FieldPath } from '../types.ts';
import { defineRule } from './define.ts';

/** The template's example words, as whole words anywhere in a text. */
const exampleWords = new RegExp(`\\b(?:${[templateText.groupName, templateText.place, ...templateText.managers.flatMap((manager) => [manager.name, manager.github]), templateText.activity].map(escapeRegExp).join('|')})\\b`, 'i');

/** The template's country left at the end of a region: "Lyon, Country". */
const countryLeftIn = new RegExp(`,\\s*${escapeRegExp(templateText.country)}\\s*$`);

export default defineRule({
  id: 'placeholder',
  severity: 'error',
  summary: 'no example text of the template is left in the file',
  guideline: 'the-group-file#front-matter',
  rationale: 'The template is filled with example words so that it passes the checker as it is. Left in a group file, they would publish a group run by "First Manager" in "Example City".',
  translations: {
    fr: {
      summary: 'aucun texte d’exemple du modèle ne reste dans le fichier',
      rationale:
        'Le modèle est rempli de mots d’exemple afin d’être accepté tel quel par le vérificateur. Laissés dans le fichier d’un groupe, ces mots publieraient un groupe géré par « First Manager » à « Example City ».',
    },
  },
  examples: {
    valid: [
      { title: 'A group’s own words', translations: { fr: { title: 'Un texte propre au groupe' } }, frontmatter: 'summary: Alumni around Lyon meet for talks and visits.' },
      { title: '“Country” as an everyday word', translations: { fr: { title: '« Country » comme mot courant' } }, frontmatter: 'summary: Alumni from across the country meet in Lyon.' },
    ],
    invalid: [
      {
        title: 'The example country left in the region',
        translations: { fr: { title: 'Le pays d’exemple laissé dans la région' } },
        frontmatter: 'region: Lyon, Country',
        reports: [{ at: 'Lyon, Country', message: 'Replace the template’s example text "Country" in region with your region’s country, for example "Lyon, France".' }],
      },
      { title: 'The example city left in', translations: { fr: { title: 'La ville d’exemple laissée en place' } }, frontmatter: 'region: Example City, Country', reports: [{ at: 'Example City, Country', message: 'Replace the template’s example text "Example City" in region with your group’s own.' }] },
      {
        title: 'The example managers left in',
        translations: { fr: { title: 'Les gestionnaires d’exemple laissés en place' } },
        frontmatter: 'managers:\n  - name: First Manager\n    github: first-manager\n  - name: Karim Haddad\n    github: khaddad',
        reports: [
          { at: 'First Manager', message: 'Replace the template’s example text "First Manager" in managers → 1 → name with your group’s own.' },
          { at: 'first-manager', message: 'Replace the template’s example text "first-manager" in managers → 1 → github with your group’s own.' },
        ],
      },
      { title: 'The example page text left in', translations: { fr: { title: 'Le texte d’exemple de la page laissé en place' } }, body: `${templateText.body}\n`, reports: [{ at: templateText.body, message: 'Replace the template’s example paragraph with a few paragraphs of your own: who the group is for, what it does and how to take part.' }] },
      { title: 'The example file name kept', translations: { fr: { title: 'Le nom de fichier d’exemple conservé' } }, fileName: `${templateText.fileName}.mdx`, reports: [{ at: '', message: `Rename "${templateText.fileName}.mdx" after your group: its file name becomes the address of its page, for example "lyon.mdx".` }] },
    ],
  },
  check(group, { report }) {
    if (group.slug === templateText.fileName) report(group.rangeAt(0, 0), `Rename "${templateText.fileName}.mdx" after your group: its file name becomes the address of its page, for example "lyon.mdx".`);
    const visit = (value: unknown, path: PropertyKey[]) => {
      if (typeof value === 'string') {
        const found = exampleWords.exec(value);
        if (found) report(group.rangeOf(path, 'value'), `Replace the template’s example text "${found[0]}" in ${path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' → ')} with your group’s own.`);
      } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    };
    visit(group.data, [] satisfies FieldPath);
    // "Country" is an everyday word; only as the country of the region ("Lyon, Country") is it the template's.
    const region = group.data?.region;
    if (typeof region === 'string' && countryLeftIn.test(region) && !exampleWords.test(region)) {
      report(group.rangeOf(['region'], 'value'), `Replace the template’s example text "${templateText.country}" in region with your region’s country, for example "Lyon, France".`);
    }
    const body = group.bodySource ?? '';
    const at = body.indexOf(templateText.body);
    if (at >= 0) report(group.rangeInBody(at, at + templateText.body.length), 'Replace the template’s example paragraph with a few paragraphs of your own: who the group is for, what it does and how to take part.');
  },
});
