/**
 * Every web address a reader of a group page can follow or copy: the targets of links and images, the
 * group's channels, and addresses written out in the text without a link ("bit.ly/abc", "forms.gle/…"),
 * which linkify-it finds with the full list of top-level domains. Rules judge an address by its host:
 * a URL shortener, a messaging app, a form service, a payment page.
 */
import { LinkifyIt } from 'linkify-it';
import tlds from 'tlds' with { type: 'json' };
import { pictureAt } from '../pictures.ts';
import type { FieldPath, ParsedGroup, Range } from '../types.ts';
import { RangeSet } from './matching.ts';
import { linkTargets, readableText, type LinkTarget } from './spans.ts';

export interface Address {
  /** The address as a URL: written-out addresses get https:// in front. */
  url: string;
  /** Its host in lower case, without "www.": '' for an address that is not a web address (mailto:, tel:). */
  host: string;
  /** The path, query and fragment. */
  path: string;
  range: Range;
  /** Where the address is: a link, an image, a channel of the front matter, written out in the text, or held in a QR code the page shows. */
  kind: LinkTarget['kind'] | 'text' | 'qr';
  /** The front matter field holding the address, for a channel or an address written in a text field. */
  field?: FieldPath;
  /** A link's text or an image's description. */
  label?: string;
}

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, tlds });
/** A dot between letters or digits: a text without one has no address written out, and linkify-it is not asked. */
const mayHoldAddress = /[\p{L}\p{N}-]\.\p{L}{2}/u;
const cache = new WeakMap<ParsedGroup, Address[]>();

/** Every address of the file, links first; an address written out where a link already is counts once. */
export function addresses(group: ParsedGroup): Address[] {
  let found = cache.get(group);
  if (!found) {
    found = [];
    const places = new RangeSet();
    for (const link of linkTargets(group)) {
      places.add(link.range);
      found.push({ ...parts(link.url), range: link.range, kind: link.kind, ...(link.field && { field: link.field }), ...(link.label !== undefined && { label: link.label }) });
      // A picture of a QR code leads where its code does: it is judged as that link.
      if (link.kind === 'image') for (const code of pictureAt(group, link.url)?.codes ?? []) found.push({ ...parts(code), range: link.range, kind: 'qr' });
    }
    for (const span of readableText(group)) {
      if (span.code || span.field?.[0] === 'channels' || !mayHoldAddress.test(span.text)) continue;
      for (const match of linkify.match(span.text) ?? []) {
        const range = span.rangeOf(match.index, match.lastIndex);
        if (!places.add(range)) continue;
        const url = match.schema === '' ? `https://${match.raw.replace(/^\/\//, '')}` : match.url;
        found.push({ ...parts(url), range, kind: 'text', ...(span.field && { field: span.field }) });
      }
    }
    cache.set(group, found);
  }
  return found;
}

function parts(written: string): Pick<Address, 'url' | 'host' | 'path'> {
  const url = URL.parse(written.trim()) ?? URL.parse(`https://${written.trim()}`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { url: written, host: '', path: '' };
  return { url: url.href, host: url.hostname.toLowerCase().replace(/^www\./, ''), path: `${url.pathname}${url.search}${url.hash}` };
}

/** How a message names the address: "link", "channel", or "QR code picture". */
export const addressNoun = (address: Address) => (address.kind === 'channel' ? 'channel' : address.kind === 'qr' ? 'QR code picture' : 'link');
/** How a message asks to remove it, before "to <where it leads>": "Remove this link", "Remove this QR code picture: it leads". */
export const removeThis = (address: Address) => (address.kind === 'qr' ? 'Remove this QR code picture: it leads' : `Remove this ${addressNoun(address)}`);

/** Whether `host` is one of `domains` or a subdomain of one ("chat.whatsapp.com" is on "whatsapp.com"). */
export function isOnDomain(host: string, domains: ReadonlySet<string>): boolean {
  for (let at = host; at.includes('.'); at = at.slice(at.indexOf('.') + 1)) {
    if (domains.has(at)) return true;
  }
  return false;
}
