/**
 * The "Add your group" page's table of front matter fields, read from the zod schema's JSON Schema so
 * it always says what the checker does. The template file itself is in template-file.ts.
 */
import { z } from 'astro/zod';
import { groupSchema } from '../schema/group.ts';

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

function describeType(node: JsonSchemaNode): string {
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
}

/** Every field of the group file, parents before their children, in the schema's order. */
export function fieldRows(schema: JsonSchemaNode = groupJsonSchema() as JsonSchemaNode, prefix = ''): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, node]) => {
    const name = `${prefix}${key}`;
    const defaultNote = node.default !== undefined ? ` Default: \`${String(node.default)}\`.` : '';
    const row: FieldRow = { name, type: describeType(node), required: schema.required?.includes(key) ?? false, description: `${node.description ?? ''}${defaultNote}`.trim() };
    const children = node.type === 'object' ? fieldRows(node, `${name}.`) : node.items?.type === 'object' ? fieldRows(node.items, `${name}[].`) : [];
    return [row, ...children];
  });
}
