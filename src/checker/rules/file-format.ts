import { defineRule } from './define.ts';

export default defineRule({
  id: 'file-format',
  raisedBy: 'parser',
  severity: 'error',
  summary: 'the file is UTF-8 text of reasonable size, and a real file rather than a link',
  guideline: 'the-group-file#encoding-and-size',
  rationale: 'The checker and the site can only read a group file that is plain UTF-8 text; a huge file or a link to a file elsewhere is refused before anything else reads it.',
  translations: {
    fr: {
      summary: 'le fichier est un texte UTF-8 de taille raisonnable, et un véritable fichier plutôt qu’un lien',
      rationale:
        'Le vérificateur et le site ne peuvent lire le fichier d’un groupe que s’il est en texte brut UTF-8 ; un fichier énorme ou un lien vers un fichier situé ailleurs est refusé avant toute autre lecture.',
    },
  },
  examples: {
    valid: [{ title: 'A UTF-8 file with Windows line endings', translations: { fr: { title: 'Un fichier UTF-8 avec des fins de ligne Windows' } }, source: '---\r\nname: {network} Lyon Group\r\n---\r\n' }],
    invalid: [{ title: 'A NUL byte in the text', translations: { fr: { title: 'Un octet NUL dans le texte' } }, source: '---\nname: {network}\0 Lyon Group\n---\n', reports: [{ at: '', message: 'The file contains a NUL character, so it is not a text file. Remove it, or recreate the file from the template.' }] }],
  },
});
