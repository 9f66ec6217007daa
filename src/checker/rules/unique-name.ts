import { lookAlikeKey } from '../look-alike.ts';
import type { ParsedGroup } from '../types.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'unique-name',
  severity: 'error',
  summary: 'no two groups share a name or a slug (ignoring case, invisible characters and look-alike letters)',
  guideline: 'starting-a-group#choose-a-name-and-slug',
  rationale:
    'Readers find a group by its name and its address; two groups with the same name confuse members and the office alike. Names are compared as a reader sees them, so a name cannot pass for another with a Cyrillic letter, a zero for an O or a zero-width space.',
  translations: {
    fr: {
      summary: 'aucun nom ni identifiant (slug) n’est commun à deux groupes (sans tenir compte de la casse, des caractères invisibles ni des lettres d’apparence semblable)',
      rationale:
        'Les lecteurs trouvent un groupe par son nom et son adresse ; deux groupes portant le même nom sèment la confusion chez les membres comme au bureau. Les noms sont comparés tels qu’un lecteur les voit, de sorte qu’un nom ne peut pas se faire passer pour un autre grâce à une lettre cyrillique, à un zéro à la place d’un O ou à une espace sans chasse.',
    },
  },
  examples: {
    valid: [{ title: 'A different name from every other group', translations: { fr: { title: 'Un nom différent de celui de tous les autres groupes' } }, otherGroups: ['name: {network} Grenoble Group'] }],
    invalid: [
      { title: 'The same name as another group, in other capitals', translations: { fr: { title: 'Le même nom qu’un autre groupe, avec des majuscules différentes' } }, otherGroups: ['name: {network} LYON GROUP'], reports: [{ at: '{network} Lyon Group', message: 'Another group already has this name (src/content/groups/other-1.mdx). Choose a distinct name, for example by adding your city or field.' }] },
      { title: 'The same name with look-alike letters', translations: { fr: { title: 'Le même nom avec des lettres d’apparence identique' } }, otherGroups: ['name: "{network} L\u0443on Gr\u200Boup"'], reports: [{ at: '{network} Lyon Group', message: 'Another group already has this name (src/content/groups/other-1.mdx). Choose a distinct name, for example by adding your city or field.' }] },
    ],
  },
  checkAll(groups, { report }) {
    const byName = new Map<string, ParsedGroup[]>();
    const bySlug = new Map<string, ParsedGroup[]>();
    for (const group of groups) {
      const name = group.data?.name;
      if (typeof name === 'string' && name.trim()) append(byName, lookAlikeKey(name), group);
      append(bySlug, group.slug.toLowerCase(), group);
    }
    for (const sharing of byName.values()) {
      for (const group of sharing.length > 1 ? sharing : []) {
        const others = sharing.filter((other) => other !== group).map((other) => other.path);
        report(group, group.rangeOf(['name']), `Another group already has this name (${others.join(', ')}). Choose a distinct name, for example by adding your city or field.`);
      }
    }
    for (const sharing of bySlug.values()) {
      for (const group of sharing.length > 1 ? sharing : []) {
        const others = sharing.filter((other) => other !== group).map((other) => other.path);
        report(group, { line: 1, column: 1, endLine: 1, endColumn: 1 }, `Another group file has the same file name, ignoring case (${others.join(', ')}). Rename this file to a distinct slug.`);
      }
    }
  },
});


function append(map: Map<string, ParsedGroup[]>, key: string, group: ParsedGroup) {
  const list = map.get(key);
  if (list) list.push(group);
  else map.set(key, [group]);
}
