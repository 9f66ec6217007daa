import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../src/checker/examples.ts';
import { exceptionsPath } from '../src/checker/paths.ts';
import { runCli } from '../src/checker/node/cli.ts';
import { listGroupFiles, readGroupFiles } from '../src/checker/node/group-files.ts';
import { formatJson } from '../src/checker/reporters/json.ts';

/** A group whose body promotes a charity: one solicitation error at line 27. */
const charityBody = 'The raffle at our dinner is in aid of a children’s hospital.\n';
const files = exampleFiles({ title: 'charity', body: charityBody });

const exception = (fields: Partial<Record<'group' | 'rule' | 'reason' | 'grantedBy' | 'expires', string>> = {}) => {
  const entry = { group: 'lyon', rule: 'solicitation', reason: 'Raffle agreed with the office for the 2026 dinner.', grantedBy: 'oar-handbook', expires: '2026-12-31', ...fields };
  return `${Object.entries(entry)
    .map(([key, value], index) => `${index === 0 ? '- ' : '  '}${key}: ${value}`)
    .join('\n')}\n`;
};

const check = (text: string | undefined, options: { today?: string; reported?: string } = {}) =>
  checkGroups(files, {
    today: options.today ?? exampleToday,
    isStrict: () => true,
    isReported: (file) => file === (options.reported ?? files[0]?.path),
    exceptions: text === undefined ? undefined : { path: exceptionsPath, text },
  });

describe('exceptions', () => {
  it('leave the problem reported when there are none', () => {
    const result = check(undefined);
    expect(result.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['solicitation']);
    expect(result.excepted).toEqual([]);
  });

  it('move a covered problem from the diagnostics to the excepted list, with the exception', () => {
    const result = check(exception());
    expect(result.diagnostics).toEqual([]);
    expect(result.excepted).toHaveLength(1);
    expect(result.excepted[0]).toMatchObject({
      file: 'src/content/groups/lyon.mdx',
      rule: 'solicitation',
      line: 27,
      exception: { group: 'lyon', rule: 'solicitation', grantedBy: 'oar-handbook', expires: '2026-12-31' },
    });
  });

  it('apply up to and including the expiry day', () => {
    expect(check(exception({ expires: exampleToday })).diagnostics).toEqual([]);
  });

  it('report an expired exception as an error at its date, and stop covering the problem', () => {
    const result = check(exception({ expires: '2026-06-14' }));
    expect(result.excepted).toEqual([]);
    const expired = result.diagnostics.find((diagnostic) => diagnostic.rule === 'exception-expired');
    expect(expired).toMatchObject({ file: exceptionsPath, severity: 'error', line: 5, column: 12, endColumn: 22 });
    expect(result.diagnostics.some((diagnostic) => diagnostic.rule === 'solicitation')).toBe(true);
  });

  it('warn about an exception that no longer matches a problem', () => {
    const clean = exampleFiles({ title: 'clean' });
    const result = checkGroups(clean, { today: exampleToday, exceptions: { path: exceptionsPath, text: exception() } });
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'exception-unused', severity: 'warning', file: exceptionsPath, line: 1 })]);
  });

  it('only cover the rule and group they name', () => {
    const result = check(exception({ rule: 'personal-data' }));
    expect(result.diagnostics.map((diagnostic) => diagnostic.rule).sort()).toEqual(['exception-unused', 'solicitation']);
  });

  it('are not judged for groups a partial check does not report on', () => {
    const other = exampleFiles({ title: 'two groups', body: charityBody, otherGroups: ['name: CERN Alumni Grenoble Group'] });
    const result = checkGroups(other, { today: exampleToday, isReported: (file) => file === other[1]?.path, exceptions: { path: exceptionsPath, text: exception({ expires: '2020-01-01' }) } });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.file === exceptionsPath)).toEqual([]);
  });

  it('cannot come from the group file itself', () => {
    const self = exampleFiles({ title: 'self', body: charityBody, frontmatter: 'exceptions:\n  - rule: solicitation' });
    const result = checkGroups(self, { today: exampleToday });
    expect(result.excepted).toEqual([]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.rule).sort()).toEqual(['schema', 'solicitation']);
  });
});

describe('a malformed exceptions file', () => {
  const problems = (text: string) => check(text).diagnostics.filter((diagnostic) => diagnostic.rule === 'exceptions-file');

  it.each([
    ['invalid YAML', '- group: lyon\n  rule: [solicitation\n', 3, /not valid YAML/],
    ['a mapping instead of a list', 'group: lyon\n', 1, /must be a list/],
    ['a misspelt field', exception().replace('grantedBy', 'grantedby'), 4, /Did you mean "grantedBy"/],
    ['an unknown rule', exception({ rule: 'charity' }), 2, /There is no rule "charity"/],
    ['an unknown group', exception({ group: 'lyons' }), 1, /No group has the slug "lyons".*Did you mean "lyon"/],
    ['a date that does not exist', exception({ expires: '2026-02-30' }), 5, /not a real date/],
    ['a date in another format', exception({ expires: '31.12.2026' }), 5, /not a real date/],
    ['a missing field', exception().replace(/ {2}reason:.*\n/, ''), 1, /has no "reason"/],
    ['an empty reason', exception({ reason: '""' }), 3, /"reason" as text/],
    ['a rule the schema raises', exception({ rule: 'schema' }), 2, /cannot be excepted/],
    ['a security rule', exception({ rule: 'mdx-esm' }), 2, /cannot be excepted/],
    ['an exception for the exceptions', exception({ rule: 'exception-unused' }), 2, /cannot be excepted/],
    ['the same exception twice', exception() + exception(), 6, /already has an exception/],
  ])('is an error pointing at the line: %s', (_title, text, line, message) => {
    const found = problems(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ file: exceptionsPath, severity: 'error', line });
    expect(found.map((diagnostic) => diagnostic.message).join('\n')).toMatch(message);
  });

  it('does not apply the faulty entry', () => {
    const result = check(exception({ expires: '2026-02-30' }));
    expect(result.excepted).toEqual([]);
    expect(result.diagnostics.some((diagnostic) => diagnostic.rule === 'solicitation')).toBe(true);
  });
});

describe('the shipped exceptions file', () => {
  it('is an empty list that the sample groups check cleanly against', async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const text = await readFile(path.join(root, exceptionsPath), 'utf8');
    const groups = await readGroupFiles(root, await listGroupFiles(root));
    const result = checkGroups(groups, { today: '2026-11-21', exceptions: { path: exceptionsPath, text } });
    expect(result.excepted).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('the shells', () => {
  it('read the exceptions file from the project and list excepted problems in the JSON output', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'handbook-exceptions-'));
    try {
      await mkdir(path.join(root, 'src/content/groups'), { recursive: true });
      await writeFile(path.join(root, 'src/content/groups/lyon.mdx'), String(files[0]?.content));
      await writeFile(path.join(root, exceptionsPath), exception());
      let stdout = '';
      const status = await runCli(['--format', 'json', '--today', exampleToday], { cwd: root, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } });
      const output = JSON.parse(stdout);
      expect(status).toBe(0);
      expect(Object.keys(output)).toEqual(['version', 'today', 'checked', 'summary', 'diagnostics', 'excepted']);
      expect(output.summary).toEqual({ errors: 0, warnings: 0 });
      expect(output.excepted).toEqual([expect.objectContaining({ rule: 'solicitation', exception: expect.objectContaining({ group: 'lyon' }) })]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('always write the excepted key, empty when nothing is excepted', () => {
    expect(JSON.parse(formatJson({ today: exampleToday, checked: 0, diagnostics: [] })).excepted).toEqual([]);
  });
});
