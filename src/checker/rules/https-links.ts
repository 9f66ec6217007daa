import { matchesIn, oncePerPlace } from '../text/matching.ts';
import { linkTargets, readableText } from '../text/spans.ts';
import { defineRule } from './define.ts';

const plainHttp = /^\s*http:\/\//i;
/** An http:// address written out in the text rather than as a link. */
const plainHttpInText = /(?<![\w.@-])http:\/\/[^\s)\]>]+/gi;

export default defineRule({
  id: 'https-links',
  severity: 'warning',
  summary: 'external links use https',
  guideline: 'the-group-file#links-and-images',
  rationale: 'A plain http:// link can be read or changed on its way to the reader. Almost every site also answers on https://, so the secure address is the one to give.',
  translations: {
    fr: {
      summary: 'les liens externes utilisent https',
      rationale:
        'Un lien en simple http:// peut être lu ou modifié sur son trajet jusqu’au lecteur. Presque tous les sites répondent aussi en https:// ; c’est donc l’adresse sécurisée qu’il faut indiquer.',
    },
  },
  examples: {
    valid: [
      { title: 'An https link', translations: { fr: { title: 'Un lien https' } }, body: 'Photos are on [our website](https://lyon-alumni.example.org/photos).\n' },
      { title: 'An address that merely mentions http in its path', translations: { fr: { title: 'Une adresse dont le chemin ne fait que mentionner http' } }, body: 'Read [the guide](https://example.org/why-http-is-not-enough).\n' },
    ],
    invalid: [
      { title: 'An http link', translations: { fr: { title: 'Un lien http' } }, body: 'Photos are on [our website](http://lyon-alumni.example.org/photos).\n', reports: [{ at: '[our website](http://lyon-alumni.example.org/photos)', message: 'Use the secure address "https://lyon-alumni.example.org/photos" instead of "http://lyon-alumni.example.org/photos" (check that it opens).' }] },
      { title: 'An http address written out', translations: { fr: { title: 'Une adresse http écrite en toutes lettres' } }, body: 'Programme: http://lyon-alumni.example.org/2026\n', reports: [{ at: 'http://lyon-alumni.example.org/2026', message: 'Use the secure address "https://lyon-alumni.example.org/2026" instead of "http://lyon-alumni.example.org/2026" (check that it opens).' }] },
    ],
  },
  check(group, { report }) {
    const reportOnce = oncePerPlace(report);
    for (const link of linkTargets(group)) {
      if (link.kind !== 'channel' && plainHttp.test(link.url)) reportOnce(link.range, message(link.url.trim()));
    }
    for (const { match, range, span } of matchesIn(readableText(group), plainHttpInText)) {
      if (span.field?.[0] !== 'channels') reportOnce(range, message(match[0]));
    }
  },
});

const message = (url: string) => `Use the secure address "${url.replace(/^http:/i, 'https:')}" instead of "${url}" (check that it opens).`;
