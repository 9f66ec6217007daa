/**
 * The checker: group files in, diagnostics out. Pure: it reads no files and no clock; the shells
 * (the command line, the Astro integration, the tests) give it the files, "today" and, to bound the
 * time one file may take, a clock.
 */
import { organization as defaultOrganization, type Organization } from '../config/organization.ts';
import { applyExceptions, type ExceptedDiagnostic, type ExceptionsFile } from './exceptions.ts';
import { guidelineUrl } from './guideline-url.ts';
import { renderBody } from './markdown.ts';
import { pageLanguage } from './text/words.ts';
import { parseGroupFile, slugOfPath } from './parse.ts';
import { pictureProblems } from './rules/picture-file.ts';
import { ruleById, rules } from './rules/index.ts';
import type { ChangeFacts, Diagnostic, FieldPath, Finding, FindingDetails, ParsedGroup, Picture, Range, SourceFile } from './types.ts';
import type { Node as UnistNode } from 'unist';

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
  /** Milliseconds from any fixed point (performance.now): with it, a file's rules stop when they take longer than `checkTimeBudgetMs`. */
  clock?: (() => number) | undefined;
  /** Also render each body to the HTML the site publishes, from the very parse the rules judged (FileCheck.html). */
  render?: boolean | undefined;
  /** Pictures in folders that belong to no group file (a group renamed or removed without its pictures). */
  unclaimedPictures?: readonly Picture[] | undefined;
}

/** The per-file part of the options, which worker threads get too. */
export type FileCheckOptions = Pick<CheckOptions, 'today' | 'organization' | 'clock' | 'render'>;

/** How long the rules may take on one file. Real files take a few milliseconds; only an input no rule was tested on could come near. */
export const checkTimeBudgetMs = 1000;
/** More problems of one rule in one file than this are counted in one last finding: the list stays short enough to read, and its cost bounded. */
export const maxFindingsPerRule = 50;

/**
 * One file's own results as plain data: what reading it and the per-file rules found, and the front
 * matter that cross-file rules read. Cross-file rules are never part of it: they run on every check.
 */
export interface FileCheck {
  findings: Finding[];
  data: Record<string, unknown> | undefined;
  /** Set when the rules ran out of time: such a result depends on the machine, so it is never cached. */
  outOfTime?: true;
  /**
   * With the `render` option: the HTML of the body the rules judged (src/checker/markdown.ts), or null
   * when the file has no body that could be read. Absent when rendering was not asked for.
   */
  html?: string | null;
  /**
   * With the `render` option: the language the page is written in, as the rules read it (a `lang`
   * attribute's value), or null when it cannot be told. Pages mark the group's own text with it.
   */
  language?: string | null;
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
    if (!known && !reported) return new KnownGroup(file, parseGroupFile(file, { organization, frontMatterOnly: true }).data, organization);
    const own = known ?? checkFile(file, { ...options, organization });
    // What cross-file rules read is the data: a whole parse (its trees, its words) kept for every file
    // would make each collection of garbage longer as the check goes on.
    const group = new KnownGroup(file, own.data, organization);
    if (reported) {
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
  // Findings about paths that are no reported group's file, kept by path.
  const deletedFindings: { path: string; finding: Finding }[] = [];
  if (options.change) {
    for (const rule of rules) {
      rule.checkChange?.(options.change, {
        organization,
        groups,
        report: (path, range, message) => {
          const finding = { rule: rule.id, range, message };
          // A path that is no reported group (deleted, hidden, or no group file at all) keeps its finding by path.
          const found = findings.get(groups.find((candidate) => candidate.path === path) as ParsedGroup);
          if (found) found.push(finding);
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
  for (const picture of options.unclaimedPictures ?? []) {
    if (!isReported(picture.path)) continue;
    const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    // Everything in the pictures folder is published as it is, so what is no picture is refused wherever it lies.
    for (const message of pictureProblems(picture, organization)) diagnostics.push(toDiagnostic(picture.path, { rule: 'picture-file', range: start, message }, false));
    const folder = picture.path.slice(0, picture.path.lastIndexOf('/'));
    const message = `${picture.path} is in a folder of no group: no src/content/groups/${folder.slice(folder.lastIndexOf('/') + 1)}.mdx shows it. Move it to the folder of the group that shows it, or remove it.`;
    diagnostics.push(toDiagnostic(picture.path, { rule: 'picture-unused', range: start, message }, false));
  }
  const outcome = applyExceptions(diagnostics, options.exceptions, { today: options.today, groups, isReported });
  outcome.diagnostics.sort(compareDiagnostics);
  return { today: options.today, checked: findings.size, diagnostics: outcome.diagnostics, excepted: outcome.excepted, groups, fileChecks };
}

/** Reads one file and runs the per-file rules on it: the part of a check that can be cached or run in a worker thread. */
export function checkFile(file: SourceFile, options: FileCheckOptions): FileCheck {
  const organization = options.organization ?? defaultOrganization;
  return checkParsedFile(parseGroupFile(file, { organization }), { ...options, organization });
}

function checkParsedFile(group: ParsedGroup, { today, organization, clock, render }: FileCheckOptions & { organization: Organization }): FileCheck {
  const findings = [...group.parseFindings];
  const rendered = render ? { html: group.bodySource === undefined ? null : renderBody(group.bodySource), language: pageLanguage(group) ?? null } : {};
  const started = clock?.() ?? 0;
  for (const rule of rules) {
    let count = 0;
    const report = (range: Range, message: string, details: FindingDetails = {}) => {
      if (++count <= maxFindingsPerRule) findings.push({ rule: rule.id, range, message, ...details });
    };
    rule.check?.(group, { today, organization, report });
    if (count > maxFindingsPerRule) {
      const last = findings.at(-1) as Finding;
      findings.push({ rule: rule.id, range: last.range, message: `…and ${count - maxFindingsPerRule} more problems like the ones above in this file.` });
    }
    if (clock && clock() - started > checkTimeBudgetMs) {
      findings.push({
        rule: 'body-limits',
        range: group.rangeAt(0, 0),
        message: `Checking this file took more than ${checkTimeBudgetMs / 1000} s, so not every rule could judge it. Shorten the page, or simplify its formatting.`,
      });
      return { findings, data: group.data, outOfTime: true, ...rendered };
    }
  }
  return { findings, data: group.data, ...rendered };
}

/**
 * A file whose own results are known: cross-file rules read its front matter data at once, and the
 * file is parsed again only if one of them asks for more (a position to report at). A class, so that
 * thousands of them (the group editor's other groups, a warm cache) cost one small object each.
 */
class KnownGroup implements ParsedGroup {
  readonly path: string;
  readonly slug: string;
  readonly data?: Record<string, unknown>;
  readonly parseFindings: Finding[] = [];
  readonly #file: SourceFile;
  readonly #organization: Organization;
  #parsed: ParsedGroup | undefined;

  constructor(file: SourceFile, data: Record<string, unknown> | undefined, organization: Organization) {
    this.path = file.path;
    this.slug = slugOfPath(file.path);
    if (data) this.data = data;
    this.#file = file;
    this.#organization = organization;
  }

  #parse(): ParsedGroup {
    return (this.#parsed ??= parseGroupFile(this.#file, { organization: this.#organization }));
  }

  get text() {
    return this.#parse().text;
  }
  get yaml() {
    return this.#parse().yaml;
  }
  get yamlOffset() {
    return this.#parse().yamlOffset;
  }
  get frontMatterEnd() {
    return this.#parse().frontMatterEnd;
  }
  get group() {
    return this.#parse().group;
  }
  get body() {
    return this.#parse().body;
  }
  get bodySource() {
    return this.#parse().bodySource;
  }
  rangeOf(path: FieldPath, part?: 'key' | 'value') {
    return this.#parse().rangeOf(path, part);
  }
  rangeAt(start: number, end: number) {
    return this.#parse().rangeAt(start, end);
  }
  rangeOfNode(node: UnistNode) {
    return this.#parse().rangeOfNode(node);
  }
  rangeInBody(start: number, end: number) {
    return this.#parse().rangeInBody(start, end);
  }
}

function toDiagnostic(file: string, finding: Finding, strict: boolean): Diagnostic {
  const rule = ruleById(finding.rule);
  const severity = rule.severity === 'time' ? (strict ? 'error' : 'warning') : rule.severity;
  return { file: finding.file ?? file, ...finding.range, rule: rule.id, severity, message: finding.message, url: guidelineUrl(rule.guideline) };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule, 'en');
}
