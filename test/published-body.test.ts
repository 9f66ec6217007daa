/**
 * What a group body can publish. A differential fuzz test: thousands of bodies mixing GFM, MDX, HTML,
 * footnotes, tables, link definitions, autolinks, entities and odd white space go through the checker;
 * for every body it accepts, the HTML the site renders from the very text the checker parsed must hold
 * no script, no event handler, no address outside https:, http: and the site itself, and nothing
 * outside the allow-list. The allow-list itself is tested on hand-made HTML.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../src/checker/markdown.ts';
import { unsafeHtml } from '../src/integrations/published-html.ts';
import { acceptedBodySource, checkPublishedBody, elementsOf as elements, fuzzSeed, hostileBody } from './helpers/fuzz-cases.ts';

describe('a body the checker accepts', () => {
  it('renders to HTML with no script, no event handler, no other address and nothing outside the allow-list', () => {
    let acceptedCount = 0;
    fc.assert(fc.property(hostileBody, (text) => void (checkPublishedBody(text) && acceptedCount++)), { numRuns: 3000, seed: fuzzSeed });
    // The property means something only if many bodies get through the checker.
    expect(acceptedCount).toBeGreaterThan(300);
  });

  it('keeps escaped markup and code as visible text', () => {
    const source = acceptedBodySource('Write \\<script\\> and \\{x\\} as text; `<b onclick="x">` is code.\n\n```\nimport fs from "node:fs"\n```\n');
    expect(source).toBeDefined();
    const html = renderBody(source as string);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('{x}');
    expect(html).toContain('<code>&lt;b onclick="x"&gt;</code>');
    expect(html).toContain('import fs from "node:fs"');
    expect(unsafeHtml(html)).toEqual([]);
  });
});

describe('the renderer', () => {
  it('shows raw HTML as text, never as elements', () => {
    const html = renderBody('<b onclick="alert(1)">hi</b>\n\n<script>alert(1)</script>\n\n<!-- note -->\n');
    expect(elements(html).map((element) => element.tagName)).toEqual(['p']);
    expect(html).toContain('&lt;b onclick="alert(1)"&gt;hi&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;!-- note --&gt;');
  });

  it('aligns table columns with classes, not with inline styles the page policy would block', () => {
    const html = renderBody('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n');
    expect(html).not.toContain('style=');
    expect(elements(html).filter((element) => element.tagName === 'td').map((element) => element.attrs)).toEqual([
      [{ name: 'class', value: 'align-left' }],
      [{ name: 'class', value: 'align-center' }],
      [{ name: 'class', value: 'align-right' }],
    ]);
  });
});

describe('the allow-list of published HTML', () => {
  it('accepts everything Markdown produces', () => {
    const html = renderBody(
      '# A\n\n## B\n\n*em* **strong** ~~del~~ `code` [link](https://example.org "t") [site](/groups/) ![pic](/images/groups/lyon/a.png "t")\n\n> quote\n\n1. one\n\n3. three\n\n- [x] done\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\nNote[^1]\n\n[^1]: Text.\n\n```js\nx\n```\n\n---\n\nline  \nbreak\n',
    );
    expect(unsafeHtml(html)).toEqual([]);
  });

  it.each([
    ['a script', '<p>a<script>alert(1)</script></p>', 'a <script> element'],
    ['an event handler', '<p onclick="alert(1)">a</p>', 'the attribute onclick on <p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', 'href="javascript:alert(1)" on <a>'],
    ['a javascript: link with a tab', '<a href="jav\tascript:alert(1)">a</a>', 'href="jav\\tascript:alert(1)" on <a>'],
    ['a data: image', '<img src="data:image/svg+xml,x" alt="">', 'src="data:image/svg+xml,x" on <img>'],
    ['a mailto: link', '<a href="mailto:a@example.org">a</a>', 'href="mailto:a@example.org" on <a>'],
    ['an inline style', '<p style="color:red">a</p>', 'the attribute style on <p>'],
    ['an id outside the footnotes', '<h2 id="main">a</h2>', 'id="main" on <h2>'],
    ['an SVG', '<svg><a href="https://example.org">x</a></svg>', 'a <svg> element'],
    ['a comment', '<p>a<!-- x --></p>', 'a comment node'],
    ['an unknown class', '<td class="align-left evil">a</td>', 'class="align-left evil" on <td>'],
  ])('refuses %s', (_what, html, problem) => {
    expect(unsafeHtml(html)).toContain(problem);
  });
});
