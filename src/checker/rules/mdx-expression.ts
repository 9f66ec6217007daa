import { visit } from 'unist-util-visit';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'mdx-expression',
  severity: 'error',
  summary: 'the body has no {expressions}',
  guideline: 'the-group-file#body',
  source: 'security',
  rationale: 'Text in curly braces is JavaScript that the site build would run. Group files come from anyone, so they may contain text only.',
  examples: {
    valid: [{ title: 'Literal braces, escaped', body: 'Our motto is \\{physics, friends, food\\}.\n' }],
    invalid: [
      { title: 'An expression in a paragraph', body: 'We have {members.length} members.\n' },
      { title: 'An expression on its own line', body: "{process.env.SECRET}\n" },
    ],
  },
  checkBody(tree, report) {
    const message = 'Remove the {…} expression: group pages are text only and cannot run code. To show braces literally, write \\{ and \\}.';
    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') report(node, message);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
            report(attribute.position ? attribute : node, message);
          }
        }
      }
    });
  },
});
