/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run, the whole rule catalogue as the tool's
 * rules (each with its page on the site), and one result per problem.
 */
import type { CheckResult } from '../engine.ts';
import { guidelineUrl } from '../guideline-url.ts';
import type { RuleMeta } from '../types.ts';
import { absoluteUrl } from './summary.ts';
import { ruleUrl } from './github.ts';

export interface SarifOptions {
  /** The rule catalogue, in order; results point into it by index. */
  rules: readonly RuleMeta[];
  /** The site's address: rule pages and the handbook are linked with full addresses. */
  siteUrl?: string;
}

export function formatSarif(result: Pick<CheckResult, 'diagnostics'>, options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'alumni-handbook-check',
            informationUri: absoluteUrl('/rules/', options.siteUrl),
            rules: options.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: sentence(rule.summary) },
              fullDescription: { text: rule.rationale },
              helpUri: ruleUrl(rule.id, options.siteUrl),
              help: {
                text: `${rule.rationale} See ${ruleUrl(rule.id, options.siteUrl)}`,
                markdown: `${rule.rationale}\n\n[The rule](${ruleUrl(rule.id, options.siteUrl)}) · [The guideline](${absoluteUrl(guidelineUrl(rule.guideline), options.siteUrl)})`,
              },
              // A time rule is an error only for the files a change touches.
              defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        results: result.diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.rule,
          ...(ruleIndex.has(diagnostic.rule) ? { ruleIndex: ruleIndex.get(diagnostic.rule) } : {}),
          level: diagnostic.severity,
          message: { text: `${diagnostic.message} Guideline: ${absoluteUrl(diagnostic.url, options.siteUrl)}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: diagnostic.file.split('/').map(encodeURIComponent).join('/') },
                region: { startLine: diagnostic.line, startColumn: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
