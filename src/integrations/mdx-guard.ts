/**
 * Defence in depth for `astro dev` and `astro build`: before any group file reaches the MDX compiler,
 * its body is parsed (never compiled) and run through the security rules; a file that breaks one is
 * refused, so its code is never compiled or evaluated, whatever the checker's gate did.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { Plugin as VitePlugin } from 'vite';
import { parseGroupFile } from '../checker/parse.ts';
import { remarkLintRule } from '../checker/remark-rules.ts';
import { securityRules } from '../checker/rules/index.ts';

const securityLint = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(securityRules.map((rule) => [remarkLintRule(rule), 'error'] as const satisfies PluggableList[number]));

/** Why a group file's body may not be compiled, one line each; empty when it is safe. */
export function unsafeBodyProblems(filePath: string, content: string | Uint8Array): string[] {
  const parsed = parseGroupFile({ path: filePath, content });
  if (!parsed.body) {
    const reasons = parsed.parseFindings.map((finding) => `${filePath}:${finding.range.line}:${finding.range.column} ${finding.message} (${finding.rule})`);
    return reasons.length > 0 ? reasons : [`${filePath}: the body could not be read`];
  }
  const file = new VFile({ path: filePath });
  securityLint.runSync(parsed.body, file);
  return file.messages.map((message) => `${filePath}:${message.line ?? 1}:${message.column ?? 1} ${message.reason} (${message.ruleId})`);
}

export function mdxGuard(groupsFolder: string): VitePlugin {
  const folder = path.resolve(groupsFolder) + path.sep;
  return {
    name: 'alumni-handbook:mdx-guard',
    enforce: 'pre',
    async load(id) {
      const filePath = id.split('?')[0] ?? id;
      if (!filePath.startsWith(folder) || !filePath.endsWith('.mdx')) return null;
      const problems = unsafeBodyProblems(path.relative(process.cwd(), filePath), await readFile(filePath));
      if (problems.length > 0) this.error(`Refusing to compile a group file that could run code or publish script:\n${problems.join('\n')}`);
      return null;
    },
  };
}
