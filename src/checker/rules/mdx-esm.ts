import { defineRule } from './define.ts';

/** A line that MDX would read as an import or export statement: at the very start of a top-level block. */
const statementLine = /^(import|export)(?=[\s{*]|$)/;

export default defineRule({
  id: 'mdx-esm',
  severity: 'error',
  summary: 'the body has no import or export statements',
  guideline: 'the-group-file#body',
  rationale:
    'In an .mdx file, a line that starts with import or export is JavaScript. Group pages are published as text and never run code, so such a line would show as a sentence of code: it is refused, so that the author knows.',
  translations: {
    fr: {
      summary: 'le corps ne contient aucune instruction import ou export',
      rationale:
        'Dans un fichier .mdx, une ligne qui commence par import ou export est du JavaScript. Les pages des groupes sont publiées sous forme de texte et n’exécutent jamais de code, si bien qu’une telle ligne s’afficherait comme une phrase de code : elle est refusée, afin que l’auteur le sache.',
    },
  },
  examples: {
    valid: [
      { title: 'The word "import" in a sentence', translations: { fr: { title: 'Le mot « import » dans une phrase' } }, body: 'We discuss the import of detector parts.\n' },
      { title: 'Import at the start of a later line of a paragraph', translations: { fr: { title: 'Import au début d’une ligne qui n’est pas la première d’un paragraphe' } }, body: 'Our talk this spring is about trade:\nimport and export of scientific equipment.\n' },
    ],
    invalid: [
      { title: 'An import line', translations: { fr: { title: 'Une ligne import' } }, body: "import Map from '../../components/Map.astro';\n\nWe meet monthly.\n", reports: [{ at: 'import Map from \'../../components/Map.astro\';', message: 'Remove this import statement: group pages are text only and cannot run code. If you meant to start a sentence with "import", reword it or write it with a capital letter.' }] },
      { title: 'An export line', translations: { fr: { title: 'Une ligne export' } }, body: 'export const meta = { pwned: true };\n\nWe meet monthly.\n', reports: [{ at: 'export const meta = { pwned: true };', message: 'Remove this export statement: group pages are text only and cannot run code. If you meant to start a sentence with "export", reword it or write it with a capital letter.' }] },
    ],
  },
  check(group, { report }) {
    const { body, bodySource } = group;
    if (!body || bodySource === undefined) return;
    for (const block of body.children) {
      const start = block.position?.start.offset;
      const end = block.position?.end.offset;
      if (block.type !== 'paragraph' || start === undefined || end === undefined || block.position?.start.column !== 1) continue;
      const text = bodySource.slice(start, end);
      if (!statementLine.test(text)) continue;
      // Consecutive statement lines form one paragraph; each is reported at its own line.
      let lineStart = start;
      for (const line of text.split('\n')) {
        const kind = statementLine.exec(line)?.[1];
        if (kind) {
          report(group.rangeInBody(lineStart, lineStart + line.length), message(kind));
        }
        lineStart += line.length + 1;
      }
    }
  },
});

const message = (kind: string) =>
  `Remove this ${kind} statement: group pages are text only and cannot run code. If you meant to start a sentence with "${kind}", reword it or write it with a capital letter.`;
