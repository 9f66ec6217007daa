/**
 * `npm run fix [PATH ...]`: applies the checker's safe automatic fixes (src/checker/fix.ts) to group
 * files, every group when no PATH is given, and says what it changed and what it could not fix. Files are replaced atomically;
 * a file is renamed only when no file of the new name exists.
 */
import { lstat, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkGroups } from '../src/checker/engine.ts';
import { fixGroupFile } from '../src/checker/fix.ts';
import { expandPaths, listGroupFiles, UsageError } from '../src/checker/node/group-files.ts';
import { resolveToday } from '../src/checker/node/today.ts';

export interface FixIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const usage = `Usage: npm run fix -- [PATH ...]

Applies the safe automatic fixes to group files (every group when no PATH is given):
the required disclaimer statements, field names and choices the checker suggests ("Did you mean"),
front matter lines with a slip (a tab, curly quotes, a pasted bullet), and file names that are not
valid slugs. It then lists each error that needs a person.
`;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function runFix(argv: readonly string[], io: FixIo): Promise<number> {
  let paths: string[];
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    paths = positionals.length > 0 ? await expandPaths(io.cwd, io.cwd, positionals) : await listGroupFiles(io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw error;
    io.stderr.write(`fix: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }

  let fixedFiles = 0;
  let leftOver = 0;
  const today = resolveToday(undefined);
  for (const projectPath of paths) {
    const absolute = path.resolve(io.cwd, projectPath);
    if (!(await lstat(absolute)).isFile()) {
      io.stdout.write(`${projectPath}: not a regular file; left as it is.\n`);
      continue;
    }
    let original: string;
    try {
      original = utf8.decode(await readFile(absolute));
    } catch {
      io.stdout.write(`${projectPath}: not UTF-8 text; left as it is.\n`);
      continue;
    }
    const result = fixGroupFile(projectPath, original);
    if (result.changes.length > 0) {
      await writeAtomically(absolute, result.text);
      for (const change of result.changes) io.stdout.write(`${projectPath}:${change.line}  ${change.description}\n`);
    }
    if (result.renameTo) {
      const folder = path.dirname(absolute);
      // Listing the folder, rather than testing the path, tells a case-only rename from a clash on case-insensitive disks.
      if ((await readdir(folder)).includes(result.renameTo)) {
        io.stdout.write(`${projectPath}: not renamed to ${result.renameTo}, because that file already exists.\n`);
      } else {
        await rename(absolute, path.join(folder, result.renameTo));
        io.stdout.write(`${projectPath}: renamed to ${result.renameTo}\n`);
      }
    }
    if (result.changes.length > 0 || result.renameTo) fixedFiles++;
    // What no fix could repair is said too, so that nobody takes "fixed" for "done".
    const left = checkGroups([{ path: projectPath, content: result.text }], { today }).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    for (const problem of left) io.stdout.write(`${projectPath}:${problem.line}:${problem.column}  not fixed, to change by hand: ${problem.message}\n`);
    leftOver += left.length;
  }
  const fixedText = fixedFiles === 0 ? 'Nothing to fix' : `Fixed ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}`;
  io.stdout.write(
    leftOver > 0
      ? `${fixedText}; ${leftOver} ${leftOver === 1 ? 'problem needs' : 'problems need'} a person (listed above). Run \`npm run check\` once they are changed.\n`
      : fixedFiles === 0
        ? 'Nothing to fix.\n'
        : `${fixedText}. Run \`npm run check\` for anything left to do by hand.\n`,
  );
  return 0;
}

/** Writes next to the file, then renames over it, so the file is never left half-written. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

if (process.argv[1] === import.meta.filename) {
  process.exitCode = await runFix(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}
