/**
 * The one reading of a group page's body. The checker judges the tree `parseBody` returns, and the site
 * publishes the HTML `renderBody` makes from the very same text, with the same parser (Sätteri, the
 * Markdown engine Astro itself uses) and the same options. The body is Markdown, never MDX: nothing in
 * it is compiled or evaluated, and raw HTML is shown as text, never passed through.
 */
import type { Root } from 'mdast';
import { defineHastPlugin, defineMdastPlugin, markdownToHtml, markdownToMdast, type Features } from 'satteri';

/** CommonMark with GitHub's extensions (tables, footnotes, strikethrough, task lists, bare links), as the contract says. */
export const bodyFeatures = { gfm: true, frontmatter: false, smartPunctuation: false, math: false } as const satisfies Features;

/** The body's syntax tree, with positions (line, column and offset into `source`). */
export function parseBody(source: string): Root {
  return markdownToMdast(source, { features: bodyFeatures, position: true }) as Root;
}

/** Raw HTML in a body becomes the text it is: a reader sees "<b>", and no element reaches the page. */
const htmlAsText = defineMdastPlugin({
  name: 'alumni-handbook:html-as-text',
  html(node, context) {
    context.replaceNode(node, { type: 'text', value: node.value });
  },
});

/**
 * Table columns are aligned with a class rather than the style attribute Sätteri writes, which the
 * site's Content-Security-Policy (no inline styles) would block.
 */
const alignmentClasses = defineHastPlugin({
  name: 'alumni-handbook:alignment-classes',
  element: {
    filter: ['th', 'td'],
    visit(node, context) {
      const style = node.properties?.style;
      if (typeof style !== 'string') return;
      const align = /text-align:\s*(left|right|center)/.exec(style)?.[1];
      context.setProperty(node, 'style', null);
      if (align) context.setProperty(node, 'className', [`align-${align}`]);
    },
  },
});

/** The HTML readers get for a body: the same parse as `parseBody`, rendered without any raw HTML. */
export function renderBody(source: string): string {
  return markdownToHtml(source, { features: bodyFeatures, mdastPlugins: [htmlAsText], hastPlugins: [alignmentClasses] }).html;
}
