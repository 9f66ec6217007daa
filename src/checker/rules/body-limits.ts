import { defineRule } from './define.ts';

export default defineRule({
  id: 'body-limits',
  raisedBy: 'parser',
  severity: 'error',
  summary: 'the body stays within the limits that keep checking and building it fast: nesting and emphasis marks',
  guideline: 'the-group-file#encoding-and-size',
  rationale:
    'Some texts take a Markdown parser time that grows with the square of their length: lists or quotes nested hundreds of levels deep, or thousands of emphasis marks that never close. No real page needs them, and refusing them keeps every check and every build fast, whatever a file holds.',
  translations: {
    fr: {
      summary: 'le corps respecte les limites qui permettent de le vérifier et de le générer rapidement : niveaux d’imbrication et marques d’emphase',
      rationale:
        'Certains textes demandent à un analyseur Markdown un temps qui croît avec le carré de leur longueur : des listes ou des citations imbriquées sur des centaines de niveaux, ou des milliers de marques d’emphase qui ne sont jamais fermées. Aucune page réelle n’en a besoin, et les refuser garantit la rapidité de chaque vérification et de chaque génération du site, quel que soit le contenu d’un fichier.',
    },
  },
  examples: {
    valid: [{ title: 'Nested lists a few levels deep', translations: { fr: { title: 'Des listes imbriquées sur quelques niveaux' } }, body: '- Talks\n  - Spring\n    - Physics\n' }],
    invalid: [
      { title: 'Quotes nested 150 levels deep', translations: { fr: { title: 'Des citations imbriquées sur 150 niveaux' } }, body: `${'> '.repeat(150)}Hello\n`, reports: [{ at: '>', message: 'The text nests 150 levels deep (lists, quotes or indentation inside each other); at most 100 are allowed. A group page needs only a few levels of lists or quotes and a few dozen emphasis marks.' }] },
      { title: 'Thousands of underscores that never close', translations: { fr: { title: 'Des milliers de tirets bas jamais refermés' } }, body: `${'_a'.repeat(10_001)}\n`, reports: [{ at: '_', message: 'The text has more than 10,000 of the characters *, _ and ~, which mark emphasis in Markdown. Shorten the page, or link to your own website for the rest. A group page needs only a few levels of lists or quotes and a few dozen emphasis marks.' }] },
    ],
  },
});
