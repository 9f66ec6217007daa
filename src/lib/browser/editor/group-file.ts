/**
 * The group editor's file: the form's values written into the front matter, the page text after it.
 * An existing file is edited in place (yaml's Document keeps its comments, its order and any field the
 * form does not show), so what the form leaves alone stays exactly as the manager wrote it.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import { disclaimerStatement, organization } from '../../../config/organization.ts';
import { collapse, requiredStatementKinds } from '../../../checker/rules/disclaimer-text.ts';

export type FieldKey = string | number;
export type FormValue = string | number | undefined | FormValue[] | { [key: string]: FormValue };

const isEmpty = (value: FormValue): boolean =>
  value === undefined || value === '' || (Array.isArray(value) ? value.every(isEmpty) : typeof value === 'object' && Object.values(value).every(isEmpty));

/** Writes `value` at `path` of the document, deleting what the form emptied; unchanged values are left untouched. */
function write(document: Document, path: FieldKey[], value: FormValue): void {
  if (isEmpty(value)) {
    if (document.hasIn(path)) document.deleteIn(path);
    return;
  }
  if (Array.isArray(value)) {
    const kept = value.filter((item) => !isEmpty(item));
    if (!isSeq(document.getIn(path, true))) document.setIn(path, document.createNode([]));
    kept.forEach((item, index) => write(document, [...path, index], item));
    const list = document.getIn(path, true);
    if (isSeq(list)) list.items.splice(kept.length);
    return;
  }
  if (typeof value === 'object') {
    if (!isMap(document.getIn(path, true))) document.setIn(path, document.createNode({}));
    for (const [key, child] of Object.entries(value)) write(document, [...path, key], child);
    return;
  }
  if (document.getIn(path) !== value) document.setIn(path, value);
}

/** The disclaimer statements these values call for, word for word (none for a group the organization runs). */
export function statementsFor(values: Record<string, FormValue>): string[] {
  const name = typeof values.name === 'string' ? values.name.trim() : '';
  return values.managedBy === 'alumni' ? requiredStatementKinds(values).map((kind) => disclaimerStatement(kind, name, organization)) : [];
}

/** The disclaimer for these values: each statement that applies, then the manager's own sentences. */
export function disclaimerText(values: Record<string, FormValue>, ownSentences: string): string {
  return [...statementsFor(values), ownSentences.trim()].filter(Boolean).join(' ');
}

/** What a disclaimer holds besides the statements that apply: the sentences its managers added. */
export function ownSentencesOf(disclaimer: string, values: Record<string, FormValue>): string {
  let rest = collapse(disclaimer);
  for (const statement of statementsFor(values)) rest = rest.replace(collapse(statement), ' ');
  return collapse(rest);
}

/**
 * The whole file: the front matter (`base`, the file being edited, or an empty one) with the form's
 * values and the disclaimer written in, then the page text.
 */
export function composeFile(base: Document | undefined, values: Record<string, FormValue>, disclaimer: string, body: string): string {
  const document = base ? (base.clone() as Document) : new Document({});
  for (const [key, value] of Object.entries(values)) write(document, [key], value);
  if (disclaimer) {
    const current = document.get('disclaimer');
    if (typeof current !== 'string' || collapse(current) !== collapse(disclaimer)) {
      const scalar = new Scalar(disclaimer);
      scalar.type = Scalar.BLOCK_FOLDED;
      document.set('disclaimer', scalar);
    }
  } else if (document.has('disclaimer')) document.delete('disclaimer');
  const frontMatter = document.contents && isMap(document.contents) && document.contents.items.length > 0 ? document.toString({ lineWidth: 0 }) : '';
  return `---\n${frontMatter}---\n\n${body.trim()}\n`;
}

/**
 * For the front matter's YAML text, read once: the path of the deepest field at an offset of it, for
 * each of a check's problems.
 */
export function fieldLocator(yamlText: string): (offset: number) => FieldKey[] {
  const document = parseDocument(yamlText);
  return (offset) => fieldAt(document.contents, offset);
}

function fieldAt(contents: YamlNode | null, offset: number): FieldKey[] {
  let found: FieldKey[] = [];
  const visit = (node: YamlNode | null | undefined, path: FieldKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key : undefined;
        const start = key?.range?.[0];
        const end = (pair.value as YamlNode | null)?.range?.[2] ?? key?.range?.[2];
        if (start === undefined || end === undefined || offset < start || offset > end) continue;
        found = [...path, String(key?.value)];
        visit(pair.value as YamlNode, found);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as YamlNode).range;
        if (range && offset >= range[0] && offset <= range[2]) {
          found = [...path, index];
          visit(item as YamlNode, found);
        }
      });
    }
  };
  visit(contents, []);
  return found;
}
