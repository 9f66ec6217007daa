/** Finding patterns in the text a reader sees, and reporting each place once. */
import type { FieldPath, ParsedGroup, Range } from '../types.ts';
import { linkTargets, readableText, type TextSpan } from './spans.ts';

export interface TextMatch {
  span: TextSpan;
  match: RegExpExecArray;
  range: Range;
}

/** Every match of a global pattern in the spans, with its file range. */
export function* matchesIn(spans: readonly TextSpan[], pattern: RegExp): Generator<TextMatch> {
  if (!pattern.global) throw new Error('matchesIn needs a global pattern');
  for (const span of spans) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(span.text); match; match = pattern.exec(span.text)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      yield { span, match, range: span.rangeOf(match.index, match.index + match[0].length) };
    }
  }
}

export interface AddressMatch {
  address: string;
  range: Range;
  /** The front matter field holding the address (a channel, or an address written in a text field). */
  field?: FieldPath;
}

/**
 * Every place an address matching `pattern` (global) appears: the target of a link or image, a channel
 * in the front matter, or an address written out in the text. A link whose text repeats its address
 * counts once.
 */
export function addressesMatching(group: ParsedGroup, pattern: RegExp): AddressMatch[] {
  const found: AddressMatch[] = [];
  const places = new RangeSet();
  for (const link of linkTargets(group)) {
    pattern.lastIndex = 0;
    const match = pattern.exec(link.url);
    if (!match) continue;
    found.push({ address: link.url, range: link.range, ...(link.field ? { field: link.field } : {}) });
    // A link inside another (an image in a link) is already covered by the outer one.
    places.add(link.range);
  }
  for (const { match, range, span } of matchesIn(readableText(group), pattern)) {
    if (span.field?.[0] === 'channels' || !places.add(range)) continue;
    // An address written in a sentence ends before the punctuation that closes the sentence.
    const address = match[0].replace(/[.,;:!?'"’”)\]]+$/, '');
    const trimmed = match[0].length - address.length;
    const end = range.endLine === range.line ? { endColumn: Math.max(range.column, range.endColumn - trimmed) } : {};
    found.push({ address, range: { ...range, ...end }, ...(span.field ? { field: span.field } : {}) });
  }
  return found;
}

/** Wraps a report function so that a second problem at the same place is not reported again. */
export function oncePerPlace(report: (range: Range, message: string) => void): (range: Range, message: string) => void {
  const reported = new RangeSet();
  return (range, message) => {
    if (reported.add(range)) report(range, message);
  };
}

/**
 * Ranges that do not overlap, kept in order: adding one that overlaps none takes a binary search, so
 * a file with thousands of problems is checked in time that grows with their number, not its square.
 */
export class RangeSet {
  /** Start and end of each range as one number each, sorted; the ranges never overlap, so the ends are sorted too. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Adds the range unless it overlaps one already there; tells whether it was added. */
  add(range: Range): boolean {
    const start = RangeSet.key(range.line, range.column);
    const end = RangeSet.key(range.endLine, range.endColumn);
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[middle] as number) < start) low = middle + 1;
      else high = middle;
    }
    // Only the neighbours can overlap: the one starting before, and the one starting at or after.
    if (low > 0 && (this.ends[low - 1] as number) > start) return false;
    if (low < this.starts.length && (this.starts[low] as number) < end) return false;
    this.starts.splice(low, 0, start);
    this.ends.splice(low, 0, end);
    return true;
  }

  private static key = (line: number, column: number) => line * 2 ** 21 + column;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
