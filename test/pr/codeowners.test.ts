/** CODEOWNERS: generated from the groups' managers, and committed up to date. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeownersFor, renderCodeowners } from '../../scripts/codeowners.ts';
import { organization } from '../../src/config/organization.ts';
import { exampleFiles } from '../../src/checker/examples.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const team = organization.office.team;

describe('CODEOWNERS', () => {
  it('is up to date with the group files (run `npm run codeowners` when this fails)', async () => {
    const committed = await readFile(path.join(projectRoot, 'CODEOWNERS'), 'utf8');
    expect(committed).toBe(await codeownersFor(projectRoot));
  });

  it('gives every file to the office, and each group file and picture folder also to its managers, valid handles only', () => {
    const lyon = exampleFiles({ title: 'Lyon' })[0]!;
    const odd = { path: 'src/content/groups/odd.mdx', content: (lyon.content as string).replace('github: khaddad', 'github: "-not valid-"') };
    const text = renderCodeowners([odd, lyon]);
    expect(text.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      `* ${team}`,
      `/src/content/groups/lyon.mdx @claire-martin @khaddad ${team}`,
      `/public/images/groups/lyon/ @claire-martin @khaddad ${team}`,
      `/src/content/groups/odd.mdx @claire-martin ${team}`,
      `/public/images/groups/odd/ @claire-martin ${team}`,
    ]);
  });
});
