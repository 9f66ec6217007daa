import { slugPattern } from '../../schema/group.ts';
import { groupsFolder } from '../paths.ts';
import { defineRule } from './define.ts';

/** Names the directory's own pages use under /groups/; a group with one of them as its slug would clash. */
export const reservedSlugs: readonly string[] = ['archive', 'country', 'directory', 'page', 'region', 'status', 'type', 'visibility'];

export default defineRule({
  id: 'slug',
  severity: 'error',
  summary: 'the file name is a valid slug ending in .mdx',
  guideline: 'the-group-file#file-name',
  rationale: "The file name becomes the group page's address, so it must be short, lower-case and safe in a URL.",
  translations: {
    fr: {
      summary: 'le nom du fichier est un identifiant (slug) valide se terminant par .mdx',
      rationale: 'Le nom du fichier devient l’adresse de la page du groupe ; il doit donc être court, en minuscules et sans risque dans une URL.',
    },
  },
  examples: {
    valid: [{ title: 'Lower-case words joined by hyphens', translations: { fr: { title: 'Des mots en minuscules reliés par des traits d’union' } }, fileName: 'cms-collaboration.mdx' }],
    invalid: [
      { title: 'Capitals and an underscore', translations: { fr: { title: 'Des majuscules et un tiret bas' } }, fileName: 'Bay_Area.mdx', reports: [{ at: '', message: 'The file name "Bay_Area.mdx" is not a valid slug: use lower-case letters, digits and single hyphens, for example "bay-area.mdx".' }] },
      { title: 'A Markdown file instead of MDX', translations: { fr: { title: 'Un fichier Markdown au lieu de MDX' } }, fileName: 'bay-area.md', reports: [{ at: '', message: 'Group files end in ".mdx"; rename "bay-area.md" to "bay-area.mdx".' }] },
      { title: 'A hidden file', translations: { fr: { title: 'Un fichier caché' } }, fileName: '.bay-area.mdx', reports: [{ at: '', message: '".bay-area.mdx" is a hidden file, which would drop the group from the site without a word: name it after the group, for example "bay-area.mdx". To end a group, set its status instead (see "Ending a group").' }] },
      { title: "A name the directory's own pages use", translations: { fr: { title: 'Un nom qu’utilisent les pages de l’annuaire lui-même' } }, fileName: 'archive.mdx', reports: [{ at: '', message: '"archive" is the name of a directory page at /groups/archive/; rename the file after your group, for example "archive-alumni-group.mdx".' }] },
    ],
  },
  check(group, { report }) {
    const fileName = group.path.split('/').pop() ?? group.path;
    const folder = group.path.slice(0, group.path.length - fileName.length - 1);
    const extension = /\.[^.]*$/.exec(fileName)?.[0] ?? '';
    const suggested = suggestSlug(group.slug);
    if (folder.startsWith(`${groupsFolder}/`)) {
      const hidden = folder.split('/').some((part) => part.startsWith('.'));
      report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, `Group files live directly in ${groupsFolder}/, not in a ${hidden ? 'hidden ' : ''}sub-folder: move "${fileName}" to ${groupsFolder}/${suggested || 'your-group'}.mdx.`);
    } else if (fileName.startsWith('.')) {
      report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, `"${fileName}" is a hidden file, which would drop the group from the site without a word: name it after the group, for example "${suggested || 'your-group'}.mdx". To end a group, set its status instead (see "Ending a group").`);
    } else if (extension !== '.mdx') {
      report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, `Group files end in ".mdx"; rename "${fileName}" to "${suggested || 'your-group'}.mdx".`);
    } else if (reservedSlugs.includes(group.slug)) {
      report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, `"${group.slug}" is the name of a directory page at /groups/${group.slug}/; rename the file after your group, for example "${group.slug}-alumni-group.mdx".`);
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
