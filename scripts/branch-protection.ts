/**
 * `npm run branch-protection -- OWNER/REPOSITORY [--branch main] [--dry-run]`: applies the protection
 * the gate relies on (.github/branch-protection.json) to the base branch, through GitHub's REST API,
 * with a token of an administrator of the repository in GITHUB_TOKEN. The settings: no merge without the
 * gate's verdict and the build, up to date with the base; the code owners' approval (the group's
 * managers, or the office for everything else); no force push or deletion; administrators included.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

export const settingsFile = new URL('../.github/branch-protection.json', import.meta.url);

export async function protectionSettings(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { branch: { type: 'string', default: 'main' }, 'dry-run': { type: 'boolean', default: false } } });
  const repository = positionals[0];
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new Error('Name the repository as OWNER/REPOSITORY.');
  const address = `https://api.github.com/repos/${repository}/branches/${encodeURIComponent(values.branch)}/protection`;
  const settings = await protectionSettings();
  if (values['dry-run']) {
    process.stdout.write(`PUT ${address}\n${JSON.stringify(settings, null, 2)}\n`);
    return;
  }
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new Error('Set GITHUB_TOKEN to a token of an administrator of the repository.');
  const response = await fetch(address, {
    method: 'PUT',
    headers: { Accept: 'application/vnd.github+json', Authorization: `Bearer ${token}`, 'X-GitHub-Api-Version': '2022-11-28' },
    body: JSON.stringify(settings),
  });
  if (!response.ok) throw new Error(`GitHub answered ${response.status}: ${await response.text()}`);
  process.stdout.write(`Protected ${values.branch} of ${repository}.\n`);
}

if (process.argv[1] === import.meta.filename) {
  main().catch((error: Error) => {
    process.stderr.write(`branch-protection: ${error.message}\n`);
    process.exitCode = 1;
  });
}
