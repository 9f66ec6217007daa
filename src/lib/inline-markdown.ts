/**
 * A sentence of the site's own text with bold, code and links written in Markdown, as inline HTML, by
 * the same renderer as the rest of the site (Sätteri). Raw HTML is never read as markup.
 */
import { markdownToHtml } from 'satteri';

export function inlineMarkdown(words: string): string {
  const { html } = markdownToHtml(words.replaceAll('<', '&lt;'));
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
