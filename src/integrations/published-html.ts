/**
 * The last line of defence for group pages: the HTML rendered from a group body may hold only the
 * elements and attributes that Markdown produces, and addresses that are https:, http: or on the site
 * itself. It is read with parse5, the HTML parser that follows the standard browsers implement, so what
 * is judged here is what a browser would build. Anything else fails the build: it would mean a rule of
 * the checker let something through.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { isWebOrSiteAddress } from '../checker/rules/unsafe-url.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;

const anyValue = () => true;
const oneOf = (...values: string[]) => (value: string) => values.includes(value);
const classes = (pattern: RegExp) => (value: string) => value.split(/\s+/).filter(Boolean).every((name) => pattern.test(name));
const footnoteId = (value: string) => value === 'footnote-label' || /^user-content-\S+$/.test(value);


type AttributeCheck = (value: string) => boolean;

/** Every element Markdown can produce, with the attributes it may carry and what their values may be. */
const allowList: Record<string, Record<string, AttributeCheck>> = {
  p: {},
  br: {},
  hr: {},
  h1: {},
  h2: { id: footnoteId, class: oneOf('sr-only') },
  h3: {},
  h4: {},
  h5: {},
  h6: {},
  em: {},
  strong: {},
  del: {},
  sup: {},
  blockquote: {},
  pre: {},
  code: { class: classes(/^language-[\w#+.-]+$/) },
  ul: { class: oneOf('contains-task-list') },
  ol: { start: (value) => /^\d{1,9}$/.test(value) },
  li: { id: footnoteId, class: oneOf('task-list-item') },
  input: { type: oneOf('checkbox'), checked: oneOf(''), disabled: oneOf('') },
  a: {
    href: isWebOrSiteAddress,
    title: anyValue,
    id: footnoteId,
    class: oneOf('data-footnote-backref'),
    'data-footnote-ref': oneOf(''),
    'data-footnote-backref': oneOf(''),
    'aria-describedby': oneOf('footnote-label'),
    'aria-label': anyValue,
  },
  img: { src: isWebOrSiteAddress, alt: anyValue, title: anyValue },
  table: {},
  thead: {},
  tbody: {},
  tr: {},
  th: { class: classes(/^align-(?:left|right|center)$/) },
  td: { class: classes(/^align-(?:left|right|center)$/) },
  section: { 'data-footnotes': oneOf(''), class: oneOf('footnotes') },
};

/** What in `html` is outside the allow-list, one phrase per problem; empty when it is all allowed. */
export function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') continue;
      if (node.nodeName === '#comment' || !('tagName' in node)) {
        problems.push(`a ${node.nodeName.replace('#', '')} node`);
        continue;
      }
      const allowed = allowList[node.tagName];
      if (!allowed || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
        problems.push(`a <${node.tagName}> element`);
        continue;
      }
      for (const { name, value } of node.attrs) {
        const check = allowed[name];
        if (!check) problems.push(`the attribute ${name} on <${node.tagName}>`);
        else if (!check(value)) problems.push(`${name}=${JSON.stringify(value)} on <${node.tagName}>`);
      }
      visit(node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return problems;
}
