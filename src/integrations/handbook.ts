/**
 * The Astro integration: the checker's gate before the content layer reads any group file, the MDX
 * guard, and the check report handed to the pages (so the build runs the checker once).
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { organization } from '../config/organization.ts';
import type { CheckResult } from '../checker/engine.ts';
import { checkGroupFiles } from '../checker/node/cache.ts';
import { readExceptionsFile } from '../checker/node/exceptions-file.ts';
import { groupsFolder, listGroupFiles, readGroupFiles } from '../checker/node/group-files.ts';
import { resolveToday } from '../checker/node/today.ts';
import { formatPretty } from '../checker/reporters/pretty.ts';
import type { ExceptedDiagnostic } from '../checker/exceptions.ts';
import type { Diagnostic } from '../checker/types.ts';
import { mdxGuard } from './mdx-guard.ts';

/** What the pages get from the build's one checker run: every diagnostic, the problems exceptions cover, and the date it used. */
export interface CheckReport {
  today: string;
  checked: number;
  diagnostics: Diagnostic[];
  excepted: ExceptedDiagnostic[];
}

const reportModuleId = 'virtual:handbook/check-report';

export default function handbook(): AstroIntegration {
  let report: CheckReport | undefined;
  return {
    name: 'alumni-handbook',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const result = await runGate(root);
        report = { today: result.today, checked: result.checked, diagnostics: result.diagnostics, excepted: result.excepted };
        const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
        if (result.diagnostics.length > 0) {
          process.stdout.write(`\n${formatPretty(result, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, siteUrl: config.site })}\n`);
        } else {
          logger.info(`${result.checked} group files checked, no problems.`);
        }
        if (errors > 0 && command === 'build') {
          // A stale site from an earlier build must not be mistaken for this one and deployed.
          await rm(config.outDir, { recursive: true, force: true });
          throw new AstroError(
            `The group files have ${errors === 1 ? '1 error' : `${errors} errors`} (listed above), so no site was built.`,
            'Fix each problem at the file and line shown; the link under it explains the rule. `npm run check` repeats the check without building.',
          );
        }
        updateConfig({
          vite: {
            plugins: [
              mdxGuard(`${root}/${groupsFolder}`),
              {
                name: 'alumni-handbook:check-report',
                resolveId: (id: string) => (id === reportModuleId ? `\0${reportModuleId}` : null),
                load: (id: string) => (id === `\0${reportModuleId}` ? `export default ${JSON.stringify(report)};` : null),
              },
            ],
          },
        });
      },
    },
  };
}

async function runGate(root: string): Promise<CheckResult> {
  const files = await readGroupFiles(root, await listGroupFiles(root));
  return checkGroupFiles(root, files, { useCache: true, today: resolveToday(undefined), organization, exceptions: await readExceptionsFile(root) });
}
