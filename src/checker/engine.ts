/**
 * The checker: group files in, diagnostics out. Pure: it reads no files and no clock; the shells
 * (the command line, the Astro integration, the tests) give it the files and "today".
 */
import { organization as defaultOrganization, type Organization } from '../config/organization.ts';
import { applyExceptions, type ExceptedDiagnostic, type ExceptionsFile } from './exceptions.ts';
import { guidelineUrl } from './guideline-url.ts';
import { parseGroupFile, slugOfPath } from './parse.ts';
import { ruleById, rules } from './rules/index.ts';
import type { Node as UnistNode } from 'unist';
import type { ChangeFacts, Diagnostic, Finding, ParsedGroup, Range, SourceFile } from './types.ts';

export interface CheckOptions {
  /** "Today" for time rules, YYYY-MM-DD. */
  today: string;
  /** Files whose time rules are errors (the files a change touches). Default: none. */
  isStrict?: ((path: string) => boolean) | undefined;
  /** Files to report on; the others are read only for cross-file rules. Default: all. */
  isReported?: ((path: string) => boolean) | undefined;
  organization?: Organization | undefined;
  /** What a pull request changes, for rules about who may change what. Default: not a pull request. */
  change?: ChangeFacts | undefined;
  /** The office's exceptions file, when there is one (src/checker/exceptions.ts). Default: no exceptions. */
  exceptions?: ExceptionsFile | undefined;
  /** A file's own results when they are known already (a cache, worker threads); the engine computes the others. */
  known?: ((file: SourceFile) => FileCheck | undefined) | undefined;
}

/**
 * One file's own results as plain data: what reading it and the per-file rules found, and the front
 * matter that cross-file rules read. Cross-file rules are never part of it: they run on every check.
 */
export interface FileCheck {
  findings: Finding[];
  data: Record<string, unknown> | undefined;
}

export interface CheckResult {
  today: string;
  checked: number;
  diagnostics: Diagnostic[];
  /** Problems an exception of the office covers: not in `diagnostics`, not counted, listed for the office. */
  excepted: ExceptedDiagnostic[];
  /** Every file as parsed, for callers that go on to use the data (the site build). */
  groups: ParsedGroup[];
  /** Each reported file's own results, by path, for a shell that keeps them. */
  fileChecks: Map<string, FileCheck>;
}

export function checkGroups(files: readonly SourceFile[], options: CheckOptions): CheckResult {
  const organization = options.organization ?? defaultOrganization;
  const isReported = options.isReported ?? (() => true);
  const isStrict = options.isStrict ?? (() => false);
  const findings = new Map<ParsedGroup, Finding[]>();
  const fileChecks = new Map<string, FileCheck>();
  const groups = files.map((file) => {
    const reported = isReported(file.path);
    const known = options.known?.(file);
    if (!known && !reported) return parseGroupFile(file, { organization, frontMatterOnly: true });
    const group = known ? parseWhenNeeded(file, known.data, organization) : parseGroupFile(file, { organization });
    if (reported) {
      const own = known ?? { findings: checkParsedFile(group, options.today, organization), data: group.data };
      fileChecks.set(file.path, own);
      findings.set(group, [...own.findings]);
    }
    return group;
  });

  for (const rule of rules) {
    rule.checkAll?.(groups, {
      today: options.today,
      organization,
      report: (group: ParsedGroup, range: Range, message: string) => findings.get(group)?.push({ rule: rule.id, range, message }),
    });
  }
  // A deleted file has no parsed group, so its findings are kept by path.
  const deletedFindings: { path: string; finding: Finding }[] = [];
  if (options.change) {
    for (const rule of rules) {
      rule.checkChange?.(options.change, {
        organization,
        groups,
        report: (path, range, message) => {
          const finding = { rule: rule.id, range, message };
          const group = groups.find((candidate) => candidate.path === path);
          if (group) findings.get(group)?.push(finding);
          else deletedFindings.push({ path, finding });
        },
      });
    }
  }

  const diagnostics: Diagnostic[] = [];
  for (const [group, found] of findings) {
    for (const finding of found) diagnostics.push(toDiagnostic(group.path, finding, isStrict(group.path)));
  }
  for (const { path, finding } of deletedFindings) diagnostics.push(toDiagnostic(path, finding, true));
  const outcome = applyExceptions(diagnostics, options.exceptions, { today: options.today, groups, isReported });
  outcome.diagnostics.sort(compareDiagnostics);
  return { today: options.today, checked: findings.size, diagnostics: outcome.diagnostics, excepted: outcome.excepted, groups, fileChecks };
}

/** Reads one file and runs the per-file rules on it: the part of a check that can be cached or run in a worker thread. */
export function checkFile(file: SourceFile, options: { today: string; organization?: Organization | undefined }): FileCheck {
  const organization = options.organization ?? defaultOrganization;
  const group = parseGroupFile(file, { organization });
  return { findings: checkParsedFile(group, options.today, organization), data: group.data };
}

function checkParsedFile(group: ParsedGroup, today: string, organization: Organization): Finding[] {
  const found = [...group.parseFindings];
  for (const rule of rules) {
    const report = (range: Range, message: string) => found.push({ rule: rule.id, range, message });
    rule.check?.(group, { today, organization, report });
    if (rule.checkBody && group.body) rule.checkBody(group.body, (node, message) => report(rangeOfNode(node), message));
  }
  return found;
}

/**
 * A file whose own results are known: cross-file rules read its front matter data at once, and the
 * file is parsed again only if one of them asks for more (a position to report at).
 */
function parseWhenNeeded(file: SourceFile, data: Record<string, unknown> | undefined, organization: Organization): ParsedGroup {
  let parsed: ParsedGroup | undefined;
  const parse = () => (parsed ??= parseGroupFile(file, { organization }));
  const group: ParsedGroup = {
    path: file.path,
    slug: slugOfPath(file.path),
    ...(data ? { data } : {}),
    parseFindings: [],
    text: '',
    yamlOffset: 0,
    rangeOf: (path, part) => parse().rangeOf(path, part),
    rangeAt: (start, end) => parse().rangeAt(start, end),
  };
  for (const key of ['text', 'yaml', 'yamlOffset', 'group', 'body'] as const) {
    Object.defineProperty(group, key, { get: () => parse()[key], enumerable: true });
  }
  return group;
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
