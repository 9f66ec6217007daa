import { slugPattern } from '../../schema/group.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'slug',
  severity: 'error',
  summary: 'the file name is a valid slug ending in .mdx',
  guideline: 'the-group-file#file-name',
  source: 'this contract',
  rationale: "The file name becomes the group page's address, so it must be short, lower-case and safe in a URL.",
  examples: {
    valid: [{ title: 'Lower-case words joined by hyphens', fileName: 'cms-collaboration.mdx' }],
    invalid: [
      { title: 'Capitals and an underscore', fileName: 'Bay_Area.mdx' },
      { title: 'A Markdown file instead of MDX', fileName: 'bay-area.md' },
    ],
  },
  check(group, { report }) {
    const fileName = group.path.split('/').pop() ?? group.path;
    const extension = /\.[^.]*$/.exec(fileName)?.[0] ?? '';
    const suggested = suggestSlug(group.slug);
    if (extension !== '.mdx') {
      report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, `Group files end in ".mdx"; rename "${fileName}" to "${suggested || 'your-group'}.mdx".`);
    } else if (!slugPattern.test(group.slug)) {
      report(
        { line: 1, column: 1, endLine: 1, endColumn: 1 },
        `The file name "${fileName}" is not a valid slug: use lower-case letters, digits and single hyphens${suggested ? `, for example "${suggested}.mdx"` : ''}.`,
      );
    }
  },
});

/** "Bay_Area Group" → "bay-area-group"; accents are dropped, not lost ("Zürich" → "zurich"). */
export function suggestSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
