/**
 * GitHub Actions output: one workflow command per problem, so each shows as an annotation on its line
 * of the pull request, and a Markdown job summary that lists every problem (GitHub shows only the
 * first few annotations of each kind per step).
 */
import type { CheckResult } from '../engine.ts';
import type { Diagnostic } from '../types.ts';
import { absoluteUrl, countBySeverity } from './summary.ts';

export interface GithubOptions {
  /** The site's address, for full links to the rule pages and the handbook. */
  siteUrl?: string;
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`, one line per problem, then a plain summary line. */
export function formatGithub(result: Pick<CheckResult, 'checked' | 'diagnostics'>, options: GithubOptions = {}): string {
  const lines = result.diagnostics.map((diagnostic) => {
    const properties = [
      ['file', diagnostic.file],
      ['line', diagnostic.line],
      ['col', diagnostic.column],
      ['endLine', diagnostic.endLine],
      ['endColumn', diagnostic.endColumn],
      ['title', diagnostic.rule],
    ]
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(',');
    const message = `${diagnostic.message}\n\nGuideline: ${absoluteUrl(diagnostic.url, options.siteUrl)}\nRule: ${ruleUrl(diagnostic.rule, options.siteUrl)}`;
    return `::${diagnostic.severity} ${properties}::${escapeData(message)}`;
  });
  lines.push(summaryLine(result));
  return `${lines.join('\n')}\n`;
}

/** The job summary: a table of every problem with links to the rule pages and the handbook. */
export function formatGithubSummary(result: Pick<CheckResult, 'checked' | 'diagnostics'>, options: GithubOptions = {}): string {
  const lines = ['## Group file check', '', summaryLine(result), ''];
  if (result.diagnostics.length > 0) {
    lines.push('| | File | Line | Rule | What to change |', '| --- | --- | --- | --- | --- |');
    for (const diagnostic of result.diagnostics) {
      const severity = diagnostic.severity === 'error' ? '❌ error' : '⚠️ warning';
      const rule = `[${diagnostic.rule}](${ruleUrl(diagnostic.rule, options.siteUrl)})`;
      const message = `${escapeCell(diagnostic.message)} ([guideline](${absoluteUrl(diagnostic.url, options.siteUrl)}))`;
      lines.push(`| ${severity} | \`${escapeCell(diagnostic.file)}\` | ${diagnostic.line} | ${rule} | ${message} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export const ruleUrl = (rule: string, siteUrl: string | undefined) => absoluteUrl(`/rules/${rule}/`, siteUrl);

function summaryLine(result: Pick<CheckResult, 'checked' | 'diagnostics'>): string {
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const groups = `${result.checked} group ${result.checked === 1 ? 'file' : 'files'}`;
  if (errors + warnings === 0) return `✔ ${groups} checked, no problems.`;
  const files = new Set(result.diagnostics.map((diagnostic: Diagnostic) => diagnostic.file)).size;
  return `${errors > 0 ? '✖' : '⚠'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${files} of ${groups}.`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Escapes a workflow command's message, as GitHub's toolkit does. */
export const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** Escapes a workflow command's property value: also ":" and ",", which separate properties. */
export const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** A table cell: one line, no column separators, no HTML. */
const escapeCell = (text: string) => text.replace(/\s+/g, ' ').replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('<', '&lt;');
