/**
 * `npm run build`: `astro build`, with the group check started before Astro itself.
 *
 * The content sync cannot start until every group file is checked, and Astro loads for most of a
 * second before its configuration runs the handbook's integration, which would start the check
 * (src/integrations/handbook.ts). Started here, the check runs in its own process while Astro loads,
 * and the integration takes it over. Astro's own command line then runs in this process, unchanged:
 * the same flags, messages and exit codes as `astro build`.
 *
 * Usage: build.ts [ASTRO BUILD FLAGS], from the project's folder. With --root, which names another
 * project, the integration starts that project's check itself.
 */
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { organization } from '../src/config/organization.ts';
import { siteCheckOptions, startEarlySiteCheck } from '../src/integrations/site-check.ts';

// Node keeps the checker's compiled code between builds, as Astro's command line does for its own
// (not on CI, where it would never be reused); the check's process, started first, then uses it too.
if (!process.env.CI) module.enableCompileCache?.();
// Vite's bundler (Rolldown) allocates with mimalloc, which by default commits its whole arena at once:
// about 190 MB of this process stayed resident from Vite's bundling to the last page, with 1,000
// groups. Committed as used, that memory is not taken (set here, before Rolldown loads and reads it).
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
const flags = process.argv.slice(2);
if (!flags.some((flag) => flag === '--root' || flag.startsWith('--root='))) startEarlySiteCheck(siteCheckOptions(process.cwd(), organization.site.url));

const astroCommand = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
process.argv = [process.argv[0] as string, astroCommand, 'build', ...flags];
await import(astroCommand);
