import { addresses, isOnDomain } from '../text/addresses.ts';
import { defineRule } from './define.ts';

/** URL shorteners and redirect services: an address on one of them hides where it leads. */
const shorteners = new Set([
  'bit.ly', 'bitly.com', 'bit.do', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'shorturl.com',
  'tiny.cc', 's.id', 'rb.gy', 't.ly', 'bl.ink', 'lnkd.in', 'qrco.de', 'x.gd', 'trib.al', 'dlvr.it', 'adf.ly', 'shorte.st', 'soo.gd', 'clck.ru', 'urlz.fr',
  'u.to', 'tny.im', 'short.io', 'short.gy', 'shrtco.de', 'gg.gg', 'snip.ly', 'tiny.one', 'tinu.be', 'kurzlinks.de', 'kurzelinks.de', 'bitly.ws',
  'shorturl.me', 'surl.li', 'did.li', 'www.tiny.cc', 'po.st', 'hyperurl.co', 'l.ead.me', 'qr.io', 'me-qr.com', '2u.pw', 'n9.cl', 'acortar.link', 'encurtador.com.br',
  'abre.ai', 'rebrandly.com', 'forms.gle', 'short.link', 'zpr.io', 'cli.re', 'chilp.it', 'fur.ly', 'ity.im', 'q.gs', 'smarturl.it', 'tr.im', 'xurl.es', 'cort.as', 'bitly.is',
  't1p.de', 'ogy.de', 'lmy.de', 'kurzurl.net', 'tiny.pl', 'cutt.us', 'kutt.it', 'lc.cx', 'urlr.me', 'shrtlnk.dev', 'url.ie', 'ln.run', 'han.gl', 'tinyurl.fr', 'raccourci.fr',
]);

export default defineRule({
  id: 'shortened-links',
  severity: 'error',
  summary: 'links are written in full, never through a URL shortener',
  guideline: 'the-group-file#links-and-images',
  rationale:
    'A shortened link (bit.ly and the like) hides where it leads: neither readers nor the reviewers of a pull request can see whether it opens a chat invitation, a form that collects data or a payment page. The full address says it.',
  translations: {
    fr: {
      summary: 'les liens sont écrits en entier, jamais au moyen d’un raccourcisseur d’URL',
      rationale:
        'Un lien raccourci (bit.ly et consorts) masque sa destination : ni les lecteurs ni les personnes qui relisent une pull request ne peuvent voir s’il ouvre une invitation à une discussion, un formulaire qui recueille des données ou une page de paiement. L’adresse complète, elle, l’indique.',
    },
  },
  examples: {
    valid: [
      { title: 'A full address', translations: { fr: { title: 'Une adresse complète' } }, body: 'The programme is on [our website](https://lyon-alumni.example.org/programme-2026).\n' },
      { title: 'A domain that merely starts like a shortener', translations: { fr: { title: 'Un domaine dont seul le début ressemble à un raccourcisseur' } }, body: 'Photos: https://bitlyon-alumni.example.org/photos\n' },
    ],
    invalid: [
      { title: 'A shortened link', translations: { fr: { title: 'Un lien raccourci' } }, body: 'Sign up for the picnic: [here](https://bit.ly/3xLyon26).\n', reports: [{ at: '[here](https://bit.ly/3xLyon26)', message: 'Write the full address instead of the shortened link "bit.ly/3xLyon26": readers cannot see where a shortened link leads. Open it in a browser and copy the address it arrives at.' }] },
      { title: 'A shortened address written out', translations: { fr: { title: 'Une adresse raccourcie écrite en toutes lettres' } }, body: 'All the photos: tinyurl.com/lyon-picnic-2026\n', reports: [{ at: 'tinyurl.com/lyon-picnic-2026', message: 'Write the full address instead of the shortened link "tinyurl.com/lyon-picnic-2026": readers cannot see where a shortened link leads. Open it in a browser and copy the address it arrives at.' }] },
    ],
  },
  check(group, { report }) {
    for (const address of addresses(group)) {
      // The service named by itself ("short links (bit.ly) are not allowed") leads nowhere else.
      if (!isOnDomain(address.host, shorteners) || /^\/?$/.test(address.path)) continue;
      const written = address.url.replace(/^https?:\/\//, '');
      report(
        address.range,
        address.kind === 'qr'
          ? `This QR code picture leads to the shortened link "${written}": readers cannot see where it leads. Make the code of the full address instead (open the link in a browser and copy the address it arrives at).`
          : `Write the full address instead of the shortened link "${written}": readers cannot see where a shortened link leads. Open it in a browser and copy the address it arrives at.`,
        { data: { host: address.host } },
      );
    }
  },
});
