import { visit } from 'unist-util-visit';
import { defineRule } from './define.ts';

/** Elements the handbook itself provides to group pages. None are needed yet; each one added must be documented. */
export const allowedElements: readonly string[] = [];

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
  summary: 'the body has no HTML or JSX elements outside the documented allow-list',
  guideline: 'the-group-file#body',
  source: 'security',
  rationale: 'Elements such as <script>, <iframe> or components can run code or load content from elsewhere. Markdown covers everything a group page needs.',
  examples: {
    valid: [{ title: 'Markdown formatting', body: '## Our events\n\n- **Monthly** talks\n- A summer picnic\n' }],
    invalid: [
      { title: 'A script element', body: '<script>alert(document.cookie)</script>\n' },
      { title: 'An HTML line break', body: 'First line<br/>second line\n' },
      { title: 'A component', body: '<Map city="Lyon" />\n' },
    ],
  },
  checkBody(tree, report) {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      if (allowedElements.includes(name)) return;
      const label = name ? `<${name}>` : 'the <>…</> fragment';
      const hint = markdownInstead[name.toLowerCase()];
      report(node, `Remove ${label}: group pages cannot contain HTML or components${hint ? `; ${hint}` : '; use Markdown formatting instead'}. To show "<" literally, write \\<.`);
    });
  },
});
