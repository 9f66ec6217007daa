/**
 * The slips people make in front matter written by hand: each gets exactly one message, at its line,
 * in plain words, naming what to write instead. None gets a follow-on message from the same cause.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../src/checker/examples.ts';
import { fixGroupFile } from '../src/checker/fix.ts';

const valid = exampleFiles({ title: 'valid' })[0]!.content as string;
const path = 'src/content/groups/lyon.mdx';
const check = (text: string) => checkGroups([{ path, content: text }], { today: exampleToday }).diagnostics.map(({ line, rule, message }) => ({ line, rule, message }));
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe.each([
  ['a tab before a field', (text: string) => text.replace('\ntype: regional', '\n\ttype: regional'), '\ttype:', 'frontmatter-syntax', 'This line is indented with a tab, and YAML accepts only spaces. Write it at the start of the line: type: regional'],
  ['": " inside a value', (text: string) => text.replace(/^summary: .*$/m, 'summary: Alumni meet: talks and visits'), 'summary:', 'frontmatter-syntax', 'The value of summary contains ": ", which YAML reads as the start of another field. Put the whole value in double quotes: summary: "Alumni meet: talks and visits"'],
  ['curly quotes around a value with ": "', (text: string) => text.replace(/^summary: .*$/m, 'summary: “Alumni meet: talks and visits”'), 'summary:', 'frontmatter-syntax', 'The value of summary starts with a curly quote (“), which YAML does not read as a quote. Use straight double quotes: summary: "Alumni meet: talks and visits"'],
  ['a quote never closed', (text: string) => text.replace(/^summary: .*$/m, 'summary: "Alumni around Lyon meet'), 'summary:', 'frontmatter-syntax', 'The value of summary opens a quote (") that the line does not close. Close it at the end of the line: summary: "Alumni around Lyon meet"'],
  ['a pasted bullet list', (text: string) => text.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n• Keep alumni in touch\n• Organise visits'), '• Keep', 'frontmatter-syntax', 'A list item starts with "- " (a hyphen and a space), not with "•". Write it as: - Keep alumni in touch, and the same for the line below.'],
  ['"#" inside a value', (text: string) => text.replace(/^region: .*$/m, 'region: Lyon #1, France'), 'region:', 'frontmatter-syntax', 'YAML reads everything from " #" on as a comment, so region would be only "Lyon". Put the whole value in double quotes: region: "Lyon #1, France"'],
  ['an empty value', (text: string) => text.replace(/^founded: .*$/m, 'founded:'), 'founded:', 'schema', 'founded is empty. Write its value after "founded:" on the same line, or remove the line.'],
  ['an empty region, which a regional group needs', (text: string) => text.replace(/^region: .*$/m, 'region:'), 'region:', 'region-required', 'A regional group must name its region: write it after `region:`, for example "region: Lyon, France".'],
  ['empty join criteria, which a private group needs', (text: string) => text.replace(/^joinCriteria: .*$/m, 'joinCriteria:'), 'joinCriteria:', 'join-criteria-required', 'A private group must say who may request to join: write it after `joinCriteria:`, for example "Alumni who live or work in the Lyon area."'],
  ['no space after a colon', (text: string) => text.replace('\ntype: regional', '\ntype:regional'), 'type:regional', 'frontmatter-syntax', 'Put a space after the colon, so that YAML reads type as a field: type: regional'],
  ['a list item out of line with the others', (text: string) => text.replace(/^(objectives:\n {2}- .*)$/m, '$1\n- Organise visits to laboratories.'), '- Organise', 'frontmatter-syntax', 'This list item is not in line with the ones above it. Write it with 2 spaces before the "-": - Organise visits to laboratories.'],
  ['a line of text where a list belongs', (text: string) => text.replace(/^objectives:\n {2}- .*$/m, 'objectives: Keep alumni around Lyon in touch with each other.'), 'objectives:', 'schema', 'objectives: List the objectives, one per line starting with "- ".'],
  ['a field name with a capital', (text: string) => text.replace('visibility: private', 'Visibility: private'), 'Visibility:', 'schema', 'Write the field "Visibility" as "visibility": field names are written exactly so, capitals included.'],
  ['a date written with slashes', (text: string) => text.replace('lastActivity: 2026-05-02', 'lastActivity: 02/05/2026'), 'lastActivity:', 'schema', 'lastActivity: "02/05/2026" is not written as YYYY-MM-DD; write 2026-05-02 or 2026-02-05.'],
  ['a date written with dots, read one way only', (text: string) => text.replace('lastActivity: 2026-05-02', 'lastActivity: 25.04.2026'), 'lastActivity:', 'schema', 'lastActivity: "25.04.2026" is not written as YYYY-MM-DD; write 2026-04-25.'],
  ['curly quotes around a whole value, which YAML keeps', (text: string) => text.replace(/^region: .*$/m, 'region: “Greater Lyon, France”'), 'region:', 'frontmatter-syntax', 'The value of region starts with a curly quote (“), which YAML does not read as a quote. Use straight double quotes: region: "Greater Lyon, France"'],
  ['curly quotes around the name, which the disclaimer names', (text: string) => text.replace(/^name: (.*)$/m, 'name: “$1”'), 'name:', 'frontmatter-syntax', 'The value of name starts with a curly quote (“), which YAML does not read as a quote. Use straight double quotes: name: "CERN Alumni Lyon Group"'],
  ['curly quotes around a choice', (text: string) => text.replace('visibility: private', 'visibility: “private”'), 'visibility:', 'frontmatter-syntax', 'The value of visibility starts with a curly quote (“), which YAML does not read as a quote. Use straight double quotes: visibility: "private"'],
  ['curly quotes around a date', (text: string) => text.replace('lastActivity: 2026-05-02', 'lastActivity: ‘2026-05-02’'), 'lastActivity:', 'frontmatter-syntax', 'The value of lastActivity starts with a curly quote (‘), which YAML does not read as a quote. Use straight double quotes: lastActivity: "2026-05-02"'],
  ['a straight quote closed by a curly one', (text: string) => text.replace(/^summary: .*$/m, 'summary: "Alumni around Lyon meet”'), 'summary:', 'frontmatter-syntax', 'The value of summary opens a quote (") that the line does not close. Close it at the end of the line: summary: "Alumni around Lyon meet"'],
  ['a quote never closed in a list item', (text: string) => text.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n  - "Keep alumni around Lyon in touch'), '  - "Keep', 'frontmatter-syntax', 'This list item opens a quote (") that the line does not close. Close it at the end of the line: - "Keep alumni around Lyon in touch"'],
  ['a quote never closed in a list item', (text: string) => text.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n  - "Keep alumni around Lyon in touch'), '  - "Keep', 'frontmatter-syntax', 'This list item opens a quote (") that the line does not close. Close it at the end of the line: - "Keep alumni around Lyon in touch"'],
  ['": " inside a list item', (text: string) => text.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n  - Help alumni: in the Lyon area and beyond'), '  - Help', 'frontmatter-syntax', 'This list item contains ": ", which YAML reads as a field name and its value. Put the whole item in double quotes: - "Help alumni: in the Lyon area and beyond"'],
  ['an empty choice', (text: string) => text.replace('visibility: private', 'visibility:'), 'visibility:', 'schema', 'visibility is empty. Write one of public, private after "visibility:" on the same line.'],
  ['a required field name with a capital', (text: string) => text.replace(/^region: /m, 'Region: '), 'Region:', 'schema', 'Write the field "Region" as "region": field names are written exactly so, capitals included.'],
  ['the join criteria, which a private group needs, with a capital', (text: string) => text.replace(/^joinCriteria: /m, 'JoinCriteria: '), 'JoinCriteria:', 'schema', 'Write the field "JoinCriteria" as "joinCriteria": field names are written exactly so, capitals included.'],
])('%s', (_slip, make, lineStart, rule, message) => {
  const text = make(valid);

  it('gets one message, at its line', () => {
    expect(text).not.toBe(valid);
    expect(check(text)).toEqual([{ line: lineOf(text, lineStart), rule, message }]);
  });
});

describe('a block indented with tabs', () => {
  const text = valid.replace(/^ {2}- name: (.*)\n {4}github: (.*)$/gm, '\t- name: $1\n\t\tgithub: $2');

  it('gets, for each line, the spaces that keep the block\'s shape', () => {
    expect(text).not.toBe(valid);
    const lines = text.split('\n');
    expect(check(text)).toEqual(
      lines.flatMap((line, index) =>
        line.startsWith('\t')
          ? [{ line: index + 1, rule: 'frontmatter-syntax', message: `This line is indented with a tab, and YAML accepts only spaces. Write it after ${line.startsWith('\t\t') ? 4 : 2} spaces: ${line.trim()}` }]
          : [],
      ),
    );
  });

  it('is mended by npm run fix into the file as it was meant', () => {
    expect(fixGroupFile(path, text).text).toBe(valid);
  });
});

describe('npm run fix on the slips it can mend', () => {
  it.each([
    ['a tab', valid.replace('\ntype: regional', '\n\ttype: regional')],
    ['": " inside a value', valid.replace(/^summary: .*$/m, 'summary: Alumni meet: talks and visits')],
    ['curly quotes', valid.replace(/^summary: .*$/m, 'summary: “Alumni meet: talks and visits”')],
    ['curly quotes YAML reads', valid.replace('visibility: private', 'visibility: “private”')],
    ['": " inside a list item', valid.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n  - Help alumni: in the Lyon area')],
    ['a quote never closed in a list item', valid.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n  - "Keep alumni around Lyon in touch')],
    ['a bullet', valid.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n• Keep alumni in touch')],
    ['"#" inside a value', valid.replace(/^region: .*$/m, 'region: Lyon #1, France')],
    ['a capital', valid.replace('visibility: private', 'Visibility: private')],
    ['no space after a colon', valid.replace('\ntype: regional', '\ntype:regional')],
    ['a list item out of line', valid.replace(/^(objectives:\n {2}- .*)$/m, '$1\n- Organise visits to laboratories.')],
  ])('mends %s and keeps every word', (_slip, text) => {
    const { text: fixed } = fixGroupFile(path, text);
    expect(check(fixed)).toEqual([]);
    const words = (value: string) => value.match(/[\p{L}\p{N}]+/gu)?.map((word) => word.toLowerCase()).sort();
    expect(words(fixed)).toEqual(words(text));
  });
});

describe('group files with one slip each, written apart from the checker', () => {
  const folder = fileURLToPath(new URL('fixtures/front-matter-slips/', import.meta.url));
  const labels = parse(readFileSync(`${folder}labels.yaml`, 'utf8')) as Record<string, { rules: string[]; line: number }>;
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ path: `src/content/groups/${name}`, content: readFileSync(`${folder}${name}`) }));
  const { diagnostics } = checkGroups(files, { today: '2026-12-03', isStrict: () => true });

  it('has a label for every file', () => {
    expect(files.map((file) => file.path.replace(/^.*\/|\.mdx$/g, '')).sort()).toEqual(Object.keys(labels).sort());
  });

  it.each(Object.entries(labels))('%s gets one message, with its rule, at the slip', (slug, { rules, line }) => {
    const found = diagnostics.filter((diagnostic) => diagnostic.file === `src/content/groups/${slug}.mdx`);
    expect(found.map((diagnostic) => ({ rule: diagnostic.rule, line: diagnostic.line }))).toEqual(rules.map((rule) => ({ rule, line })));
  });

  it('never shows the YAML parser’s own words', () => {
    expect(diagnostics.filter((diagnostic) => /not valid YAML|Implicit|block sequence|compact mapping/i.test(diagnostic.message))).toEqual([]);
  });
});
