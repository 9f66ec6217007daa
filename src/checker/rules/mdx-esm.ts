import { visit } from 'unist-util-visit';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'mdx-esm',
  severity: 'error',
  summary: 'the body has no import or export statements',
  guideline: 'the-group-file#body',
  source: 'security',
  rationale: 'An import or export line is JavaScript that the site build would run. Group files come from anyone, so they may contain text only.',
  examples: {
    valid: [{ title: 'The word "import" in a sentence', body: 'We discuss the import of detector parts.\n' }],
    invalid: [
      { title: 'An import line', body: "import Map from '../../components/Map.astro';\n\nWe meet monthly.\n" },
      { title: 'An export line', body: "export const meta = { pwned: true };\n\nWe meet monthly.\n" },
    ],
  },
  checkBody(tree, report) {
    visit(tree, 'mdxjsEsm', (node) => {
      const kind = /^\s*export\b/.test(node.value) ? 'export' : 'import';
      report(node, `Remove this ${kind} statement: group pages are text only and cannot run code. If you meant to start a sentence with "${kind}", reword it.`);
    });
  },
});
