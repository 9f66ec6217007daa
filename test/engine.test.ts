import { describe, expect, it } from 'vitest';
import { checkGroups } from '../src/checker/engine.ts';
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
