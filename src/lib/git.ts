/**
 * "Last updated" dates from git history: one `git log` per build over the content folder, so the dates
 * come from commits (reproducible) and not from file times. Without git or history, pages show none.
 */
import { execFileSync } from 'node:child_process';

let lastCommitDates: Map<string, string> | undefined;

function readLastCommitDates(): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'src/content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1);
    else if (line !== '' && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

/** The day of the last commit that changed the file (a path from the project root), if git knows it. */
export function lastUpdated(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  lastCommitDates ??= readLastCommitDates();
  return lastCommitDates.get(filePath.replace(/^\.\//, ''));
}

export function editUrl(filePath: string | undefined, repository: { url: string; branch: string }): string | undefined {
  return filePath ? `${repository.url}/edit/${repository.branch}/${filePath.replace(/^\.\//, '')}` : undefined;
}
