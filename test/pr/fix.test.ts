/** `npm run fix`: the pure fixes (src/checker/fix.ts) and the script that applies them to files. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFix } from '../../scripts/fix.ts';
import { checkGroups } from '../../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../../src/checker/examples.ts';
import { fixGroupFile } from '../../src/checker/fix.ts';
import { disclaimerStatement } from '../../src/config/organization.ts';

const groups = 'src/content/groups';
const lyonPath = `${groups}/lyon.mdx`;
const valid = exampleFiles({ title: 'valid' })[0]!.content as string;
const problems = (text: string, file = lyonPath) =>
  checkGroups([{ path: file, content: text }], { today: exampleToday }).diagnostics.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`);

/** The base example with a website and a disclaimer that names the group wrongly, and a comment to keep. */
const wrongDisclaimer = valid
  .replace('managedBy: alumni', 'managedBy: alumni # run by alumni\nchannels:\n  website: https://lyon-alumni.example.org')
  .replace(/^disclaimer: .*\n/m, 'disclaimer: >-\n  The Lyon Group is an autonomous group for alumni of CERN and operates\n  independently of CERN. We love science.\n');

describe('fixGroupFile', () => {
  it('completes a wrong disclaimer with the required statements, keeping the sentence its authors added, and leaves the rest as it was', () => {
    expect(wrongDisclaimer).toContain('We love science');
    expect(problems(wrongDisclaimer).some((problem) => problem.startsWith('disclaimer-text'))).toBe(true);
    const { text, changes } = fixGroupFile(lyonPath, wrongDisclaimer);
    expect(problems(text)).toEqual([]);
    const line = wrongDisclaimer.split('\n').findIndex((candidate) => candidate.startsWith('disclaimer:')) + 1;
    expect(changes).toEqual([{ line, description: 'completed the disclaimer with the required statements, keeping the rest of its text' }]);
    const collapsed = text.replace(/\s+/g, ' ');
    expect(collapsed).toContain(
      `${disclaimerStatement('independence', 'CERN Alumni Lyon Group')} We love science. ${disclaimerStatement('website', 'CERN Alumni Lyon Group')}`,
    );
    expect(collapsed).not.toContain(' The Lyon Group');
    const before = wrongDisclaimer.split(/^disclaimer:/m)[0];
    expect(text.startsWith(before!)).toBe(true);
    expect(text).toContain('managedBy: alumni # run by alumni');
    expect(text.slice(text.lastIndexOf('---'))).toBe(wrongDisclaimer.slice(wrongDisclaimer.lastIndexOf('---')));
  });

  it('changes nothing the second time', () => {
    const once = fixGroupFile(lyonPath, wrongDisclaimer).text;
    expect(fixGroupFile(lyonPath, once)).toEqual({ text: once, changes: [] });
  });

  it('leaves a disclaimer alone when it holds every statement, even with more text', () => {
    const more = valid.replace('independently of CERN.', 'independently of CERN. We love science.');
    expect(fixGroupFile(lyonPath, more)).toEqual({ text: more, changes: [] });
  });

  it('adds a missing disclaimer at the end of the front matter', () => {
    const missing = valid.replace(/^disclaimer: .*\n/m, '');
    expect(missing).not.toContain('disclaimer');
    const { text, changes } = fixGroupFile(lyonPath, missing);
    expect(changes.map((change) => change.description)).toEqual(['added the disclaimer with the required statements']);
    expect(problems(text)).toEqual([]);
  });

  it('applies the field name and choice that the checker suggests, keeping quotes', () => {
    const misspelt = valid.replace('summary:', 'summery:').replace('type: regional', 'type: "Regonal"');
    expect(problems(misspelt).join('\n')).toMatch(/Did you mean "summary"\?[\s\S]*Did you mean "regional"\?|Did you mean "regional"\?[\s\S]*Did you mean "summary"\?/);
    const { text, changes } = fixGroupFile(lyonPath, misspelt);
    expect(changes.map((change) => change.description)).toEqual(['changed "Regonal" to "regional"', 'renamed the field "summery" to "summary"']);
    expect(text).toBe(valid.replace('type: regional', 'type: "regional"'));
  });

  it('touches nothing it cannot fix safely', () => {
    const unfixable = valid.replace('type: regional', 'type: zzzzzz').replace('visibility: private', 'visibility: private\nflavour: vanilla');
    expect(problems(unfixable).length).toBe(2);
    expect(fixGroupFile(lyonPath, unfixable)).toEqual({ text: unfixable, changes: [] });
    const brokenYaml = `${valid.slice(0, 4)}name: [unclosed\n${valid.slice(4)}`;
    expect(fixGroupFile(lyonPath, brokenYaml)).toEqual({ text: brokenYaml, changes: [] });
  });

  it('keeps Windows line endings and a byte-order mark', () => {
    const windows = `\uFEFF${wrongDisclaimer.replaceAll('\n', '\r\n')}`;
    const { text } = fixGroupFile(lyonPath, windows);
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
    expect(problems(text)).toEqual([]);
  });

  it('proposes a valid file name for an invalid one', () => {
    expect(fixGroupFile(`${groups}/Bay_Area.mdx`, valid).renameTo).toBe('bay-area.mdx');
    expect(fixGroupFile(`${groups}/bay-area.md`, valid).renameTo).toBe('bay-area.mdx');
    expect(fixGroupFile(`${groups}/bay-area.mdx`, valid).renameTo).toBeUndefined();
  });
});

describe('npm run fix', () => {
  let root: string;
  let output: string;
  const io = () => ({ cwd: root, stdout: { write: (text: string) => (output += text) }, stderr: { write: (text: string) => (output += text) } });
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'handbook-fix-'));
    await mkdir(path.join(root, groups), { recursive: true });
    output = '';
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('fixes the files, renames to a free valid name, says what it did, and finds nothing the second time', async () => {
    await writeFile(path.join(root, groups, 'Lyon_Group.mdx'), wrongDisclaimer);
    await writeFile(path.join(root, groups, 'tokyo.mdx'), valid.replace('name: CERN Alumni Lyon Group', 'name: CERN Alumni Tokyo Group'));
    expect(await runFix([], io())).toBe(0);
    expect(output).toContain(`${groups}/Lyon_Group.mdx:`);
    expect(output).toContain('completed the disclaimer with the required statements');
    expect(output).toContain(`${groups}/Lyon_Group.mdx: renamed to lyon-group.mdx`);
    expect(output).toContain(`${groups}/tokyo.mdx:`);
    expect((await readdir(path.join(root, groups))).sort()).toEqual(['lyon-group.mdx', 'tokyo.mdx']);
    const fixed = await readFile(path.join(root, groups, 'lyon-group.mdx'), 'utf8');
    expect(problems(fixed, `${groups}/lyon-group.mdx`)).toEqual([]);

    output = '';
    expect(await runFix([], io())).toBe(0);
    expect(output).toBe('Nothing to fix.\n');
  });

  it('fixes a tab and curly quotes, and says what it could not fix', async () => {
    const slipped = valid.replace('type: regional', '\ttype: regional').replace(/^summary: (.*)$/m, (_line, summary: string) => `summary: “${summary} Write to anna.muster@example.org.”`);
    await writeFile(path.join(root, groups, 'lyon.mdx'), slipped);
    expect(await runFix([], io())).toBe(0);
    expect(output).toMatch(/lyon\.mdx:\d+ {2}rewrote line \d+ as YAML reads it/);
    expect(output).toMatch(/lyon\.mdx:\d+:\d+ {2}not fixed, to change by hand: Remove the e-mail address "anna\.muster@example\.org"/);
    expect(output).toMatch(/Fixed 1 file; 1 problem needs a person \(listed above\)/);
    const fixed = await readFile(path.join(root, groups, 'lyon.mdx'), 'utf8');
    // Every word the manager wrote is still there.
    expect(fixed).toContain('Write to anna.muster@example.org.');
    expect(fixed).not.toMatch(/[\t“”]/);
  });

  it('does not rename onto an existing file', async () => {
    await writeFile(path.join(root, groups, 'Lyon.mdx'), valid);
    await writeFile(path.join(root, groups, 'lyon.mdx'), valid);
    await runFix([`${groups}/Lyon.mdx`], io());
    expect(output).toContain('not renamed to lyon.mdx, because that file already exists');
    expect((await readdir(path.join(root, groups))).sort()).toEqual(['Lyon.mdx', 'lyon.mdx']);
  });

  it('exits 2 for a path that does not exist', async () => {
    expect(await runFix(['nowhere.mdx'], io())).toBe(2);
    expect(output).toContain('No such file or folder: nowhere.mdx');
  });
});
