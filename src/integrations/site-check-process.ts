/**
 * The content sync's group check, in a process of its own (site-check.ts starts it): it reads
 * every group file once, runs the checker on exactly those bytes (cache, worker threads and all), and
 * prepares for each file without errors the front matter data the checker validated and the HTML
 * rendered from the very parse its rules judged. The HTML must also pass the allow-list of
 * `published-html.ts`. Node runs this module directly, never through Vite: the checker is loaded, and
 * the files checked, while Astro is still starting.
 */
import { organization } from '../config/organization.ts';
import { checkGroupFiles } from '../checker/node/cache.ts';
import { readExceptionsFile } from '../checker/node/exceptions-file.ts';
import { listGroupFiles, readGroupFiles } from '../checker/node/group-files.ts';
import { readPictures } from '../checker/node/pictures.ts';
import { resolveToday } from '../checker/node/today.ts';
import { formatPretty } from '../checker/reporters/pretty.ts';
import { normalizedText, slugOfPath } from '../checker/parse.ts';
import { groupSchema } from '../schema/group.ts';
import { answerStep } from './process-step.ts';
import { unsafeHtml } from './published-html.ts';
import type { PublishedGroup, SiteCheck, SiteCheckOptions } from './site-check.ts';

async function checkForSite({ root, color, siteUrl }: SiteCheckOptions): Promise<SiteCheck> {
  const files = await readGroupFiles(root, await listGroupFiles(root));
  const result = await checkGroupFiles(root, files, {
    pictures: await readPictures(root, organization),
    useCache: true,
    render: true,
    today: resolveToday(undefined),
    organization,
    exceptions: await readExceptionsFile(root),
  });
  const withErrors = new Set(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file));
  const groups: PublishedGroup[] = [];
  const unsafe: string[] = [];
  for (const file of files) {
    if (withErrors.has(file.path)) continue;
    const check = result.fileChecks.get(file.path);
    // The data the checker validated, through the same schema; the HTML of the body its rules judged.
    const data = groupSchema.safeParse(check?.data);
    if (!data.success || typeof check?.html !== 'string') {
      unsafe.push(`${file.path}: the checker found no error, but left no data or body to publish`);
      continue;
    }
    const problems = unsafeHtml(check.html);
    if (problems.length > 0) unsafe.push(`${file.path}: ${problems.join('; ')}`);
    else groups.push({ id: slugOfPath(file.path), filePath: file.path, data: data.data, html: check.html, language: check.language ?? undefined, source: sourceText(file.content) });
  }
  return {
    groups,
    report: { today: result.today, checked: result.checked, diagnostics: result.diagnostics, excepted: result.excepted },
    ...(result.diagnostics.length > 0 ? { printed: formatPretty(result, { color, siteUrl }) } : {}),
    withErrors: [...withErrors],
    unsafe,
  };
}

/** The bytes the checker read, as the text it read (a file that is not UTF-8 has errors and is never published). */
const sourceText = (content: string | Uint8Array) => normalizedText(typeof content === 'string' ? content : new TextDecoder().decode(content));

await answerStep(checkForSite, (error) => error.stack ?? error.message);
