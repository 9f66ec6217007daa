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
    const message = (kind: string) => `Remove this ${kind} statement: group pages are text only and cannot run code. If you meant to start a sentence with "${kind}", reword it.`;
    visit(tree, 'mdxjsEsm', (node) => {
      // Consecutive lines form one node; report each statement at its own line.
      const statements = node.data?.estree?.body ?? [];
      if (statements.length === 0) report(node, message(/^\s*export\b/.test(node.value) ? 'export' : 'import'));
      for (const statement of statements) {
        const kind = statement.type === 'ImportDeclaration' ? 'import' : 'export';
        const location = statement.loc;
        report(location ? { type: 'statement', position: { start: { ...location.start, column: location.start.column + 1 }, end: { ...location.end, column: location.end.column + 1 } } } : node, message(kind));
      }
    });
  },
});
