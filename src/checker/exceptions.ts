/**
 * Exceptions the office grants: one reviewed YAML file lists, for a group and a rule, why the rule does
 * not apply to that group, who granted it and until when. The engine gets the file's text as an input;
 * a group file cannot exempt itself, because nothing in a group file is read as an exception.
 */
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { isRealDay, slugPattern } from '../schema/group.ts';
import { guidelineUrl } from './guideline-url.ts';
import { findRule, ruleById, rules, securityRules } from './rules/index.ts';
import type { Diagnostic, ParsedGroup, RuleId } from './types.ts';

/** The exceptions file as the shell read it. */
export interface ExceptionsFile {
  path: string;
  text: string;
}

export interface GrantedException {
  group: string;
  rule: string;
  reason: string;
  grantedBy: string;
  expires: string;
}

/** A problem an exception covers: not counted, but listed for the office. */
export interface ExceptedDiagnostic extends Diagnostic {
  exception: GrantedException;
}

const fields = ['group', 'rule', 'reason', 'grantedBy', 'expires'] as const;
/**
 * Rules no exception can lift: those the parser and the schema raise (the site cannot publish a file
 * they refuse), the security rules, and the exception rules.
 */
export function isExceptable(ruleId: string): boolean {
  const rule = findRule(ruleId);
  return rule !== undefined && rule.raisedBy === undefined && !securityRules.includes(rule);
}

interface Entry extends GrantedException {
  /** Offsets of the entry, and of its `expires` value, in the file. */
  at: [number, number];
  expiresAt: [number, number];
}

export interface ExceptionsOutcome {
  diagnostics: Diagnostic[];
  excepted: ExceptedDiagnostic[];
}

/**
 * Removes the problems that a current exception covers, and reports problems of the exceptions
 * themselves: a malformed file or entry, an expired exception, one that matches nothing.
 */
export function applyExceptions(
  diagnostics: readonly Diagnostic[],
  file: ExceptionsFile | undefined,
  context: { today: string; groups: readonly ParsedGroup[]; isReported(path: string): boolean },
): ExceptionsOutcome {
  if (!file) return { diagnostics: [...diagnostics], excepted: [] };
  const lines = new LineCounter();
  const problems: Diagnostic[] = [];
  const problem = (rule: RuleId, at: readonly [number, number], message: string) => {
    const start = lines.linePos(at[0]);
    const end = lines.linePos(Math.max(at[0], at[1]));
    const { severity, guideline } = ruleById(rule);
    problems.push({ file: file.path, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, rule, severity: severity === 'time' ? 'error' : severity, message, url: guidelineUrl(guideline) });
  };
  const pathBySlug = new Map(context.groups.map((group) => [group.slug, group.path]));
  const entries = readEntries(file.text, lines, pathBySlug, problem);

  const kept: Diagnostic[] = [];
  const excepted: ExceptedDiagnostic[] = [];
  const current = entries.filter((entry) => {
    if (!context.isReported(pathBySlug.get(entry.group) ?? '')) return false;
    if (entry.expires >= context.today) return true;
    problem('exception-expired', entry.expiresAt, `The exception for rule ${entry.rule} of group "${entry.group}" expired on ${entry.expires}, so the rule applies again. Fix the problem in the group file and remove the exception, or renew it with a new date and reason.`);
    return false;
  });
  const used = new Set<Entry>();
  for (const diagnostic of diagnostics) {
    const entry = current.find((candidate) => candidate.rule === diagnostic.rule && pathBySlug.get(candidate.group) === diagnostic.file);
    if (!entry) {
      kept.push(diagnostic);
      continue;
    }
    used.add(entry);
    const { group, rule, reason, grantedBy, expires } = entry;
    excepted.push({ ...diagnostic, exception: { group, rule, reason, grantedBy, expires } });
  }
  for (const entry of current) {
    if (!used.has(entry)) {
      problem('exception-unused', entry.at, `The exception for rule ${entry.rule} of group "${entry.group}" no longer matches any problem in the group file. Remove it from the exceptions file.`);
    }
  }
  return { diagnostics: [...kept, ...problems], excepted };
}

function readEntries(
  text: string,
  lines: LineCounter,
  pathBySlug: ReadonlyMap<string, string>,
  problem: (rule: RuleId, at: readonly [number, number], message: string) => void,
): Entry[] {
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, strict: true, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) problem('exceptions-file', error.pos, `The exceptions file is not valid YAML: ${error.message.split('\n')[0]}. Each exception is a list item: "- group: <slug>" followed by rule, reason, grantedBy and expires.`);
    return [];
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isSeq(root)) {
    problem('exceptions-file', rangeOf(root), 'The exceptions file must be a list: each exception starts with "- group: <slug>" on its own line.');
    return [];
  }
  const entries: Entry[] = [];
  for (const item of root.items) {
    const at = rangeOf(item);
    if (!isMap(item)) {
      problem('exceptions-file', at, `Each exception is a set of fields (${fields.join(', ')}), starting with "- group: <slug>".`);
      continue;
    }
    const entry = readEntry(item, at, pathBySlug, problem);
    if (!entry) continue;
    if (entries.some((other) => other.group === entry.group && other.rule === entry.rule)) {
      problem('exceptions-file', at, `The group "${entry.group}" already has an exception for rule ${entry.rule}. Keep one of them.`);
      continue;
    }
    entries.push(entry);
  }
  return entries;
}

function readEntry(
  item: YAMLMap,
  at: [number, number],
  pathBySlug: ReadonlyMap<string, string>,
  problem: (rule: RuleId, at: readonly [number, number], message: string) => void,
): Entry | undefined {
  let valid = true;
  const fail = (where: readonly [number, number], message: string) => {
    valid = false;
    problem('exceptions-file', where, message);
  };
  const values: Partial<Record<(typeof fields)[number], { value: unknown; at: [number, number] }>> = {};
  const misspelt = new Set<string>();
  for (const pair of item.items) {
    const key = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '';
    const keyAt = rangeOf(pair.key);
    if ((fields as readonly string[]).includes(key)) {
      values[key as (typeof fields)[number]] = { value: isScalar(pair.value) ? pair.value.value : pair.value, at: pair.value ? rangeOf(pair.value) : keyAt };
    } else {
      const suggestion = closest(key, [...fields]);
      const isClose = distance(key.toLowerCase(), suggestion.toLowerCase()) <= 3;
      if (isClose) misspelt.add(suggestion);
      const hint = isClose ? ` Did you mean "${suggestion}"?` : '';
      fail(keyAt, `"${key}" is not a field of an exception; use ${fields.join(', ')}.${hint}`);
    }
  }
  for (const field of fields) {
    if (values[field] === undefined && !misspelt.has(field)) fail(at, `This exception has no "${field}". Every exception records ${fields.join(', ')}.`);
  }
  const text = (field: (typeof fields)[number]) => {
    const found = values[field];
    if (!found) return '';
    if (typeof found.value === 'string' && found.value.trim()) return found.value.trim();
    fail(found.at, `Write the exception's "${field}" as text.`);
    return '';
  };
  const [group, rule, reason, grantedBy, expires] = fields.map(text) as [string, string, string, string, string];
  const groupAt = values.group?.at ?? at;
  const ruleAt = values.rule?.at ?? at;
  const expiresAt = values.expires?.at ?? at;
  if (group && (!slugPattern.test(group) || !pathBySlug.has(group))) {
    const suggestion = closest(group, [...pathBySlug.keys()]);
    fail(groupAt, `No group has the slug "${group}" (the group file's name without .mdx).${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
  }
  if (rule && !findRule(rule)) {
    fail(ruleAt, `There is no rule "${rule}". Use the rule id shown in the checker's message, for example "${closest(rule, rules.map((candidate) => candidate.id))}".`);
  } else if (rule && !isExceptable(rule)) {
    fail(ruleAt, `Rule ${rule} cannot be excepted: the site build enforces it by itself, or it is about exceptions. The group file must be fixed.`);
  }
  if (expires && !isRealDay(expires)) fail(expiresAt, `"${expires}" is not a real date; write the expiry date as YYYY-MM-DD, for example 2026-12-31.`);
  return valid ? { group, rule, reason, grantedBy, expires, at, expiresAt } : undefined;
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as YamlNode | null)?.range;
  return range ? [range[0], range[1]] : [0, 0];
}
