/** Turns the schema's issues into findings that say what to change, with "did you mean" suggestions that carry their fix. */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { knownKeys } from '../schema/group.ts';
import { isBlank } from './values.ts';
import type { FieldPath, Finding, ParsedGroup, Range } from './types.ts';

type Issue = z.core.$ZodIssue;

export function schemaFindings(group: ParsedGroup, issues: readonly Issue[]): Finding[] {
  // A field written with other capitals ("Visibility") is one slip, reported once, where it is written: the
  // field it should be is not reported missing as well.
  const miscased = new Set(
    issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key.toLowerCase()].join('\0')) : [])),
  );
  const isMissingButMiscased = (issue: Issue) => issue.input === undefined && issue.code !== 'unrecognized_keys' && miscased.has(issue.path.map(String).map((part) => part.toLowerCase()).join('\0'));
  // A value of the wrong kind (a line of text where a list belongs) is one slip: its length is not another.
  const wrongKind = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('\0')));
  const followsWrongKind = (issue: Issue) => (issue.code === 'too_big' || issue.code === 'too_small') && wrongKind.has(issue.path.join('\0'));
  return issues.filter((issue) => !isMissingButMiscased(issue) && !followsWrongKind(issue) && !isRequiredByRule(group, issue)).flatMap((issue) => findingsFor(group, issue));
}

/** Fields a rule of their own requires of some groups (region-required, join-criteria-required): left blank there, that rule says what to write. */
const requiredByRule: Record<string, (data: Record<string, unknown>) => boolean> = {
  region: (data) => data.type === 'regional',
  joinCriteria: (data) => data.visibility === 'private',
};
function isRequiredByRule(group: ParsedGroup, issue: Issue): boolean {
  const [field] = issue.path;
  if (issue.path.length !== 1 || typeof field !== 'string' || !group.data || !requiredByRule[field]?.(group.data)) return false;
  return isBlank(group.data[field]);
}

function findingsFor(group: ParsedGroup, issue: Issue): Finding[] {
  const rule = 'schema';
  const path = issue.path;
  if (issue.code !== 'unrecognized_keys' && issue.input === undefined && path.length > 0) {
    // Reported where the field belongs; `field` names it, for a shell that shows the problem beside it (the editor).
    return [{ rule, range: group.rangeOf(path.slice(0, -1), 'key'), message: `Add the required field "${String(path.at(-1))}" to ${where(path.slice(0, -1))}.`, data: { field: path.join('.') } }];
  }
  // "founded:" or "visibility:" with nothing after it: a choice says which values to write.
  if (issue.input === null && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const key = String(path.at(-1));
    const write = issue.code === 'invalid_value' ? `Write one of ${issue.values.map(String).join(', ')} after "${key}:" on the same line.` : `Write its value after "${key}:" on the same line, or remove the line.`;
    return [{ rule, range: group.rangeOf(path, 'key'), message: `${describePath(path)} is empty. ${write}` }];
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = knownKeys[containerName(path)] ?? [];
    // Two misspellings of the same missing field must not both be told to become it.
    const suggestedAlready = new Set<string>();
    return issue.keys.map((key) => {
      const range = group.rangeOf([...path, key], 'key');
      const suggested = suggestion(key, allowed.filter((name) => !(name in (valueAt(group.data, path) ?? {})) && !suggestedAlready.has(name)));
      if (suggested) suggestedAlready.add(suggested);
      const onlyCapitals = suggested !== undefined && suggested.toLowerCase() === key.toLowerCase();
      return {
        rule,
        range,
        message: onlyCapitals
          ? `Write the field "${key}" as "${suggested}": field names are written exactly so, capitals included.`
          : `"${key}" is not a field of ${where(path)}.${didYouMean(suggested)} The fields are: ${allowed.join(', ')}.`,
        ...(suggested && { data: { given: key, suggestion: suggested }, fix: { range, replacement: written(group, range, suggested), description: `renamed the field "${key}" to "${suggested}"` } }),
      };
    });
  }
  const range = group.rangeOf(path, 'value');
  const field = describePath(path);
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const given = String(issue.input);
      const suggested = suggestion(given, allowed);
      return [
        {
          rule,
          range,
          message: `${field} is "${given}", which is not allowed.${didYouMean(suggested)} Use one of: ${allowed.join(', ')}.`,
          ...(suggested && { data: { given, suggestion: suggested }, fix: { range, replacement: written(group, range, suggested), description: `changed "${given}" to "${suggested}"` } }),
        },
      ];
    }
    case 'invalid_type':
      return [{ rule, range, message: `${field}: ${issue.message.startsWith('Invalid input') ? `expected ${article(issue.expected)}, found ${kindOf(issue.input)}` : issue.message}.`.replace(/\.\.$/, '.') }];
    default:
      return [{ rule, range, message: `${field}: ${issue.message}` }];
  }
}

/** The closest allowed name, when it is close enough to be what the author meant. */
function suggestion(given: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const lower = given.toLowerCase();
  const candidate = closest(lower, allowed.map((name) => name.toLowerCase()));
  const limit = Math.max(2, Math.floor(candidate.length / 3));
  const match = allowed.find((name) => name.toLowerCase() === candidate);
  return match !== undefined && distance(lower, candidate) <= limit ? match : undefined;
}

const didYouMean = (suggested: string | undefined) => (suggested === undefined ? '' : ` Did you mean "${suggested}"?`);

/** `value` written as the text at `range` is: in the same quotes, if it has any. */
function written(group: ParsedGroup, range: Range, value: string): string {
  const quote = group.text.split('\n')[range.line - 1]?.[range.column - 1];
  if (quote === '"') return JSON.stringify(value);
  if (quote === "'") return `'${value.replaceAll("'", "''")}'`;
  return value;
}

function containerName(path: FieldPath): string {
  const named = path.filter((segment) => typeof segment === 'string');
  return String(named.at(-1) ?? '');
}

/** The value at `path` when it is a mapping or a list, otherwise undefined. */
function valueAt(data: unknown, path: FieldPath): Record<string, unknown> | undefined {
  let value = data;
  for (const segment of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[segment];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function where(path: FieldPath): string {
  return path.length === 0 ? 'the front matter' : `"${describePath(path)}"`;
}

/** ['managers', 1, 'github'] → "managers, entry 2, github" */
export function describePath(path: FieldPath): string {
  return path.map((segment) => (typeof segment === 'number' ? `entry ${segment + 1}` : String(segment))).join(', ');
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', array: 'a list (lines starting with "- ")', object: 'fields ("key: value" lines, indented)', boolean: 'true or false', date: 'a date' };
  return names[expected] ?? expected;
}

function kindOf(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'nested fields';
  if (typeof value === 'string') return 'text';
  return `${article(typeof value)} (${String(value)})`;
}
