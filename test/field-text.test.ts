/**
 * The group file's fields in the site's other languages (src/schema/group-field-text.ts) against the
 * schema: every field the field table lists has a title, and a description exactly where the English
 * has one; and the English table is the schema's own words, as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { otherLanguages } from '../src/config/organization-type.ts';
import { fieldRows, fieldText, groupJsonSchema, valuesQuoted, type JsonSchemaNode } from '../src/lib/group-template.ts';
import { groupFieldText } from '../src/schema/group-field-text.ts';

/** The schema's node of each field, by its name in the field table, walked as fieldRows walks it. */
function nodesByName(schema: JsonSchemaNode, prefix = ''): [string, JsonSchemaNode][] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, node]) => {
    const name = `${prefix}${key}`;
    const children = node.type === 'object' ? nodesByName(node, `${name}.`) : node.items?.type === 'object' ? nodesByName(node.items, `${name}[].`) : [];
    return [[name, node] as [string, JsonSchemaNode], ...children];
  });
}
const nodes = new Map(nodesByName(groupJsonSchema() as JsonSchemaNode));
const english = fieldRows();
const codeIn = (text = '') => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]).sort();

describe.each(otherLanguages)('the fields in %s', (language) => {
  const texts = groupFieldText[language];

  it('names exactly the fields the field table lists, each with a title', () => {
    expect(Object.keys(texts).sort()).toEqual(english.map((row) => row.name).sort());
    for (const row of english) expect(texts[row.name]?.title.trim(), row.name).toBeTruthy();
  });

  it('describes a field exactly when the schema does in English, with the same values marked as code', () => {
    for (const [name, node] of nodes) {
      const description = texts[name]?.description;
      expect(description !== undefined, name).toBe(node.description !== undefined);
      if (description !== undefined) expect(description.trim(), name).not.toBe('');
      expect(codeIn(description), name).toEqual(codeIn(node.description));
    }
  });

  it('gives the table’s rows in the language, in the same order, with the default noted in its words', () => {
    const rows = fieldRows(language);
    expect(rows.map(({ name, required }) => ({ name, required }))).toEqual(english.map(({ name, required }) => ({ name, required })));
    for (const row of rows) {
      const own = texts[row.name]?.description ?? '';
      const defaultValue = nodes.get(row.name)?.default;
      if (defaultValue === undefined) expect(row.description, row.name).toBe(own);
      else {
        expect(row.description.startsWith(`${own} `), row.name).toBe(true);
        expect(row.description, row.name).toMatch(new RegExp(`\`${String(defaultValue)}\`\\.$`));
        expect(row.description, row.name).not.toContain('Default');
      }
    }
  });

  it('fails loudly for a field it has no words for', () => {
    expect(() => fieldText('nickname', {}, language)).toThrow(/group-field-text\.ts/);
  });
});

describe('the fields in French', () => {
  const rows = new Map(fieldRows('fr').map((row) => [row.name, row]));

  it('says what each value may be in French', () => {
    expect(rows.get('name')?.type).toBe('texte de 3 à 120 caractères');
    expect(rows.get('visibility')?.type).toBe('l’une des valeurs `public`, `private`');
    expect(rows.get('founded')?.type).toBe('date (YYYY-MM-DD)');
    expect(rows.get('objectives')?.type).toBe('liste de 1 à 5 éléments, chacun\u00a0: texte de 3 à 300 caractères');
    expect(rows.get('annualPlan.activities')?.type).toBe('liste d’au moins 1 entrée');
    expect(rows.get('annualPlan.year')?.type).toBe('nombre entier de 2000 à 2100');
    expect(rows.get('channels.website')?.type).toBe('adresse https://');
    expect(rows.get('managers[].github')?.type).toBe('texte');
    expect(rows.get('status')?.description).toBe('Seul le bureau attribue les valeurs `inactive` et `terminated`\u00a0; les nouveaux groupes omettent ce champ. Valeur par défaut\u00a0: `active`.');
  });

  it('names the French chapters by their titles', () => {
    const folder = new URL('../src/content/guidelines/fr/', import.meta.url);
    const titles = readdirSync(folder).map((file) => /^title: (.+)$/m.exec(readFileSync(new URL(file, folder), 'utf8'))?.[1]);
    const quoted = Object.values(groupFieldText.fr).flatMap((text) => [...(text.description ?? '').matchAll(/«\u00a0([^»]+)\u00a0»/g)].map((match) => match[1]));
    expect(quoted.length).toBeGreaterThan(0);
    for (const title of quoted) expect(titles).toContain(title);
  });

  it('quotes values in the editor’s hints as French does', () => {
    expect(valuesQuoted(groupFieldText.fr.region!.description!, 'fr')).toContain('par exemple «\u00a0Nairobi, Kenya\u00a0».');
    expect(valuesQuoted('`public`: anyone', 'en')).toBe('“public”: anyone');
  });
});

describe('the fields in English', () => {
  it('are the schema’s own words, as they were', () => {
    expect(fieldRows('en')).toEqual(english);
    expect(english.map((row) => row.name)).toEqual([
      'name', 'type', 'managedBy', 'visibility', 'status', 'summary', 'region', 'founded', 'managers', 'managers[].name', 'managers[].github', 'objectives',
      'joinCriteria', 'lastActivity', 'annualPlan', 'annualPlan.year', 'annualPlan.activities', 'annualPlan.activities[].title', 'annualPlan.activities[].date',
      'annualPlan.activities[].kind', 'annualPlan.activities[].location', 'channels', 'channels.website', 'channels.social', 'channels.social[].platform',
      'channels.social[].url', 'disclaimer',
    ]);
    const row = (name: string) => english.find((each) => each.name === name);
    expect(row('name')).toEqual({
      name: 'name',
      type: 'text, 3–120 characters',
      required: true,
      description: "The group's full name, different from every other group's name. It is copied word for word into the disclaimer.",
    });
    expect(row('visibility')?.type).toBe('one of `public`, `private`');
    expect(row('status')).toEqual({
      name: 'status',
      type: 'one of `active`, `inactive`, `terminated`',
      required: false,
      description: 'Only the office sets `inactive` and `terminated`; new groups leave it out. Default: `active`.',
    });
    expect(row('objectives')?.type).toBe('list of 1–5 items, each text, 3–300 characters');
    expect(row('annualPlan.activities')).toEqual({ name: 'annualPlan.activities', type: 'list of at least 1 entries', required: true, description: '' });
    expect(row('annualPlan.year')?.type).toBe('whole number, 2000–2100');
    expect(row('managers[].github')?.type).toBe('string');
    expect(row('channels.social[].url')).toEqual({ name: 'channels.social[].url', type: 'https:// address', required: true, description: '' });
  });
});
