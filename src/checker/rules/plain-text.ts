import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { FieldPath, Range } from '../types.ts';
import { defineRule } from './define.ts';

/**
 * Characters a text field must not hold: controls (a carriage return writes new lines into calendar
 * feeds), line and paragraph separators, bidirectional overrides and isolates (they reorder what a
 * reader sees), and invisible characters (they make two names look the same). Tabs and line breaks of
 * a multi-line value are text.
 */
const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060-\u2064\u061c\ufeff\u00ad\u180e]/u;
const forbiddenAll = new RegExp(forbidden.source, 'gu');

const names: Record<string, string> = {
  '\r': 'a carriage return',
  '\u0085': 'a next-line character (NEL)',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a zero-width no-break space',
  '\u00ad': 'a soft hyphen',
};
const describe = (char: string) => {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (names[char]) return `${names[char]} (${code})`;
  if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u.test(char)) return `a right-to-left or left-to-right control (${code})`;
  return `an invisible control character (${code})`;
};

export default defineRule({
  id: 'plain-text',
  severity: 'error',
  summary: 'front matter text is plain text: no control, invisible or direction-changing characters',
  guideline: 'the-group-file#front-matter',
  rationale:
    'A text field is published in pages, feeds and calendars. A control character can break those formats (a carriage return starts a new line of a calendar entry), a direction override shows readers different text than the file holds, and an invisible character lets one name pass for another.',
  translations: {
    fr: {
      summary: 'le texte de l’en-tête est du texte brut : aucun caractère de contrôle, invisible ou modifiant le sens de l’écriture',
      rationale:
        'Un champ de texte est publié dans des pages, des flux et des calendriers. Un caractère de contrôle peut casser ces formats (un retour chariot commence une nouvelle ligne dans une entrée de calendrier), un forçage de direction montre aux lecteurs un autre texte que celui du fichier, et un caractère invisible permet à un nom de se faire passer pour un autre.',
    },
  },
  examples: {
    valid: [{ title: 'Accents, other scripts and emoji', translations: { fr: { title: 'Des accents, d’autres systèmes d’écriture et des émojis' } }, frontmatter: 'summary: "Alumni à Lyon, 里昂校友 and ελληνικά: talks, visits and a picnic 🌳"' }],
    invalid: [
      { title: 'A carriage return in a plan title', translations: { fr: { title: 'Un retour chariot dans le titre d’une activité du plan' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: "Summer picnic\\rDTSTART:20260101"\n      date: 2026-07-04\n      kind: event', reports: [{ at: '"Summer picnic\\rDTSTART:20260101"', message: 'The text at annualPlan → activities → 1 → title contains a carriage return (U+000D). Remove it: text fields are plain text, written on one line or as a multi-line value.' }] },
      { title: 'A zero-width space in the name', translations: { fr: { title: 'Une espace de largeur nulle dans le nom' } }, frontmatter: 'name: "{network} Lyon\\u200b Group"', reports: [{ at: '{network} Lyon\u200b Group', message: 'The text at name contains a zero-width space (U+200B). Remove it: text fields are plain text, written on one line or as a multi-line value.' }] },
      { title: 'A direction override in the summary', translations: { fr: { title: 'Un forçage du sens de l’écriture dans le résumé' } }, frontmatter: 'summary: "Alumni meet in \\u202Eemitnes"', reports: [{ at: 'Alumni meet in \u202Eemitnes', message: 'The text at summary contains a right-to-left or left-to-right control (U+202E). Remove it: text fields are plain text, written on one line or as a multi-line value.' }] },
    ],
  },
  check(group, { report }) {
    const visit = (node: YamlNode | null | undefined, path: PropertyKey[]) => {
      if (isMap(node)) {
        for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value as YamlNode, [...path, String(pair.key.value)]);
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => visit(item as YamlNode, [...path, index]));
      } else if (isScalar(node) && typeof node.value === 'string') {
        const found = forbidden.exec(node.value);
        if (!found) return;
        report(group.rangeOf(path, 'value'), `The text at ${where(path)} contains ${describe(found[0])}. Remove it: text fields are plain text, written on one line or as a multi-line value.`, {
          data: { character: `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` },
          ...fixFor(group.text, group.rangeOf(path, 'value')),
        });
      }
    };
    visit(group.yaml?.contents as YamlNode | undefined, []);
  },
});

/** "annualPlan → activities → 1 → title": a field's place, counting list items from 1 as managers do. */
const where = (path: FieldPath) => path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' → ');

/** When the characters are written as they are (not as escapes), the fix removes them and keeps everything else. */
function fixFor(text: string, range: Range) {
  const lines = text.split('\n');
  const source = range.line === range.endLine ? (lines[range.line - 1] ?? '').slice(range.column - 1, range.endColumn - 1) : undefined;
  if (source === undefined || !forbidden.test(source)) return {};
  return { fix: { range, replacement: source.replace(forbiddenAll, ''), description: 'removed the control and invisible characters' } };
}
