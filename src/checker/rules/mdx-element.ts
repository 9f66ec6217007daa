import { nodesOf } from '../body-nodes.ts';
import { defineRule } from './define.ts';

const markdownInstead: Record<string, string> = {
  a: 'write a link as [text](https://…)',
  img: 'write an image as ![description](/images/groups/your-group/picture.jpg)',
  br: 'start a new paragraph with an empty line',
  b: 'write **bold**',
  strong: 'write **bold**',
  i: 'write *italic*',
  em: 'write *italic*',
  ul: 'start each list item with "- "',
  li: 'start each list item with "- "',
  h1: 'start a heading with "## "',
  h2: 'start a heading with "## "',
  h3: 'start a heading with "### "',
  p: 'separate paragraphs with an empty line',
};

export default defineRule({
  id: 'mdx-element',
  severity: 'error',
  summary: 'the body has no HTML or JSX elements',
  guideline: 'the-group-file#body',
  rationale:
    'Elements such as <script>, <iframe> or components can run code or load content from elsewhere, so the site never passes them through: they would show as the text typed. Markdown covers everything a group page needs.',
  translations: {
    fr: {
      summary: 'le corps ne contient aucun élément HTML ou JSX',
      rationale:
        'Des éléments comme <script>, <iframe> ou des composants peuvent exécuter du code ou charger du contenu provenant d’ailleurs ; le site ne les transmet donc jamais à la page : ils s’afficheraient tels qu’ils ont été tapés. Le Markdown suffit à tout ce dont la page d’un groupe a besoin.',
    },
  },
  examples: {
    valid: [
      { title: 'Markdown formatting', translations: { fr: { title: 'De la mise en forme Markdown' } }, body: '## Our events\n\n- **Monthly** talks\n- A summer picnic\n' },
      { title: 'A less-than sign and an address in angle brackets', translations: { fr: { title: 'Un signe « inférieur à » et une adresse entre chevrons' } }, body: 'Groups of < 10 people book a table; see <https://lyon-alumni.example.org>.\n' },
    ],
    invalid: [
      { title: 'A script element', translations: { fr: { title: 'Un élément script' } }, body: '<script>alert(document.cookie)</script>\n', reports: [{ at: '<script>alert(document.cookie)</script>', message: 'Remove <script>: group pages cannot contain HTML or components; use Markdown formatting instead. To show "<" literally, write \\<.' }] },
      { title: 'An HTML line break', translations: { fr: { title: 'Un saut de ligne HTML' } }, body: 'First line<br/>second line\n', reports: [{ at: '<br/>', message: 'Remove <br>: group pages cannot contain HTML or components; start a new paragraph with an empty line. To show "<" literally, write \\<.' }] },
      { title: 'A component', translations: { fr: { title: 'Un composant' } }, body: '<Map city="Lyon" />\n', reports: [{ at: '<Map city="Lyon" />', message: 'Remove <Map>: group pages cannot contain HTML or components; use Markdown formatting instead. To show "<" literally, write \\<.' }] },
      { title: 'An unclosed tag', translations: { fr: { title: 'Une balise non fermée' } }, body: 'We meet <b>twice a year.\n', reports: [{ at: '<b>', message: 'Remove <b>: group pages cannot contain HTML or components; write **bold**. To show "<" literally, write \\<.' }] },
      { title: 'An HTML comment', translations: { fr: { title: 'Un commentaire HTML' } }, body: 'We meet twice a year. <!-- ask Karim about dates -->\n', reports: [{ at: '<!-- ask Karim about dates -->', message: 'Remove this HTML comment: group pages cannot contain HTML, and a comment would show on the page as typed. Keep notes outside the file.' }] },
    ],
  },
  check(group, { report }) {
    if (!group.body) return;
    for (const { node } of nodesOf(group.body, 'html')) {
      const range = group.rangeOfNode(node);
      if (node.value.startsWith('<!--')) {
        report(range, 'Remove this HTML comment: group pages cannot contain HTML, and a comment would show on the page as typed. Keep notes outside the file.');
        continue;
      }
      const name = /^<\/?([A-Za-z][\w.:-]*)/.exec(node.value)?.[1] ?? '';
      const label = name ? `<${name}>` : 'this markup';
      const hint = markdownInstead[name.toLowerCase()];
      report(range, `Remove ${label}: group pages cannot contain HTML or components${hint ? `; ${hint}` : '; use Markdown formatting instead'}. To show "<" literally, write \\<.`);
    }
  },
});
