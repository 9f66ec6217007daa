import type { Parents } from 'mdast';
import { nodesOf } from '../body-nodes.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'mdx-expression',
  severity: 'error',
  summary: 'the body has no {expressions}',
  guideline: 'the-group-file#body',
  rationale:
    'In an .mdx file, text in curly braces is JavaScript. Group pages are published as text and never run code, so the braces would show as they are typed: they are refused, so that the author knows, and a literal brace is written \\{.',
  translations: {
    fr: {
      summary: 'le corps ne contient aucune {expression}',
      rationale:
        'Dans un fichier .mdx, le texte entre accolades est du JavaScript. Les pages des groupes sont publiées sous forme de texte et n’exécutent jamais de code, si bien que les accolades s’afficheraient telles qu’elles ont été tapées : elles sont refusées, afin que l’auteur le sache, et une accolade littérale s’écrit \\{.',
    },
  },
  examples: {
    valid: [
      { title: 'Literal braces, escaped', translations: { fr: { title: 'Des accolades littérales, échappées' } }, body: 'Our motto is \\{physics, friends, food\\}.\n' },
      { title: 'Braces in code', translations: { fr: { title: 'Des accolades dans du code' } }, body: 'The workshop covers `std::map<int, {}>` in C++.\n' },
    ],
    invalid: [
      { title: 'An expression in a paragraph', translations: { fr: { title: 'Une expression dans un paragraphe' } }, body: 'We have {members.length} members.\n', reports: [{ at: '{members.length}', message: 'Remove the {…} expression: group pages are text only and cannot run code. To show braces literally, write \\{ and \\}.' }] },
      { title: 'An expression on its own line', translations: { fr: { title: 'Une expression seule sur sa ligne' } }, body: '{process.env.SECRET}\n', reports: [{ at: '{process.env.SECRET}', message: 'Remove the {…} expression: group pages are text only and cannot run code. To show braces literally, write \\{ and \\}.' }] },
      { title: 'An expression in a link text', translations: { fr: { title: 'Une expression dans un texte de lien' } }, body: 'See [the {year} programme](https://lyon-alumni.example.org/programme).\n', reports: [{ at: '{year}', message: 'Remove the {…} expression: group pages are text only and cannot run code. To show braces literally, write \\{ and \\}.' }] },
    ],
  },
  check(group, { report }) {
    const { body, bodySource } = group;
    if (!body || bodySource === undefined) return;
    for (const { node, parent } of nodesOf(body, 'text')) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || isBareLink(parent, bodySource)) continue;
      const written = bodySource.slice(start, end);
      for (let brace = written.indexOf('{'); brace !== -1; brace = written.indexOf('{', brace + 1)) {
        if (isEscaped(written, brace)) continue;
        const close = written.indexOf('}', brace);
        report(
          group.rangeInBody(start + brace, start + (close === -1 ? brace + 1 : close + 1)),
          'Remove the {…} expression: group pages are text only and cannot run code. To show braces literally, write \\{ and \\}.',
        );
        if (close === -1) break;
        brace = close;
      }
    }
  },
});

/** Whether the character at `index` follows an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (text[index - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

/** An address written out (https://…, www.…, <…>) rather than [text](address): its text is the address itself. */
const isBareLink = (parent: Parents | undefined, source: string) =>
  parent?.type === 'link' && parent.position?.start.offset !== undefined && source[parent.position.start.offset] !== '[';
