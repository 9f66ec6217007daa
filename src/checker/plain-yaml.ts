/**
 * A fast reader for the plain YAML that group files are written in: block mappings and sequences,
 * single-line plain and quoted values, and `>`/`|` text blocks. On that subset it gives exactly what
 * the `yaml` library gives (the same data and the same node ranges), several times faster, which
 * matters for networks of thousands of groups. Anything else (comments, tabs, aliases, flow
 * collections, escapes, multi-line plain values, duplicate keys, …) returns undefined, and the
 * caller uses the full `yaml` parser, which also reports the errors. test/fuzz.test.ts compares the
 * two on random and mutated files.
 */
import { isScalar, Pair, Scalar, Schema, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';

export interface PlainYaml {
  data: Record<string, unknown>;
  contents: YAMLMap;
}

interface Line {
  offset: number;
  /** Leading spaces; for the first key of a sequence item ("- name: …"), the column of that key. */
  indent: number;
  /** The text after the indentation. */
  content: string;
}

class Unsupported extends Error {}

/** Characters and constructs outside the subset: control characters, tabs, astral characters, byte-order marks, comments. */
const outsideSubset = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]|(?:^|[ \n])#/;
const keyLine = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
const reservedKey = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
const doubleQuoted = /^"([^"\\]*)"$/;
const singleQuoted = /^'((?:[^']|'')*)'$/;
/** Characters a plain value may not start with (YAML indicators). */
const indicators = new Set('-?:,[]{}#&*!|>\'"%@`');
/** The core schema's tags that resolve plain text to null, booleans and numbers, so values match the full parser's. */
const plainTags = new Schema({}).tags.filter((tag) => tag.default && tag.test && !tag.collection);

export function parsePlainYaml(text: string): PlainYaml | undefined {
  if (outsideSubset.test(text)) return undefined;
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const indent = leadingSpaces(raw);
    if (indent < raw.length) lines.push({ offset, indent, content: raw.slice(indent) });
    offset += raw.length + 1;
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines, text.length);
    const { node, data } = reader.mapping(0);
    if (reader.position < lines.length) return undefined;
    return { data, contents: node };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

interface Read<D, N extends YamlNode = YamlNode> {
  node: N;
  data: D;
  /** Where the node ends, including the line break after it, as the `yaml` library's third range entry. */
  end: number;
}

class Reader {
  position = 0;
  private readonly lines: Line[];
  private readonly textLength: number;

  constructor(lines: Line[], textLength: number) {
    this.lines = lines;
    this.textLength = textLength;
  }

  private get line(): Line | undefined {
    return this.lines[this.position];
  }

  private lineEnd(line: Line): number {
    return Math.min(line.offset + line.indent + line.content.length + 1, this.textLength);
  }

  mapping(indent: number): Read<Record<string, unknown>, YAMLMap> {
    const node = new YAMLMap();
    const data: Record<string, unknown> = {};
    let start = -1;
    let end = 0;
    for (let line = this.line; line && line.indent === indent; line = this.line) {
      const match = keyLine.exec(line.content);
      if (!match) {
        if (line.content.startsWith('-')) break;
        throw new Unsupported();
      }
      const key = match[1] as string;
      if (reservedKey.test(key) || Object.hasOwn(data, key)) throw new Unsupported();
      const keyStart = line.offset + line.indent;
      if (start < 0) start = keyStart;
      const keyNode = new Scalar(key);
      keyNode.range = [keyStart, keyStart + key.length, keyStart + key.length];
      const rest = match[2] ?? '';
      const valueStart = line.offset + line.indent + line.content.length - rest.length;
      this.position++;
      let value: Read<unknown>;
      if (rest === '') {
        if (line.content.length !== key.length + 1) throw new Unsupported();
        value = this.nested(indent, keyStart + key.length + 1);
      } else if (rest.startsWith('>') || rest.startsWith('|')) {
        value = this.block(rest, valueStart, indent);
      } else {
        value = this.scalar(rest, valueStart, line, indent);
      }
      node.items.push(new Pair(keyNode, value.node));
      data[key] = value.data;
      end = value.end;
    }
    if (start < 0) throw new Unsupported();
    node.range = [start, end, end];
    return { node, data, end };
  }

  /** What follows "key:" on its own line: a mapping, a sequence, or nothing (null). */
  private nested(indent: number, afterColon: number): Read<unknown> {
    const next = this.line;
    if (next && next.indent > indent && keyLine.test(next.content)) return this.mapping(next.indent);
    if (next && next.indent >= indent && (next.content === '-' || next.content.startsWith('- '))) return this.sequence(next.indent);
    if (next && next.indent > indent) throw new Unsupported();
    const empty = new Scalar(null);
    empty.range = [afterColon, afterColon, afterColon];
    return { node: empty, data: null, end: afterColon };
  }

  private sequence(indent: number): Read<unknown[]> {
    const node = new YAMLSeq();
    const data: unknown[] = [];
    const start = (this.line as Line).offset + indent;
    let end = start;
    for (let line = this.line; line && line.indent === indent && line.content.startsWith('- '); line = this.line) {
      const item = line.content.slice(2);
      const gap = leadingSpaces(item);
      const itemIndent = indent + 2 + gap;
      const content = item.slice(gap);
      let value: Read<unknown>;
      if (keyLine.test(content)) {
        this.lines[this.position] = { offset: line.offset, indent: itemIndent, content };
        value = this.mapping(itemIndent);
      } else {
        if (content.startsWith('>') || content.startsWith('|')) throw new Unsupported();
        this.position++;
        value = this.scalar(content, line.offset + itemIndent, line, indent);
      }
      node.items.push(value.node);
      data.push(value.data);
      end = value.end;
    }
    if (this.line?.indent === indent && this.line.content === '-') throw new Unsupported();
    node.range = [start, end, end];
    return { node, data, end };
  }

  /** A single-line value: plain, "double-quoted" without escapes, or 'single-quoted'. */
  private scalar(raw: string, start: number, line: Line, indent: number): Read<unknown> {
    const next = this.line;
    if (next && next.indent > indent) throw new Unsupported();
    const text = raw.replace(/ +$/, '');
    const end = this.lineEnd(line);
    let value: unknown;
    let type: Scalar.Type;
    const double = doubleQuoted.exec(text);
    const single = double ? null : singleQuoted.exec(text);
    if (double) {
      [value, type] = [double[1], 'QUOTE_DOUBLE'];
    } else if (single) {
      [value, type] = [(single[1] as string).replaceAll("''", "'"), 'QUOTE_SINGLE'];
    } else {
      if (indicators.has(text[0] as string) || text.includes(': ') || text.endsWith(':')) throw new Unsupported();
      [value, type] = [resolvePlain(text), 'PLAIN'];
    }
    const node = new Scalar(value);
    node.type = type;
    node.range = [start, start + text.length, end];
    return { node, data: value, end };
  }

  /** A `>` (folded) or `|` (literal) block whose lines all share one indentation, with no blank line. */
  private block(header: string, start: number, indent: number): Read<string> {
    const match = /^([>|])(-?)$/.exec(header);
    const first = this.line;
    if (!match || !first || first.indent <= indent) throw new Unsupported();
    const contentLines: string[] = [];
    let last = first;
    for (let line = this.line; line && line.indent > indent; line = this.line) {
      const contiguous = line.offset === this.lineEnd(this.lines[this.position - 1] as Line);
      if (line.indent !== first.indent || !contiguous || line.content.endsWith(' ')) throw new Unsupported();
      contentLines.push(line.content);
      last = line;
      this.position++;
    }
    const end = this.lineEnd(last);
    if (this.line && this.line.offset !== end) throw new Unsupported();
    const folded = match[1] === '>';
    const value = contentLines.join(folded ? ' ' : '\n') + (match[2] === '-' ? '' : '\n');
    const node = new Scalar(value);
    node.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    node.range = [start, end, end];
    return { node, data: value, end };
  }
}

function leadingSpaces(text: string): number {
  let count = 0;
  while (text.charCodeAt(count) === 32) count++;
  return count;
}

/** Only text starting like null, a boolean or a number can resolve to anything but a string. */
const mayBeNonString = /^(?:[-+.0-9~nNtTfF]|$)/;

function resolvePlain(text: string): unknown {
  if (!mayBeNonString.test(text)) return text;
  for (const tag of plainTags) {
    if (tag.test?.test(text)) {
      const resolved = tag.resolve(text, () => undefined, { intAsBigInt: false });
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return text;
}
