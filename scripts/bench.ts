/**
 * `npm run bench [-- N ...] [--quick] [--no-build] [--baseline REF] [--rounds R]`: how the checker and the site
 * build scale. For each N (default 1,000 and 10,000) it writes N synthetic valid groups into a
 * temporary project and times the command line as a separate process: a cold check (--no-cache), a
 * re-check with nothing changed, and (in 1,000 groups) a pull-request check of one changed file; then,
 * on the same files, the checker as it was at REF (by default the last commit that read group bodies
 * with remark-mdx) and remark-cli with remark-preset-lint-recommended. It times the checker and the
 * renderer on adversarial bodies of 100 KB and more. It then builds the site with each N groups next
 * to a plain Astro + MDX project of the same files (glob loader, render(), one page per group), for
 * time and peak memory: R rounds (default 3) of the plain build, this site's build with every cache
 * empty and again with the checker's cache filled, each build after the disk has written what came
 * before it, and with nothing deleted just before it; every round is printed, and the medians are
 * compared. Each figure is printed with its target, PASS or MISS.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, homedir, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../src/checker/examples.ts';
import { renderBody } from '../src/checker/markdown.ts';
import { parseGroupFile } from '../src/checker/parse.ts';
import { addresses } from '../src/checker/text/addresses.ts';
import { wordedText } from '../src/checker/text/words.ts';
import { checkEditedFile } from '../src/lib/browser/editor/engine.ts';
import { checkFilesInParallel } from '../src/checker/node/parallel.ts';
import { syntheticGroups, writeSyntheticGroups } from '../src/checker/node/synthetic.ts';
import { rules } from '../src/checker/rules/index.ts';
import { organization } from '../src/config/organization.ts';
import { adversarialBodies } from '../test/helpers/adversarial-bodies.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const today = '2026-06-15';
const seed = 1;
const groupsFolder = 'src/content/groups';
const typeStripping = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'];
const checkScript = path.join(repo, 'scripts/check.ts');

const args = process.argv.slice(2);
/** A flag's value: the argument after it. */
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const flagValues = new Set(['--baseline', '--rounds'].map((flag) => args.indexOf(flag) + 1).filter((index) => index > 0));
const quick = args.includes('--quick');
const sizes = args.filter((arg, index) => /^\d+$/.test(arg) && !flagValues.has(index)).map(Number);
if (sizes.length === 0) sizes.push(...(quick ? [200] : [1_000, 10_000]));
const buildSizes = args.includes('--no-build') || quick ? [] : sizes;
/** The last commit whose checker read group bodies with remark-mdx, before they were read with the site's own parser. */
const baselineRef = valueOf('--baseline') ?? 'f6e4472';
/**
 * Rounds of the three site builds, taken in turn; their medians are compared. This machine's disk
 * alone makes one build of the same files vary by a quarter from one minute to the next.
 */
const buildRounds = Math.max(1, Number(valueOf('--rounds') ?? 3) || 1);

/**
 * What the bench removes before a timed run is moved here instead, and deleted when the bench ends. On
 * ext4, a file created within seconds of many others being deleted costs far more: the allocator
 * passes over each recently deleted inode in turn. Deleting a build's output just before the next
 * build made that build pay for the bench's own clean-up, the more so the more files it writes (with
 * 1,000 groups, the handbook's system CPU time grew from 2.3 s to 7.6 s over three rounds).
 */
const setAsideFolder = await mkdtemp(path.join(tmpdir(), 'handbook-bench-set-aside-'));
let setAsideCount = 0;

async function setAside(target: string) {
  if (existsSync(target)) await rename(target, path.join(setAsideFolder, String(setAsideCount++)));
}

interface Run {
  seconds: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Largest resident set of the process tree, in MB, sampled from /proc. */
  peakMb: number;
  /** Seconds from spawn to the first line of output matching each of the marks asked for. */
  marks: Map<string, number>;
}

/** Runs a command as its own process and times it from spawn to exit, sampling its memory, and noting when its output first matches each mark. */
function run(command: string, commandArgs: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; marks?: Record<string, RegExp> }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakMb = 0;
    const marks = new Map<string, number>();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      // The new output, with enough before it for a line that came in two pieces.
      const recent = stdout.slice(-(chunk.length + 200));
      for (const [mark, pattern] of Object.entries(options.marks ?? {})) if (!marks.has(mark) && pattern.test(recent)) marks.set(mark, (performance.now() - started) / 1000);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const sampler = setInterval(() => void treeRssMb(child.pid).then((mb) => (peakMb = Math.max(peakMb, mb))), 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, code, stdout, stderr, peakMb, marks });
    });
  });
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
async function treeRssMb(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    // A process that ended since the folder was listed has no figures left.
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    const pages = Number(fields[21]);
    if (!Number.isFinite(pages)) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    rss.set(Number(entry), (pages * 4096) / 1024 / 1024);
  }
  let total = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    total += rss.get(next) ?? 0;
    pending.push(...(children.get(next) ?? []));
  }
  return total;
}

/** The checker as it was at a commit, taken from git into a temporary folder that shares this repository's packages. */
async function checkerAt(ref: string): Promise<{ script: string; cleanup: () => Promise<void> }> {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: repo, encoding: 'utf8' }).trim();
  // The baseline runs with the dependencies it was written for, installed once and kept between runs.
  const folder = path.join(homedir(), '.cache', 'alumni-handbook-bench', commit);
  if (!existsSync(path.join(folder, 'node_modules'))) {
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    const archive = execFileSync('git', ['archive', '--format=tar', commit, 'scripts', 'src', 'package.json', 'package-lock.json'], { cwd: repo, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    console.log(`Installing the dependencies of ${ref} (${commit.slice(0, 7)}) once, into ${folder}…`);
    execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return { script: path.join(folder, 'scripts/check.ts'), cleanup: async () => undefined };
}

/** The command `npm run check` runs (package.json): Node strips the checker's types itself. */
const checkCli = (cwd: string, cliArgs: string[], script = checkScript) =>
  run(process.execPath, [...typeStripping, script, '--today', today, '--format', 'json', ...cliArgs], { cwd });

function verdict(label: string, value: string, pass: boolean, target: string) {
  console.log(`  ${label.padEnd(58)} ${value.padStart(12)}   ${pass ? 'PASS' : 'MISS'} (target ${target})`);
}
const info = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value.padStart(12)}`);
const seconds = (value: number) => `${value.toFixed(2)} s`;

function expectClean(result: Run, files: number, what: string) {
  let report: { checked?: number; summary?: { errors: number; warnings: number } } = {};
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    // Reported below with the process's own error output.
  }
  if (result.code !== 0 || report.summary?.errors !== 0) {
    throw new Error(`${what} did not pass cleanly (exit ${result.code}):\n${result.stderr.slice(0, 2000)}${result.stdout.slice(0, 2000)}`);
  }
  if (report.checked !== files) throw new Error(`${what} checked ${report.checked} files, expected ${files}`);
}

async function makeProject(count: number): Promise<{ root: string; fileNames: string[] }> {
  const root = await mkdtemp(path.join(tmpdir(), `handbook-bench-${count}-`));
  const fileNames = await writeSyntheticGroups(path.join(root, groupsFolder), count, { today, seed });
  return { root, fileNames };
}

/** The group editor's check of one change to a group's file, against every other group's name, as the page runs it at each change. */
function editorCheckMs(count: number): number {
  const groups = syntheticGroups(count, { today, seed });
  const others = groups.map((group) => ({ slug: group.fileName.replace(/\.mdx$/, ''), name: String(parseGroupFile({ path: group.fileName, content: group.content }, { frontMatterOnly: true }).data?.name) }));
  const edited = groups[0]!;
  const times: number[] = [];
  for (let change = 0; change <= 10; change++) {
    const start = performance.now();
    checkEditedFile(`${groupsFolder}/${edited.fileName}`, `${edited.content}\nChange number ${change}.\n`, others, today);
    times.push(performance.now() - start);
  }
  // The first check also works out what later ones reuse (the names' look-alike keys): the editor pays it once.
  const later = times.slice(1).sort((a, b) => a - b);
  return later[Math.floor(later.length / 2)]!;
}

async function benchCheck(count: number, perGroup: Map<number, number>, baseline: string) {
  console.log(`\n${count.toLocaleString('en')} groups (synthetic, ~2.7 KB each, seed ${seed})`);
  const { root, fileNames } = await makeProject(count);
  try {
    const cold = await checkCli(root, ['--no-cache']);
    expectClean(cold, count, 'The cold check');
    perGroup.set(count, (cold.seconds * 1000) / count);
    const coldLine = `check, cold (--no-cache), whole CLI process`;
    if (count === 10_000) verdict(coldLine, seconds(cold.seconds), cold.seconds <= 2.5, '≤ 2.50 s');
    else info(coldLine, seconds(cold.seconds));
    info('  files per second', `${Math.round(count / cold.seconds).toLocaleString('en')}`);
    info('  per group', `${((cold.seconds * 1000) / count).toFixed(3)} ms`);
    info('  peak memory (process tree)', `${Math.round(cold.peakMb)} MB`);

    const filling = await checkCli(root, []);
    expectClean(filling, count, 'The check that fills the cache');
    const warm = await checkCli(root, []);
    expectClean(warm, count, 'The re-check');
    const warmLine = 're-check, nothing changed (cache), whole CLI process';
    if (count === 10_000) verdict(warmLine, seconds(warm.seconds), warm.seconds <= 0.6, '≤ 0.60 s');
    else info(warmLine, seconds(warm.seconds));

    const editor = editorCheckMs(count);
    const editorLine = 'group editor, one change against all (median of 10)';
    if (count === 10_000) verdict(editorLine, `${editor.toFixed(1)} ms`, editor <= 100, '≤ 100 ms');
    else info(editorLine, `${editor.toFixed(1)} ms`);

    if (count === 1_000) {
      const changed = path.join(groupsFolder, fileNames[Math.floor(count / 2)] as string);
      const absolute = path.join(root, changed);
      await writeFile(absolute, `${await readFile(absolute, 'utf8')}\nWe also meet online once a month.\n`);
      const pullRequest = await checkCli(root, [changed, '--no-cache']);
      expectClean(pullRequest, 1, 'The pull-request check');
      verdict('pull-request check of 1 changed file, --no-cache', seconds(pullRequest.seconds), pullRequest.seconds <= 0.5, '≤ 0.50 s');
      const pullRequestWarm = await checkCli(root, [changed]);
      expectClean(pullRequestWarm, 1, 'The pull-request check');
      info('pull-request check of 1 changed file, others cached', seconds(pullRequestWarm.seconds));
    }

    const before = await checkCli(root, ['--no-cache'], baseline);
    expectClean(before, count, `The cold check of ${baselineRef}`);
    info(`check at ${baselineRef} (bodies read with remark-mdx), cold, same files`, seconds(before.seconds));
    info('  peak memory (process tree)', `${Math.round(before.peakMb)} MB`);
    const speedUp = before.seconds / cold.seconds;
    verdict('  speed against that checker (its time / the cold check)', `${speedUp.toFixed(1)}×`, speedUp > 1, '> 1×: faster than before');

    const remark = await run(
      process.execPath,
      [path.join(repo, 'node_modules/remark-cli/cli.js'), path.join(root, groupsFolder), '--ext', 'mdx', '--use', 'remark-frontmatter', '--use', 'remark-mdx', '--use', 'remark-preset-lint-recommended', '--quiet', '--no-config', '--no-ignore', '--no-stdout'],
      { cwd: repo },
    );
    if (remark.code !== 0) throw new Error(`remark-cli failed (exit ${remark.code}): ${remark.stderr.slice(0, 2000)}`);
    info('remark-cli + preset-lint-recommended + remark-mdx, same files', seconds(remark.seconds));
    const ratio = remark.seconds / cold.seconds;
    const ratioLine = '  speed against remark-lint (its time / the cold check)';
    if (count === 10_000) verdict(ratioLine, `${ratio.toFixed(1)}×`, ratio >= 8, '≥ 8×');
    else info(ratioLine, `${ratio.toFixed(1)}×`);
  } finally {
    await setAside(root);
  }
}

/** Where the time of a cold check goes, measured in this process on a sample: parsing, each rule, threads. */
async function breakdown(count: number) {
  const files = syntheticGroups(count, { today, seed }).map((group) => ({ path: `${groupsFolder}/${group.fileName}`, content: Buffer.from(group.content) }));
  checkGroups(files.slice(0, 50), { today });
  let started = performance.now();
  const parsed = files.map((file) => parseGroupFile(file));
  const parseMs = performance.now() - started;
  // What several rules read (the text's spans and words, its language, its addresses) is worked out
  // once per file, by the first rule that asks: timed here on its own, so that rule is not charged for it.
  started = performance.now();
  for (const group of parsed) {
    wordedText(group)[0]?.language();
    addresses(group);
  }
  const sharedMs = performance.now() - started;
  const ruleMs = new Map<string, number>();
  for (const group of parsed) {
    for (const rule of rules) {
      started = performance.now();
      rule.check?.(group, { today, organization, report: () => undefined });
      ruleMs.set(rule.id, (ruleMs.get(rule.id) ?? 0) + performance.now() - started);
    }
  }
  console.log(`\nWhere a cold check's time goes (in-process, ${count} groups, per group)`);
  info('reading and parsing (front matter, schema, Markdown body)', `${(parseMs / count).toFixed(3)} ms`);
  info('the text as rules read it (spans, words, language, addresses)', `${(sharedMs / count).toFixed(3)} ms`);
  const sorted = [...ruleMs].sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((sum, [, ms]) => sum + ms, 0);
  info('all rules', `${(total / count).toFixed(3)} ms`);
  for (const [id, ms] of sorted.slice(0, 6)) info(`  ${id}`, `${(ms / count).toFixed(3)} ms`);

  started = performance.now();
  checkGroups(files, { today });
  const single = (performance.now() - started) / 1000;
  started = performance.now();
  const known = await checkFilesInParallel(files, { today, organization });
  checkGroups(files, { today, known: (file) => known.get(file.path) });
  const parallel = (performance.now() - started) / 1000;
  info(`whole check, main thread only`, seconds(single));
  info(`whole check, main thread + ${availableParallelism() - 1} worker thread(s)`, seconds(parallel));
}

/** The checker and the renderer on bodies of 100 KB and more made to work a parser or a rule hard. */
function benchAdversarial() {
  console.log(`\nAdversarial bodies (${Object.keys(adversarialBodies).length}, 100 KB and more each): the slowest`);
  const times = Object.entries(adversarialBodies).map(([what, body]) => {
    const files = exampleFiles({ title: what, body });
    let started = performance.now();
    const result = checkGroups(files, { today: exampleToday, clock: () => performance.now() });
    const checkMs = performance.now() - started;
    const source = result.groups[0]?.bodySource;
    started = performance.now();
    if (source !== undefined) renderBody(source);
    return { what, checkMs, renderMs: performance.now() - started };
  });
  const slowestCheck = times.reduce((a, b) => (b.checkMs > a.checkMs ? b : a));
  const slowestRender = times.reduce((a, b) => (b.renderMs > a.renderMs ? b : a));
  verdict(`check: ${slowestCheck.what}`, `${slowestCheck.checkMs.toFixed(0)} ms`, slowestCheck.checkMs <= 1000, '≤ 1000 ms');
  verdict(`render: ${slowestRender.what}`, `${slowestRender.renderMs.toFixed(0)} ms`, slowestRender.renderMs <= 1000, '≤ 1000 ms');
}

/** Links the repository's packages into a temporary project, so its Vite and checker caches stay its own. */
async function linkModules(root: string) {
  await mkdir(path.join(root, 'node_modules'));
  for (const entry of await readdir(path.join(repo, 'node_modules'))) {
    if (!entry.startsWith('.')) await symlink(path.join(repo, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
}

/** A copy of the handbook with the synthetic groups in place of its own (and no exceptions, which name real groups). */
async function handbookProject(count: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `handbook-build-${count}-`));
  const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'test', groupsFolder, 'src/content/exceptions.yaml']);
  await cp(repo, root, { recursive: true, filter: (source) => !skipped.has(path.relative(repo, source)) });
  await writeSyntheticGroups(path.join(root, groupsFolder), count, { today, seed });
  await linkModules(root);
  // The group editor's WebAssembly file is fetched once per machine (src/integrations/satteri-wasm.ts), not by every build.
  const wasmCache = path.join(repo, 'node_modules/.cache/alumni-handbook');
  for (const entry of existsSync(wasmCache) ? await readdir(wasmCache) : []) {
    if (entry.startsWith('satteri-wasm-')) await cp(path.join(wasmCache, entry), path.join(root, 'node_modules/.cache/alumni-handbook', entry), { recursive: true });
  }
  return root;
}

/** The same groups in the plainest Astro + MDX site: a content collection with a permissive schema and one page per group, no checker. */
async function plainProject(count: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `plain-astro-${count}-`));
  await writeSyntheticGroups(path.join(root, groupsFolder), count, { today, seed });
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'plain-astro', private: true, type: 'module' }));
  await writeFile(path.join(root, 'astro.config.mjs'), `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n`);
  await writeFile(
    path.join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { groups: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/groups' }), schema: z.looseObject({ name: z.string() }) }) };\n`,
  );
  await mkdir(path.join(root, 'src/pages/groups'), { recursive: true });
  await writeFile(
    path.join(root, 'src/pages/groups/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('groups')).map((group) => ({ params: { slug: group.id }, props: { group } }));\n}\nconst { group } = Astro.props;\nconst { Content } = await render(group);\n---\n<html lang="en"><head><title>{group.data.name}</title></head><body><h1>{group.data.name}</h1><Content /></body></html>\n`,
  );
  await linkModules(root);
  return root;
}

/** The handbook's `npm run build`, as package.json defines it. */
const handbookBuildScript = (JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;

/** Where a build is, by Astro's own messages: its content synced, and its pages being rendered. */
const buildMarks = { synced: /\[content\] Synced content/, rendering: /(?:generating|prerendering) static routes/ };

interface Build extends Run {
  /** CPU time of the build's whole process tree (every process it started and waited for), in seconds; undefined where /proc does not tell. */
  cpuSeconds: number | undefined;
}

/**
 * A site's build as its project runs it: `astro build` for the plain site; for the handbook, the
 * shell runs its `build` script as npm would, with this Node first on the path, without npm's own start-up.
 */
async function build(root: string, command: 'astro build' | 'npm run build'): Promise<Build> {
  const script = command === 'astro build' ? `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(repo, 'node_modules/astro/bin/astro.mjs'))} build` : handbookBuildScript;
  // Once the build has exited, the shell's own record holds the CPU time of everything it waited for (Linux).
  const withCpu = `${script}; code=$?; [ -r /proc/$$/stat ] && echo "cpu-ticks $(cut -d' ' -f16,17 /proc/$$/stat)" >&2; exit $code`;
  const result = await run('sh', ['-c', withCpu], { cwd: root, env: { HANDBOOK_TODAY: today, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` }, marks: buildMarks });
  if (result.code !== 0) throw new Error(`The build in ${root} failed (exit ${result.code}):\n${result.stderr.slice(-3000)}\n${result.stdout.slice(-3000)}`);
  const ticks = /^cpu-ticks (\d+) (\d+)$/m.exec(result.stderr);
  return { ...result, cpuSeconds: ticks ? (Number(ticks[1]) + Number(ticks[2])) / clockTicksPerSecond() : undefined };
}

let clockTicks: number | undefined;
/** The unit of /proc's CPU times. */
function clockTicksPerSecond(): number {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    clockTicks = 100;
  }
  return clockTicks;
}

/** How many HTML pages a build wrote. */
async function pageCount(root: string): Promise<number> {
  return (await readdir(path.join(root, 'dist'), { recursive: true })).filter((file) => file.endsWith('.html')).length;
}

/** Leaves a project as a first build finds it: no site, none of Astro's and Vite's caches, no checker cache (the WebAssembly file, fetched once per machine, stays). */
async function emptyCaches(root: string) {
  for (const folder of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) await setAside(path.join(root, folder));
  const ownCache = path.join(root, 'node_modules/.cache/alumni-handbook');
  for (const entry of existsSync(ownCache) ? await readdir(ownCache) : []) {
    if (!entry.startsWith('satteri-wasm-')) await setAside(path.join(ownCache, entry));
  }
}

/** Writes out what earlier steps left for the disk to write, so that the next build does not pay for it. */
function settleDisk() {
  try {
    execFileSync('sync');
  } catch {
    // No `sync` command here (Windows): the builds then share the disk as it is.
  }
}

async function timedBuild(root: string, command: 'astro build' | 'npm run build'): Promise<Build> {
  settleDisk();
  return build(root, command);
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2 : (sorted[Math.floor(middle)] as number);
}

/**
 * Medians of where a build's time went, by Astro's own messages: start-up and the content sync (for
 * the handbook, the group check), Vite's bundling (for the plain build, the compilation of every MDX
 * file), and the rendering of the pages (for the handbook, with the search index and the editor's
 * script beside it); and the CPU time of the whole build: on a machine of few cores, the work of each
 * of its processes slows the others.
 */
function whereTimeGoes(builds: Build[]) {
  const phase = (from: (build: Build) => number | undefined, to: (build: Build) => number | undefined) => {
    const spans = builds.map((build) => [from(build), to(build)]).filter((span): span is [number, number] => span[0] !== undefined && span[1] !== undefined);
    return spans.length === builds.length ? seconds(median(spans.map(([start, end]) => end - start))) : '—';
  };
  info('    start-up and content sync, median', phase(() => 0, (build) => build.marks.get('synced')));
  info('    Vite bundling, median', phase((build) => build.marks.get('synced'), (build) => build.marks.get('rendering')));
  info('    rendering the pages, median', phase((build) => build.marks.get('rendering'), (build) => build.seconds));
  const cpu = builds.map((build) => build.cpuSeconds).filter((value) => value !== undefined);
  info('    CPU time of the process tree, median', cpu.length === builds.length ? seconds(median(cpu)) : '—');
}

async function benchBuild(count: number) {
  console.log(`\nSite build, ${count.toLocaleString('en')} groups, ${buildRounds} round(s)`);
  const plainRoot = await plainProject(count);
  const handbookRoot = await handbookProject(count);
  try {
    const rounds: { plain: Build; cold: Build; warm: Build }[] = [];
    for (let round = 1; round <= buildRounds; round++) {
      await emptyCaches(plainRoot);
      const plain = await timedBuild(plainRoot, 'astro build');
      await emptyCaches(handbookRoot);
      const cold = await timedBuild(handbookRoot, 'npm run build');
      await setAside(path.join(handbookRoot, 'dist'));
      const warm = await timedBuild(handbookRoot, 'npm run build');
      rounds.push({ plain, cold, warm });
      const figures = (what: string, run: Run) => `${what} ${seconds(run.seconds)}, ${Math.round(run.peakMb)} MB`;
      console.log(`  round ${round}: ${[figures('plain', plain), figures('handbook', cold), figures('cache filled', warm)].join('; ')}`);
    }
    const medians = (builds: Build[]) => ({ seconds: median(builds.map((build) => build.seconds)), peakMb: median(builds.map((build) => build.peakMb)) });
    const plain = medians(rounds.map((r) => r.plain));
    const cold = medians(rounds.map((r) => r.cold));
    const warm = medians(rounds.map((r) => r.warm));
    info('plain Astro + MDX build (no checker), median', seconds(plain.seconds));
    info('  pages written', (await pageCount(plainRoot)).toLocaleString('en'));
    info('  peak memory (process tree), median', `${Math.round(plain.peakMb)} MB`);
    whereTimeGoes(rounds.map((r) => r.plain));
    info('handbook build (npm run build), every cache empty, median', seconds(cold.seconds));
    info('  pages written (every language, directory listings)', (await pageCount(handbookRoot)).toLocaleString('en'));
    info('  peak memory (process tree), median', `${Math.round(cold.peakMb)} MB`);
    whereTimeGoes(rounds.map((r) => r.cold));
    info('handbook build again, checker cache filled, median', seconds(warm.seconds));
    info('  peak memory (process tree), median', `${Math.round(warm.peakMb)} MB`);
    whereTimeGoes(rounds.map((r) => r.warm));
    const timeRatio = cold.seconds / plain.seconds;
    const memoryRatio = Math.max(cold.peakMb, warm.peakMb) / plain.peakMb;
    verdict('  build time against plain Astro (cache empty)', `${timeRatio.toFixed(2)}×`, timeRatio <= 1, '≤ 1.00×');
    verdict('  build time against plain Astro (cache filled)', `${(warm.seconds / plain.seconds).toFixed(2)}×`, warm.seconds / plain.seconds <= 1, '≤ 1.00×');
    verdict('  peak memory against plain Astro', `${memoryRatio.toFixed(2)}×`, memoryRatio <= 1, '≤ 1.00×');
  } finally {
    await setAside(plainRoot);
    await setAside(handbookRoot);
  }
}

const [load1] = loadavg();
console.log(`Machine: ${cpus().length} cores (${availableParallelism()} available), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, load average ${load1?.toFixed(2)} at start`);
console.log(`Rules: ${rules.length}. Every check below runs every rule with "today" = ${today}; times are wall-clock, spawn to exit.`);
try {
  const perGroup = new Map<number, number>();
  const baseline = await checkerAt(baselineRef);
  try {
    for (const count of sizes) await benchCheck(count, perGroup, baseline.script);
  } finally {
    await baseline.cleanup();
  }
  if (perGroup.size > 1) {
    const [smallest, largest] = [Math.min(...perGroup.keys()), Math.max(...perGroup.keys())];
    const growth = (perGroup.get(largest) as number) / (perGroup.get(smallest) as number);
    console.log(`\nScaling`);
    verdict(`per-group time at ${largest.toLocaleString('en')} against ${smallest.toLocaleString('en')}`, `${growth.toFixed(2)}×`, growth <= 1.25, '≤ 1.25×: linear');
  }
  await breakdown(quick ? 100 : 500);
  benchAdversarial();
  for (const count of buildSizes) await benchBuild(count);
  console.log(`\nLoad average at the end: ${loadavg()[0]?.toFixed(2)}`);
} finally {
  await rm(setAsideFolder, { recursive: true, force: true });
}
