/** Turns the schema's issues into findings that say what to change, with "did you mean" suggestions. */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { knownKeys } from '../schema/group.ts';
import type { FieldPath, Finding, ParsedGroup } from './types.ts';

type Issue = z.core.$ZodIssue;

export function schemaFindings(group: ParsedGroup, issues: readonly Issue[]): Finding[] {
  return issues.flatMap((issue) => findingsFor(group, issue));
}

function findingsFor(group: ParsedGroup, issue: Issue): Finding[] {
  const path = issue.path;
  const rule = issue.code === 'custom' && typeof issue.params?.rule === 'string' ? issue.params.rule : 'schema';
  if (issue.code === 'unrecognized_keys') {
    const allowed = knownKeys[containerName(path)] ?? [];
    return issue.keys.map((key) => ({
      rule,
      range: group.rangeOf([...path, key], 'key'),
      message: `"${key}" is not a field of ${where(path)}.${suggestion(key, allowed.filter((name) => !(name in (valueAt(group.data, path) ?? {}))))} The fields are: ${allowed.join(', ')}.`,
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ rule, range: group.rangeOf(path.slice(0, -1), 'key'), message: `Add the required field "${String(path.at(-1))}" to ${where(path.slice(0, -1))}.` }];
  }
  if (issue.code === 'custom' && rule !== 'schema') {
    const at = (issue.params?.at as FieldPath | undefined) ?? path;
    const value = valueAt(group.data, at);
    return [{ rule, range: group.rangeOf(at, value === undefined ? 'value' : 'key'), message: issue.message }];
  }
  const range = group.rangeOf(path, 'value');
  const field = describePath(path);
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const given = String(issue.input);
      return [{ rule, range, message: `${field} is "${given}", which is not allowed.${suggestion(given, allowed)} Use one of: ${allowed.join(', ')}.` }];
    }
    case 'invalid_type':
      return [{ rule, range, message: `${field}: ${issue.message.startsWith('Invalid input') ? `expected ${article(issue.expected)}, found ${kindOf(issue.input)}` : issue.message}.`.replace(/\.\.$/, '.') }];
    default:
      return [{ rule, range, message: `${field}: ${issue.message}` }];
  }
}

function suggestion(given: string, allowed: readonly string[]): string {
  if (allowed.length === 0) return '';
  const lower = given.toLowerCase();
  const candidate = closest(lower, allowed.map((name) => name.toLowerCase()));
  const limit = Math.max(2, Math.floor(candidate.length / 3));
  const match = allowed.find((name) => name.toLowerCase() === candidate);
  return match !== undefined && distance(lower, candidate) <= limit ? ` Did you mean "${match}"?` : '';
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
