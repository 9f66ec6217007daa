import { describe, expect, it } from 'vitest';
import { checkFile, checkGroups } from '../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../src/checker/examples.ts';

const path = 'src/content/groups/lyon.mdx';
const check = (content: string | Uint8Array) =>
  checkGroups([{ path, content }], { today: exampleToday, isStrict: () => true }).diagnostics.map(({ rule, line, column }) => ({ rule, line, column }));
const validGroup = exampleFiles({ title: 'base' })[0]?.content as string;

describe('the engine on files that are not well-formed group files', () => {
  it('reports a missing front matter at line 1, and nothing from the rules that need it', () => {
    expect(check('# CERN Alumni Lyon Group\n\nWe meet every month.\n')).toEqual([{ rule: 'frontmatter-syntax', line: 1, column: 1 }]);
  });

  it('reports a front matter that is never closed at its opening line', () => {
    const diagnostics = check('---\nname: CERN Alumni Lyon Group\ntype: regional\n\nWe meet every month.\n');
    expect(diagnostics[0]).toEqual({ rule: 'frontmatter-syntax', line: 1, column: 1 });
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'frontmatter-syntax')).toHaveLength(1);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const content = validGroup.replace('type: regional\n', 'type: regional\ntype: activity\n');
    const line = content.split('\n').indexOf('type: activity') + 1;
    expect(check(content)).toEqual([{ rule: 'frontmatter-syntax', line, column: 1 }]);
  });

  it('reports a tab used for indentation on its line', () => {
    const content = validGroup.replace('  - name: Karim Haddad', '\t- name: Karim Haddad');
    const line = content.split('\n').findIndex((text) => text.startsWith('\t')) + 1;
    const syntax = check(content).filter((diagnostic) => diagnostic.rule === 'frontmatter-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]?.line).toBe(line);
  });

  it('reports an empty file and a file of only a byte-order mark as missing front matter', () => {
    expect(check('')).toEqual([{ rule: 'frontmatter-syntax', line: 1, column: 1 }]);
    expect(check('\ufeff')).toEqual([{ rule: 'frontmatter-syntax', line: 1, column: 1 }]);
  });

  it('accepts a byte-order mark before a valid group', () => {
    expect(check(`\ufeff${validGroup}`)).toEqual([]);
  });

  it('gives the same result whether a file is read fresh or from known per-file results', () => {
    const files = [{ path, content: validGroup.replace('type: regional', 'type: regionall') }];
    const fresh = checkGroups(files, { today: exampleToday });
    const known = checkGroups(files, { today: exampleToday, known: (file) => fresh.fileChecks.get(file.path) });
    expect(known.diagnostics).toEqual(fresh.diagnostics);
    expect(fresh.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('schema');
  });
});

describe('the engine\'s bounds on one file', () => {
  const withBody = (body: string) => exampleFiles({ title: 'bounds', body })[0]?.content as string;

  it('reports at most 50 problems of a rule in a file, then counts the rest in one last finding', () => {
    const body = Array.from({ length: 80 }, (_, index) => `Write to member${index}@example.org.`).join('\n\n');
    const found = checkGroups([{ path, content: withBody(body) }], { today: exampleToday }).diagnostics.filter((diagnostic) => diagnostic.rule === 'personal-data');
    expect(found).toHaveLength(51);
    expect(found.at(-1)?.message).toBe('…and 30 more problems like the ones above in this file.');
  });

  it('stops the rules of a file that takes longer than its time budget, with an error naming it, and never caches it', () => {
    let now = 0;
    // Every reading of the clock is 300 ms later: the fourth rule takes the file over its second.
    const clock = () => (now += 300);
    const result = checkGroups([{ path, content: validGroup }], { today: exampleToday, clock });
    expect(result.diagnostics.map(({ rule, line, message }) => ({ rule, line, message }))).toEqual([
      { rule: 'body-limits', line: 1, message: 'Checking this file took more than 1 s, so not every rule could judge it. Shorten the page, or simplify its formatting.' },
    ]);
    expect(result.fileChecks.get(path)?.outOfTime).toBe(true);
  });

  it('judges a file in full when it stays within its budget', () => {
    expect(checkGroups([{ path, content: validGroup }], { today: exampleToday, clock: () => 0 }).diagnostics).toEqual([]);
  });
});

describe('the language of a group’s text, given with its rendered body', () => {
  const languageOf = (body: string) => checkFile(exampleFiles({ title: 'language', body })[0]!, { today: exampleToday, render: true }).language;

  it('is the language the managers wrote the page in, as a lang attribute writes it', () => {
    expect(languageOf('We meet once a month for a talk and a drink, and we welcome every alumnus and alumna of the region.\n')).toBe('en');
    expect(languageOf('Nous nous retrouvons une fois par mois pour une conférence et un verre, et nous accueillons tous les alumni de la région.\n')).toBe('fr');
    expect(languageOf('Wir treffen uns einmal im Monat zu einem Vortrag und einem Getränk und freuen uns auf alle Alumni der Region.\n')).toBe('de');
  });

  it('is given only when the body is rendered', () => {
    expect(checkFile(exampleFiles({ title: 'language' })[0]!, { today: exampleToday }).language).toBeUndefined();
  });
});
