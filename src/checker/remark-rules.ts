/**
 * The checker's body rules as remark-lint rules (unified-lint-rule): the same code, usable in any
 * unified pipeline (remark-cli, an editor's language server) with rule ids and handbook links.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { lintRule } from 'unified-lint-rule';
import { organization } from '../config/organization.ts';
import { guidelineUrl } from './guideline-url.ts';
import type { Rule } from './types.ts';

export function remarkLintRule(rule: Rule): Plugin<[unknown?], Root> {
  const checkBody = rule.checkBody;
  if (!checkBody) throw new Error(`Rule ${rule.id} does not look at the body`);
  return lintRule<Root>({ origin: `alumni-handbook:${rule.id}`, url: new URL(guidelineUrl(rule.guideline), organization.site.url).href }, (tree, file) => {
    checkBody(tree, (node, message) => {
      file.message(message, { place: node.position, ruleId: rule.id, source: 'alumni-handbook' });
    });
  });
}
