/**
 * The "Add your group" page's table of front matter fields, read from the zod schema's JSON Schema so
 * it always says what the checker does, in English or, with the words of group-field-text.ts, in
 * another language. The template file itself is in template-file.ts.
 */
import { z } from 'astro/zod';
import type { Language } from '../config/organization-type.ts';
import { groupFieldText } from '../schema/group-field-text.ts';
import { groupSchema } from '../schema/group.ts';
import { formatNumber } from './format.ts';

export interface FieldRow {
  /** Dotted path; `[]` marks list items: `managers[].name`. */
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface JsonSchemaNode {
  type?: string;
  title?: string;
  enum?: unknown[];
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

export const groupJsonSchema = () => z.toJSONSchema(groupSchema, { io: 'input' });

/** A field's title and description in a language: the schema's own in English, those of group-field-text.ts in another. */
export function fieldText(name: string, node: JsonSchemaNode, language: Language = 'en'): { title?: string | undefined; description?: string | undefined } {
  if (language === 'en') return { title: node.title, description: node.description };
  const text = groupFieldText[language][name];
  if (!text) throw new Error(`No ${language} title for the field ${name}: add it to src/schema/group-field-text.ts.`);
  return text;
}

/** How each language quotes a value, `$1`. */
const quotes: Record<Language, string> = { en: '“$1”', fr: '«\u00a0$1\u00a0»' };

/** A description as a form's hint writes it: the values it marks as code (`private`) quoted as the language quotes them. */
export function valuesQuoted(description: string, language: Language = 'en'): string {
  return description.replace(/`([^`]+)`/g, quotes[language]);
}

/** What a value may be, in each language, from its node of the JSON Schema. */
const typeDescriptions: Record<Language, (node: JsonSchemaNode) => string> = {
  en: (node) => {
    if (node.enum) return `one of ${node.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
    if (node.format === 'date') return 'date (YYYY-MM-DD)';
    if (node.format === 'uri') return 'https:// address';
    if (node.type === 'array') {
      const size = node.minItems !== undefined && node.maxItems !== undefined ? `${node.minItems}–${node.maxItems} ` : node.minItems ? `at least ${node.minItems} ` : '';
      return `list of ${size}${node.items?.type === 'object' ? 'entries' : `items, each ${describeType(node.items ?? {})}`}`;
    }
    if (node.type === 'string' && node.minLength !== undefined && node.maxLength !== undefined) return `text, ${node.minLength}–${node.maxLength} characters`;
    if (node.type === 'integer') return node.minimum !== undefined ? `whole number, ${node.minimum}–${node.maximum}` : 'whole number';
    return node.type ?? 'any';
  },
  fr: (node) => {
    const count = (value: number) => formatNumber(value, 'fr');
    if (node.enum) return `l’une des valeurs ${node.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
    if (node.format === 'date') return 'date (YYYY-MM-DD)';
    if (node.format === 'uri') return 'adresse https://';
    if (node.type === 'array') {
      const items = node.items?.type === 'object' ? { one: 'entrée', many: 'entrées' } : { one: 'élément', many: 'éléments' };
      const each = node.items?.type === 'object' ? '' : `, chacun\u00a0: ${describeType(node.items ?? {}, 'fr')}`;
      if (node.minItems !== undefined && node.maxItems !== undefined) return `liste de ${count(node.minItems)} à ${count(node.maxItems)} ${items.many}${each}`;
      if (node.minItems) return `liste d’au moins ${count(node.minItems)} ${node.minItems > 1 ? items.many : items.one}${each}`;
      return `liste d’${items.many}${each}`;
    }
    if (node.type === 'string' && node.minLength !== undefined && node.maxLength !== undefined) return `texte de ${count(node.minLength)} à ${count(node.maxLength)} caractères`;
    // The bounds of a whole number are years in the group file: written without a thousands separator.
    if (node.type === 'integer') return node.minimum !== undefined ? `nombre entier de ${node.minimum} à ${node.maximum}` : 'nombre entier';
    if (node.type === 'string') return 'texte';
    if (node.type === 'object') return 'objet';
    if (node.type === 'boolean') return 'booléen';
    if (node.type === 'number') return 'nombre';
    return node.type ?? 'toute valeur';
  },
};

function describeType(node: JsonSchemaNode, language: Language = 'en'): string {
  return typeDescriptions[language](node);
}

/** The note on a field's default value, after its description. */
const defaultNotes: Record<Language, (value: string) => string> = {
  en: (value) => ` Default: \`${value}\`.`,
  fr: (value) => ` Valeur par défaut\u00a0: \`${value}\`.`,
};

/** Every field of the group file, parents before their children, in the schema's order, in the given language. */
export function fieldRows(language: Language = 'en', schema: JsonSchemaNode = groupJsonSchema() as JsonSchemaNode, prefix = ''): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, node]) => {
    const name = `${prefix}${key}`;
    const defaultNote = node.default !== undefined ? defaultNotes[language](String(node.default)) : '';
    const description = `${fieldText(name, node, language).description ?? ''}${defaultNote}`.trim();
    const row: FieldRow = { name, type: describeType(node, language), required: schema.required?.includes(key) ?? false, description };
    const children = node.type === 'object' ? fieldRows(language, node, `${name}.`) : node.items?.type === 'object' ? fieldRows(language, node.items, `${name}[].`) : [];
    return [row, ...children];
  });
}
