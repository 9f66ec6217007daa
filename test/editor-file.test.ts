/**
 * The group editor's pieces that run without a browser: how the form's values become the file (and
 * never cost a manager what they wrote), where a problem belongs in the form, and how the site gets
 * Sätteri's WebAssembly build.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { disclaimerStatement } from '../src/config/organization.ts';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleToday } from '../src/checker/examples.ts';
import { lockedWasmPackage, matchesIntegrity } from '../src/integrations/satteri-wasm.ts';
import { composeFile, disclaimerText, fieldLocator, ownSentencesOf } from '../src/lib/browser/editor/group-file.ts';

const lyon = {
  name: 'CERN Alumni Lyon Group',
  type: 'regional',
  managedBy: 'alumni',
  visibility: 'public',
  summary: 'Alumni living around Lyon meet for talks, visits and a summer picnic.',
  region: 'Lyon, France',
  managers: [
    { name: 'Claire Martin', github: 'claire-martin' },
    { name: 'Karim Haddad', github: 'khaddad' },
  ],
  objectives: ['Keep alumni around Lyon in touch with each other and with CERN.', ''],
  lastActivity: '2026-05-02',
  annualPlan: { year: 2026, activities: [{ title: 'Summer picnic', date: '2026-07-04', kind: 'event', location: '' }] },
  channels: { website: undefined, social: [] },
};

describe('the editor’s file', () => {
  it('is a group file the checker accepts, with the disclaimer written from the name and channels', () => {
    const text = composeFile(undefined, lyon, disclaimerText(lyon, ''), 'Alumni around Lyon meet every month.');
    const { diagnostics } = checkGroups([{ path: 'src/content/groups/lyon.mdx', content: text }], { today: exampleToday, isStrict: () => true });
    expect(diagnostics).toEqual([]);
    expect(text).toContain(disclaimerStatement('independence', 'CERN Alumni Lyon Group'));
    // Empty answers leave no empty field behind.
    expect(text).not.toMatch(/location:|channels:|^ {2}- ''$/m);
  });

  it('edits a file in place: comments, fields the form does not show and unchanged values stay as written', () => {
    const base = parseDocument('# Our group since 2019\nname: CERN Alumni Lyon Group # official name\nstatus: inactive\nsummary: Old words of the group.\nmanagers:\n  - name: A Person\n    github: a-person\n  - name: B Person\n    github: b-person\n  - name: C Person\n    github: c-person\n');
    const text = composeFile(base, { name: 'CERN Alumni Lyon Group', summary: 'New words of the group.', managers: [{ name: 'A Person', github: 'a-person' }, { name: 'B Person', github: 'b-person' }] }, '', 'Body.');
    expect(text).toBe('---\n# Our group since 2019\nname: CERN Alumni Lyon Group # official name\nstatus: inactive\nsummary: New words of the group.\nmanagers:\n  - name: A Person\n    github: a-person\n  - name: B Person\n    github: b-person\n---\n\nBody.\n');
  });

  it('keeps a manager’s own disclaimer sentences after the statements, and finds them again in a file', () => {
    const own = 'Our meetings are open to partners of members.';
    const disclaimer = disclaimerText(lyon, own);
    expect(disclaimer.endsWith(own)).toBe(true);
    expect(ownSentencesOf(disclaimer, lyon)).toBe(own);
    // Line breaks of a folded block do not hide a statement.
    expect(ownSentencesOf(disclaimer.replace(/ (?=alumni of)/, '\n  '), lyon)).toBe(own);
    // A statement that was reworded is not the manager's own sentence, but it is never dropped either.
    expect(ownSentencesOf('The Lyon group is independent. ' + own, lyon)).toBe(`The Lyon group is independent. ${own}`);
  });

  it('says which field a place in the front matter belongs to, down to an item of a list', () => {
    const yaml = 'name: CERN Alumni Lyon Group\nmanagers:\n  - name: Claire Martin\n    github: claire-martin\nannualPlan:\n  year: 2026\n  activities:\n    - title: Summer picnic\n';
    const fieldAtOffset = fieldLocator(yaml);
    expect(fieldAtOffset(yaml.indexOf('claire-martin'))).toEqual(['managers', 0, 'github']);
    expect(fieldAtOffset(yaml.indexOf('Summer'))).toEqual(['annualPlan', 'activities', 0, 'title']);
    expect(fieldAtOffset(yaml.indexOf('managers:'))).toEqual(['managers']);
    expect(fieldAtOffset(0)).toEqual(['name']);
  });
});

describe('Sätteri’s WebAssembly build for the editor', () => {
  const root = path.resolve(import.meta.dirname, '..');

  it('is pinned by package-lock.json, at the version Sätteri itself asks for', async () => {
    const locked = lockedWasmPackage(await readFile(path.join(root, 'package-lock.json'), 'utf8'));
    const satteri = JSON.parse(await readFile(path.join(root, 'node_modules/satteri/package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
    expect(locked?.version).toBe(satteri.optionalDependencies['@bruits/satteri-wasm32-wasi']);
    expect(locked?.integrity).toMatch(/^sha512-/);
  });

  it('is accepted only with the bytes the lock file names', () => {
    const bytes = new TextEncoder().encode('a package');
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    expect(matchesIntegrity(bytes, integrity)).toBe(true);
    expect(matchesIntegrity(new TextEncoder().encode('another package'), integrity)).toBe(false);
    expect(matchesIntegrity(bytes, 'md5-xyz')).toBe(false);
  });

  it('gives the editor every function Sätteri’s browser binding takes from it', async () => {
    const bindingFile = path.join(path.dirname(createRequire(import.meta.url).resolve('satteri')), 'binding.browser.js');
    const wanted = /export \{([^}]*)\}/.exec(await readFile(bindingFile, 'utf8'))?.[1]?.split(',').map((name) => name.trim()).filter(Boolean);
    const given = /export const \{([^}]*)\}/.exec(await readFile(path.join(root, 'src/lib/browser/editor/satteri-binding.ts'), 'utf8'))?.[1]?.split(',').map((name) => name.trim()).filter(Boolean);
    expect(wanted?.length).toBeGreaterThan(10);
    expect(given?.sort()).toEqual(wanted?.sort());
  });
});
