/**
 * The slips people make writing front matter by hand, found line by line before the YAML parser has its
 * say: its messages ("Nested mappings are not allowed in compact mappings") name the parser's state, not
 * what to change, and one slip often makes several. Each slip found here is one message, naming the line
 * and showing it corrected.
 */

export interface LineSlip {
  /** The index of the line in the front matter (0-based). */
  line: number;
  message: string;
  /** The line as it should be written. */
  corrected: string;
  /** Whether YAML reads the line without complaint, but not as its author meant (a value cut at "#", or read with its curly quotes). */
  silent?: true;
}

const curlyQuotes = /[“”„‟«»‘’‚‛]/g;
const bullets = /^(\s*)[•·●▪◦‣∙*–—]\s+(.*)$/;
const field = /^(\s*(?:- )?)([A-Za-z][\w-]*):(?:[ \t]+(.*))?$/;
/** A field with no space after its colon ("type:regional"); not an address ("https://…"). */
const tightField = /^(\s*(?:- )?)([A-Za-z][\w-]*):([^\s/].*)$/;

/**
 * A list item whose text has ": " after words with a space between them ("- Help alumni: in the Lyon area"), not a field of an item ("- title: …").
 * Its spaces are [^\S\n], not \s: the parser also looks for such an item in the whole front matter at once, where \s would match across lines.
 */
export const listItemWithColon = /^([^\S\n]*)- ((?![\s"'{[|>&*!%@`])[^:\n]*?[^\S\n][^:\n]*?:[^\S\n].*)$/;

/** Double quotes around a value, escaping what must be. */
const quoted = (value: string) => JSON.stringify(value.replace(curlyQuotes, (quote) => (/[‘’‚‛]/.test(quote) ? "'" : '"')));

/**
 * What follows an opening quote, in double quotes, when the line never closes that quote; undefined when
 * it does. A curly quote at the end ("Greater Lyon, France”) was meant to close it, and is dropped.
 */
const closeQuote = (quote: string, rest: string) => (rest.includes(quote) ? undefined : quoted(rest.replace(/[“”„‟»’‛]$/, '')));

export function lineSlips(yamlText: string): LineSlip[] {
  const slips: LineSlip[] = [];
  const lines = yamlText.split('\n');
  /** The indentation of a key whose block value (| or >) the following, deeper lines belong to. */
  let blockIndent: number | undefined;
  /** The spaces given to each indentation made with tabs, by that indentation. */
  const tabIndents = new Map<string, number>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (blockIndent !== undefined) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = undefined;
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;

    if (/^ *\t/.test(line)) {
      // A line indented like an earlier one stays in line with it; the first of its kind is placed by the lines above.
      const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
      const spacesFor = tabIndents.get(lead) ?? expectedIndent(lines, index);
      tabIndents.set(lead, spacesFor);
      const corrected = `${' '.repeat(spacesFor)}${line.trimStart()}`;
      const spaces = corrected.length - corrected.trimStart().length;
      const where = spaces === 0 ? 'at the start of the line' : `after ${spaces} spaces`;
      slips.push({ line: index, message: `This line is indented with a tab, and YAML accepts only spaces. Write it ${where}: ${corrected.trim()}`, corrected });
      // The lines below line up with this one as corrected: a whole block indented with tabs keeps its shape.
      lines[index] = corrected;
      continue;
    }
    const bullet = bullets.exec(line);
    if (bullet) {
      let more = 0;
      while (bullets.test(lines[index + more + 1] ?? '')) more++;
      const corrected = `${bullet[1] || '  '}- ${bullet[2]}`;
      const others = more > 0 ? `, and the same for the ${more === 1 ? 'line' : `${more} lines`} below` : '';
      slips.push({ line: index, message: `A list item starts with "- " (a hyphen and a space), not with "${line.trim()[0]}". Write it as: ${corrected.trim()}${others}.`, corrected });
      index += more;
      continue;
    }
    const item = /^( *)- /.exec(line);
    const itemIndent = item ? listIndentAbove(lines, index, indent) : undefined;
    if (itemIndent !== undefined) {
      const corrected = `${' '.repeat(itemIndent)}${line.trimStart()}`;
      slips.push({ line: index, message: `This list item is not in line with the ones above it. Write it with ${itemIndent} spaces before the "-": ${corrected.trim()}`, corrected });
      continue;
    }
    // '- "Organise visits': a list item that opens a quote and does not close it on its line.
    const quotedItem = /^(\s*)- (["'])(.*)$/.exec(line);
    if (quotedItem) {
      const [, lead = '', quote = '', rest = ''] = quotedItem;
      const closed = closeQuote(quote, rest.trimEnd());
      if (closed !== undefined) {
        const corrected = `${lead}- ${closed}`;
        slips.push({ line: index, message: `This list item opens a quote (${quote}) that the line does not close. Close it at the end of the line: ${corrected.trim()}`, corrected });
      }
      continue;
    }
    // "- Help alumni: in the Lyon area": YAML reads a list item with ": " after a few words as a field and its value.
    const phrase = listItemWithColon.exec(line);
    if (phrase) {
      const [, lead = '', content = ''] = phrase;
      const corrected = `${lead}- ${quoted(content.trimEnd())}`;
      slips.push({ line: index, message: `This list item contains ": ", which YAML reads as a field name and its value. Put the whole item in double quotes: ${corrected.trim()}`, corrected, silent: true });
      continue;
    }
    const tight = tightField.exec(line);
    if (tight) {
      const [, lead = '', key = '', value = ''] = tight;
      const corrected = `${lead}${key}: ${value}`;
      slips.push({ line: index, message: `Put a space after the colon, so that YAML reads ${key} as a field: ${corrected.trim()}`, corrected });
      continue;
    }
    const parts = field.exec(line);
    if (!parts) continue;
    const [, lead = '', key = '', rawValue = ''] = parts;
    const value = rawValue.trimEnd();
    if (/^[|>]/.test(value)) {
      blockIndent = indent;
      continue;
    }
    if (value === '') continue;
    const first = value[0] as string;
    const write = (newValue: string) => `${lead}${key}: ${newValue}`;
    if (/[“”„‟«]/.test(first) || (/[‘‚‛]/.test(first) && /[’‛]$/.test(value))) {
      const inner = value.replace(/^[“”„‟«‘‚‛]\s*/, '').replace(/\s*[“”„‟»’‛]$/, '');
      const corrected = write(quoted(inner));
      // Wrapped whole in curly quotes and with no ": " inside, the value is read, quotes and all: "visibility: “public”".
      const readWithQuotes = inner !== value && /[“”„‟»’‛]$/.test(value) && !/[“”„‟«»‘’‚‛]/.test(inner) && !/:\s|:$|\s#/.test(value);
      slips.push({ line: index, message: `The value of ${key} starts with a curly quote (${first}), which YAML does not read as a quote. Use straight double quotes: ${corrected.trim()}`, corrected, ...(readWithQuotes && { silent: true as const }) });
      continue;
    }
    if (first === '"' || first === "'") {
      const closed = closeQuote(first, value.slice(1));
      if (closed !== undefined) {
        const corrected = write(closed);
        slips.push({ line: index, message: `The value of ${key} opens a quote (${first}) that the line does not close. Close it at the end of the line: ${corrected.trim()}`, corrected });
      }
      continue;
    }
    if (/^[[{&*!%@`]/.test(first)) continue;
    if (/:\s/.test(value) || value.endsWith(':')) {
      const corrected = write(quoted(value));
      slips.push({ line: index, message: `The value of ${key} contains ": ", which YAML reads as the start of another field. Put the whole value in double quotes: ${corrected.trim()}`, corrected });
      continue;
    }
    const comment = /\s#(?=\S)/.exec(value);
    if (comment) {
      const kept = value.slice(0, comment.index).trim();
      const corrected = write(quoted(value));
      slips.push({ line: index, message: `YAML reads everything from " #" on as a comment, so ${key} would be only "${kept}". Put the whole value in double quotes: ${corrected.trim()}`, corrected, silent: true });
    }
  }
  return slips;
}

/**
 * For a list item indented less than the items just above it (at `indent`, under items at 4), the
 * indentation of those items; undefined when it lines up or nothing above is a list item.
 */
function listIndentAbove(lines: readonly string[], index: number, indent: number): number | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const previous = lines[at] as string;
    if (previous.trim() === '' || previous.trimStart().startsWith('#')) continue;
    const previousIndent = /^ */.exec(previous)?.[0].length ?? 0;
    if (previousIndent <= indent) return undefined;
    const item = /^( *)- /.exec(previous);
    if (item) return previousIndent;
  }
  return undefined;
}

/**
 * The indentation a line meant to have, from the line before it: deeper by two under a field that opens
 * a block ("managers:"), the same as a sibling's otherwise.
 */
function expectedIndent(lines: readonly string[], index: number): number {
  for (let at = index - 1; at >= 0; at--) {
    const previous = lines[at] as string;
    if (previous.trim() === '' || previous.trimStart().startsWith('#')) continue;
    const indent = /^ */.exec(previous)?.[0].length ?? 0;
    if (/:\s*$/.test(previous)) return indent + 2;
    // Inside a list item ("  - name: …"), the item's other fields line up after its "- ".
    const item = /^( *)- /.exec(previous);
    return item && !/^\s*- /.test(lines[index]?.trimStart() ?? '') ? (item[1]?.length ?? 0) + 2 : indent;
  }
  return 0;
}

