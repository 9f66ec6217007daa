/**
 * The checker's engine in the browser: the editor's text in, the command line's diagnostics out. It is
 * the same engine (src/checker/engine.ts), over Sätteri's WebAssembly build, loaded only by the editor.
 */
import { checkGroups } from '../../../checker/engine.ts';
import { computeLineStarts, parseGroupFile, splitFrontMatter } from '../../../checker/parse.ts';
import type { Document } from 'yaml';
import type { Diagnostic } from '../../../checker/types.ts';

export interface OtherGroup {
  slug: string;
  name: string;
}

/** A diagnostic, with the front matter field it is about when its place does not show it (a missing field). */
export type EditorDiagnostic = Diagnostic & { field?: string };

/**
 * The edited file judged as a pull request would judge it: time rules strict, names compared with
 * every published group (which the page lists), and pictures left to the pull request, which brings them.
 */
export function checkEditedFile(path: string, text: string, others: readonly OtherGroup[], today: string): EditorDiagnostic[] {
  const otherNames = new Map<string, string>(others.map((other) => [`src/content/groups/${other.slug}.mdx`, other.name] as const).filter(([otherPath]) => otherPath !== path));
  const otherFiles = [...otherNames].map(([otherPath, name]) => ({ path: otherPath, content: `---\nname: ${JSON.stringify(name)}\n---\n` }));
  // A name is all that the cross-file rules read of another group: given as its known data, no other file is parsed.
  const known = (file: { path: string }) => (otherNames.has(file.path) ? { findings: [], data: { name: otherNames.get(file.path) } } : undefined);
  const result = checkGroups([{ path, content: text }, ...otherFiles], { today, isReported: (file) => file === path, isStrict: (file) => file === path, known });
  const findings = result.fileChecks.get(path)?.findings ?? [];
  return result.diagnostics.map((diagnostic) => {
    const field = findings.find(
      (finding) => finding.rule === diagnostic.rule && finding.range.line === diagnostic.line && finding.range.column === diagnostic.column && finding.message === diagnostic.message,
    )?.data?.field;
    return typeof field === 'string' ? { ...diagnostic, field } : diagnostic;
  });
}

/** The front matter data (undefined when it cannot be read) and the body after it, as the checker reads them, to fill the form from a file. */
export function readGroupFile(path: string, text: string): { data: Record<string, unknown> | undefined; yaml: Document | undefined; body: string } {
  const group = parseGroupFile({ path, content: text });
  const end = group.frontMatterEnd;
  const body = end === undefined ? group.text : group.text.slice(group.text.indexOf('\n', end) + 1).replace(/^\n/, '');
  return { data: group.data, yaml: group.yaml, body };
}

/** Where each line of a file's text starts, and where its front matter's YAML is, as the checker reads them, to place each problem. */
export function layoutOf(text: string): { lineStarts: number[]; yaml?: { start: number; end: number } } {
  const split = splitFrontMatter(text);
  return { lineStarts: computeLineStarts(text), ...(split && !split.unclosed ? { yaml: { start: split.yamlStart, end: split.yamlEnd } } : {}) };
}
