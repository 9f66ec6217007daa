/**
 * The checker: group files in, diagnostics out. Pure: it reads no files and no clock; the shells
 * (the command line, the Astro integration, the tests) give it the files and "today".
 */
import { organization as defaultOrganization, type Organization } from '../config/organization.ts';
import { guidelineUrl } from './guideline-url.ts';
import { parseGroupFile } from './parse.ts';
import { ruleById, rules } from './rules/index.ts';
import type { Node as UnistNode } from 'unist';
import type { Diagnostic, Finding, ParsedGroup, Range, SourceFile } from './types.ts';

export interface CheckOptions {
  /** "Today" for time rules, YYYY-MM-DD. */
  today: string;
  /** Files whose time rules are errors (the files a change touches). Default: none. */
  isStrict?: ((path: string) => boolean) | undefined;
  /** Files to report on; the others are read only for cross-file rules. Default: all. */
  isReported?: ((path: string) => boolean) | undefined;
  organization?: Organization | undefined;
}

export interface CheckResult {
  today: string;
  checked: number;
  diagnostics: Diagnostic[];
  /** Every file as parsed, for callers that go on to use the data (the site build). */
  groups: ParsedGroup[];
}

export function checkGroups(files: readonly SourceFile[], options: CheckOptions): CheckResult {
  const organization = options.organization ?? defaultOrganization;
  const isReported = options.isReported ?? (() => true);
  const isStrict = options.isStrict ?? (() => false);
  const findings = new Map<ParsedGroup, Finding[]>();
  const groups = files.map((file) => {
    const reported = isReported(file.path);
    const group = parseGroupFile(file, { organization, frontMatterOnly: !reported });
    if (reported) findings.set(group, [...group.parseFindings]);
    return group;
  });

  for (const [group, found] of findings) {
    for (const rule of rules) {
      const report = (range: Range, message: string) => found.push({ rule: rule.id, range, message });
      rule.check?.(group, { today: options.today, organization, report });
      if (rule.checkBody && group.body) rule.checkBody(group.body, (node, message) => report(rangeOfNode(node), message));
    }
  }
  for (const rule of rules) {
    rule.checkAll?.(groups, {
      today: options.today,
      organization,
      report: (group: ParsedGroup, range: Range, message: string) => findings.get(group)?.push({ rule: rule.id, range, message }),
    });
  }

  const diagnostics: Diagnostic[] = [];
  for (const [group, found] of findings) {
    for (const finding of found) diagnostics.push(toDiagnostic(group.path, finding, isStrict(group.path)));
  }
  diagnostics.sort(compareDiagnostics);
  return { today: options.today, checked: findings.size, diagnostics, groups };
}

export function rangeOfNode(node: UnistNode): Range {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const end = node.position?.end ?? start;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function toDiagnostic(file: string, finding: Finding, strict: boolean): Diagnostic {
  const rule = ruleById(finding.rule);
  const severity = rule.severity === 'time' ? (strict ? 'error' : 'warning') : rule.severity;
  return { file, ...finding.range, rule: rule.id, severity, message: finding.message, url: guidelineUrl(rule.guideline) };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule, 'en');
}
