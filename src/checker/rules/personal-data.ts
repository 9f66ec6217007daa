import type { ParsedGroup } from '../types.ts';
import { isNegated } from '../text/context.ts';
import { matchesIn, oncePerPlace } from '../text/matching.ts';
import { type LinkTarget, linkTargets, readableText, type TextSpan } from '../text/spans.ts';
import { defineRule } from './define.ts';

/** name@example.org, but not the @handle in https://mastodon.social/@group (no name before the @). */
const emailPattern = /(?<![\w.%+\-/:@])[\w.%+-]*\w@[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*\.[a-z]{2,}\b/gi;
/** name [at] example [dot] org, name(at)example.org, name at example dot org. */
const obfuscatedEmailPattern = /\b[\w.+-]+\s*(?:[[({]\s*at\s*[\])}]|\s+at\s+(?=[\w-]+\s+dot\s))\s*[\w-]+(?:\s*(?:[[({]\s*dot\s*[\])}]|\s+dot\s+|\.)\s*[\w-]+)+/gi;
/**
 * A run of digits with the separators phone numbers use (spaces, dots, dashes, slashes, parentheses),
 * optionally after + or 00. Whether it is a phone number is decided by `isPhoneNumber`.
 */
const phoneCandidatePattern = /(?<![\w@/:.,+\-–])(?:\+\s?|\(\+?)?\d(?:[\d().\-/ \u00a0]|\s(?=[\d(]))*\d\)?(?![\w/@]|[.,-]\d)/g;
const contactWords = /\b(?:tel|telephone|phone|mobile|cell|call|ring|text|sms|fax|whatsapp|signal|contact)\b[\s.:()#+]*(?:number|no\.?)?[\s.:]*$/i;
/** Identifiers that look like long numbers but are not phone numbers. */
const identifierWords = /\b(?:isbn|issn|doi|arxiv|orcid|iban|bic|swift|iso|en|din|ref|order|invoice|case|ticket|version|v)\b[\s.:#-]*$/i;
const currencyBefore = /(?:\b(?:chf|eur|usd|gbp|jpy|kes|inr|cad|aud|sfr|fr|rs|ksh)\.?|[€$£¥₹])\s*$/i;
const currencyAfter = /^\s*(?:chf|eur|usd|gbp|jpy|kes|inr|euros?|francs?|dollars?|pounds?|yen|shillings?|rupees?|[€$£¥₹])\b/i;
const mediaLinkSchemes = /^\s*(?:mailto|tel|callto|sms|facetime):/i;

export default defineRule({
  id: 'personal-data',
  severity: 'error',
  summary: 'no e-mail addresses or phone numbers, in the body or any text field',
  guideline: 'managing-a-group#personal-data',
  rationale:
    'A group page is public and copied by search engines and scrapers. Contact details published there are exposed for good, and alumni are meant to reach a group through the alumni platform, where their data stays with the office.',
  examples: {
    valid: [
      { title: 'Dates, times, prices and a postcode', body: 'We meet on 2026-07-04 from 18:30–20:00 at Rue de la République 12, 69002 Lyon. Dinner is CHF 20 at your own cost; in 2025 we were 35 alumni.\n' },
      { title: 'Standards, versions and links with digits or an @', body: 'Our talk covers ISO 9001 and ROOT v6.30.02. Follow us on [Mastodon](https://mastodon.social/@{organization}alumni_lyon) or see [the photos](https://www.flickr.com/photos/12345678@N00/albums/72177720312345678).\n' },
      { title: 'A large amount and an ISBN', body: 'The LHC cost about CHF 4 600 000 000. Our book club reads ISBN 978-0-19-850166-5 this month.\n' },
      { title: 'A group name with an @ in a handle, and a range of years', frontmatter: 'summary: Alumni who worked on LEP between 1989 and 2000 meet once a year (hashtag @LEPalumni).' },
    ],
    invalid: [
      { title: 'An e-mail address in the body', body: 'Questions? Write to lyon.alumni@example.org.\n', reports: [{ at: 'lyon.alumni@example.org', message: 'Remove this mailto: link: group pages must not publish contact details. Tell readers to join the group on the alumni platform instead.' }] },
      { title: 'A mailto: link', body: 'Contact [the managers](mailto:managers@example.org).\n', reports: [{ at: '[the managers](mailto:managers@example.org)', message: 'Remove this mailto: link: group pages must not publish contact details. Tell readers to join the group on the alumni platform instead.' }] },
      { title: 'An international phone number', body: 'Call Claire on +33 6 12 34 56 78 before the picnic.\n', reports: [{ at: '+33 6 12 34 56 78', message: 'Remove the phone number "+33 6 12 34 56 78": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A local phone number with parentheses', body: 'Our host can be reached at (415) 555-0134.\n', reports: [{ at: '(415) 555-0134', message: 'Remove the phone number "(415) 555-0134": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A phone number in a plan location', frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Summer picnic\n      date: 2026-07-04\n      kind: event\n      location: Parc de la Tête d’Or, call 04 72 10 30 30', reports: [{ at: '04 72 10 30 30', message: 'Remove the phone number "04 72 10 30 30": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'An e-mail address in a manager’s name', frontmatter: 'managers:\n  - name: Claire Martin (claire@example.org)\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad', reports: [{ at: 'claire@example.org', message: 'Remove the e-mail address "claire@example.org": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A disguised e-mail address', body: 'Write to claire [at] example [dot] org to join.\n', reports: [{ at: 'claire [at] example [dot] org', message: 'Remove the e-mail address "claire [at] example [dot] org": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
    ],
  },
  check(group, { report }) {
    const reportOnce = oncePerPlace(report);
    for (const link of linkTargets(group)) {
      const handle = fediverseHandle(group, link);
      if (handle) {
        reportOnce(link.range, `Markdown publishes "${handle.address}" as an e-mail link. To point readers to the account, link its profile instead: [@${handle.address}](https://${handle.host}/@${handle.user}).`);
      } else if (mediaLinkSchemes.test(link.url)) {
        const scheme = link.url.trim().split(':')[0]?.toLowerCase();
        reportOnce(link.range, `Remove this ${scheme}: link: group pages must not publish contact details. Tell readers to join the group on the alumni platform instead.`);
      }
    }
    const spans = readableText(group);
    for (const pattern of [emailPattern, obfuscatedEmailPattern]) {
      for (const { match, range } of matchesIn(spans, pattern)) {
        reportOnce(range, `Remove the e-mail address "${match[0]}": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.`);
      }
    }
    for (const { span, match, range } of matchesIn(spans, phoneCandidatePattern)) {
      if (isPhoneNumber(span, match)) {
        reportOnce(range, `Remove the phone number "${match[0].trim()}": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.`);
      }
    }
  },
});

/** "@name@host" written out: Markdown links "name@host" as an e-mail address, though the author meant an account on a Mastodon-like server. */
function fediverseHandle(group: ParsedGroup, link: LinkTarget): { address: string; user: string; host: string } | undefined {
  const address = /^mailto:([^@\s]+)@([^@\s]+)$/i.exec(link.url);
  if (!address || link.kind !== 'link' || link.label !== `${address[1]}@${address[2]}`) return undefined;
  const lineText = group.text.split('\n')[link.range.line - 1] ?? '';
  if (lineText[link.range.column - 2] !== '@') return undefined;
  return { address: `${address[1]}@${address[2]}`, user: address[1] as string, host: address[2] as string };
}

function isPhoneNumber(span: TextSpan, match: RegExpExecArray): boolean {
  const candidate = match[0];
  const digits = candidate.replace(/\D/g, '');
  const before = span.text.slice(Math.max(0, match.index - 30), match.index);
  const after = span.text.slice(match.index + candidate.length, match.index + candidate.length + 12);
  const international = /^\(?\+/.test(candidate) || /^00[1-9]/.test(digits);
  if (insideUrl(span.text, match.index)) return false;
  if (identifierWords.test(before) || currencyBefore.test(before) || currencyAfter.test(after)) return false;
  if (digits.length > 15) return false;
  if (/\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b|^\d{1,2}[./]\d{1,2}[./]\d{2}$/.test(candidate)) return false;
  // "1989 2000" or "2019 - 2026": years, not a number.
  if (candidate.split(/[^\d]+/).filter(Boolean).every((group) => /^(?:1[89]|20)\d\d$/.test(group))) return false;
  if (international) return digits.length >= 8;
  // 1 500 000 000 or 1.500.000.000: a large amount written with thousands separators.
  if (/^\d{1,3}(?:([ .\u00a0])\d{3})(?:\1\d{3})+$/.test(candidate.trim())) return false;
  if (contactWords.test(before) && !isNegated(before)) return digits.length >= 6;
  return digits.length >= 9 && /[\s.\-/()]/.test(candidate);
}

/** Digits inside an address written out in the text (https://example.org/events/2026061512) are not a phone number. */
function insideUrl(text: string, index: number): boolean {
  // The address's start is looked for a few hundred characters back at most, which any real address fits in.
  let start = index;
  while (start > 0 && index - start < 300 && !/\s/.test(text[start - 1] ?? ' ')) start--;
  const token = text.slice(start, index);
  return /:\/\/|^www\.|\//.test(token);
}
