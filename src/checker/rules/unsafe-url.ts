import { nodesOf } from '../body-nodes.ts';
import { picturesAddress, picturesFolder } from '../pictures.ts';
import { defineRule } from './define.ts';

const scriptSchemes = /^(?:javascript|data|vbscript):/;

/** A picture published with the handbook, not fetched from another host or read from elsewhere in the repository. */
const isGroupImage = (url: string) => url.startsWith(picturesAddress) && !/(?:^|\/)\.\.(?:\/|$)|\\|[?#]/.test(url.slice(picturesAddress.length));

/** The scheme as a browser reads it: control characters and white space are ignored, case too. */
const isScriptUrl = (url: string) => scriptSchemes.test(url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase());

/**
 * The address as the page's HTML holds it: Markdown renderers percent-encode every character that
 * may not stand in a URL (a backslash, braces, spaces), keeping the %XX already written.
 */
const asRendered = (url: string) => url.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9;/?:@&=+$,\-_.!~*'()#%]/gu, (character) => encodeURIComponent(character));

/**
 * An address a group page may lead to: a web page (https:, http:) or a page of the site itself, as a
 * browser resolves it (the WHATWG URL parser). Anything else, an address that does not parse included,
 * is refused here and by the allow-list of published HTML.
 */
export function isWebOrSiteAddress(url: string): boolean {
  const address = URL.parse(url, 'https://site.invalid/groups/group/');
  return address?.protocol === 'https:' || address?.protocol === 'http:';
}

/** Whether a link's address, as written and as the page's HTML will hold it, is a web or site address. */
const isPublishableAddress = (url: string) => isWebOrSiteAddress(url) && isWebOrSiteAddress(asRendered(url));

export default defineRule({
  id: 'unsafe-url',
  severity: 'error',
  summary: 'links lead only to web pages (https://) or the handbook\'s own pages, never javascript:, data: or vbscript:; images only from the handbook\'s own group pictures',
  guideline: 'the-group-file#links-and-images',
  rationale:
    "Such addresses run script or smuggle content into the page. Pictures are published with the handbook under /images/groups/: a picture from another website would tell that site who reads the page, and a relative path would make the build read a file from elsewhere in the repository.",
  translations: {
    fr: {
      summary:
        'les liens ne mènent qu’à des pages web (https://) ou aux pages du guide lui-même, jamais vers des adresses javascript:, data: ou vbscript: ; les images ne proviennent que des images des groupes hébergées par le guide',
      rationale:
        'De telles adresses exécutent du script ou introduisent du contenu en fraude dans la page. Les images sont publiées avec le guide sous /images/groups/ : une image provenant d’un autre site web indiquerait à ce site qui lit la page, et un chemin relatif amènerait la génération du site à lire un fichier situé ailleurs dans le dépôt.',
    },
  },
  examples: {
    valid: [{ title: 'An https link and a group picture', translations: { fr: { title: 'Un lien https et une image du groupe' } }, body: 'See [our site](https://lyon-alumni.example.org).\n\n![Members at the 2025 picnic](/images/groups/lyon/picnic.jpg)\n' }],
    invalid: [
      { title: 'A javascript: link', translations: { fr: { title: 'Un lien javascript:' } }, body: '[Join us](javascript:alert(1))\n', reports: [{ at: '[Join us](javascript:alert(1))', message: 'Remove this javascript: address: links and images must be ordinary https:// addresses.' }] },
      { title: 'A link to a file on the reader\'s computer', translations: { fr: { title: 'Un lien vers un fichier de l’ordinateur du lecteur' } }, body: '[The programme](file:///C:/Users/claire/programme.pdf)\n', reports: [{ at: '[The programme](file:///C:/Users/claire/programme.pdf)', message: '"file:///C:/Users/claire/programme.pdf" is not a web address: a group page links only to web pages, written in full (https://…), and to pages of the handbook (/guidelines/…). Correct the address or remove the link.' }] },
      { title: 'An address that is not one', translations: { fr: { title: 'Une adresse qui n’en est pas une' } }, body: 'Our site: www.lyon-alumni.example.org![logo]\n', reports: [{ at: 'www.lyon-alumni.example.org![logo', message: '"http://www.lyon-alumni.example.org![logo" is not a web address: a group page links only to web pages, written in full (https://…), and to pages of the handbook (/guidelines/…). Correct the address or remove the link.' }] },
      {
        title: 'A bare address with characters a web address cannot hold',
        translations: { fr: { title: 'Une adresse écrite telle quelle, avec des caractères qu’une adresse web ne peut pas contenir' } },
        body: 'Our site: www.lyon-alumni.example.org\\{2026\\}\n',
        reports: [{ at: 'www.lyon-alumni.example.org\\{2026\\}', message: '"http://www.lyon-alumni.example.org\\{2026\\}" is not a web address: a group page links only to web pages, written in full (https://…), and to pages of the handbook (/guidelines/…). Correct the address or remove the link.' }],
      },
      { title: 'A data: image', translations: { fr: { title: 'Une image data:' } }, body: '![A logo](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n', reports: [{ at: '![A logo](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', message: 'Remove this data: address: links and images must be ordinary https:// addresses.' }] },
      { title: 'An image path inside the repository', translations: { fr: { title: 'Un chemin d’image dans le dépôt' } }, body: '![Members at the picnic](../../assets/picnic.jpg)\n', reports: [{ at: '![Members at the picnic](../../assets/picnic.jpg)', message: 'Pictures must be published with the handbook: add the file to public/images/groups/<your-group\'s-slug>/ in your pull request and write ![description](/images/groups/<your-group\'s-slug>/<file name>). "../../assets/picnic.jpg" is outside that folder.' }] },
      { title: 'A picture from another website', translations: { fr: { title: 'Une image provenant d’un autre site web' } }, body: '![Members at the picnic](https://lyon-alumni.example.org/picnic.jpg)\n', reports: [{ at: '![Members at the picnic](https://lyon-alumni.example.org/picnic.jpg)', message: 'Pictures must be published with the handbook: add the file to public/images/groups/<your-group\'s-slug>/ in your pull request and write ![description](/images/groups/<your-group\'s-slug>/<file name>). "https://lyon-alumni.example.org/picnic.jpg" is on another website, which the handbook never loads from.' }] },
      { title: 'Climbing out of the pictures folder', translations: { fr: { title: 'Remonter hors du dossier des images' } }, body: '![Members at the picnic](/images/groups/../../favicon.svg)\n', reports: [{ at: '![Members at the picnic](/images/groups/../../favicon.svg)', message: 'Pictures must be published with the handbook: add the file to public/images/groups/<your-group\'s-slug>/ in your pull request and write ![description](/images/groups/<your-group\'s-slug>/<file name>). "/images/groups/../../favicon.svg" is outside that folder.' }] },
    ],
  },
  check(group, { report }) {
    if (!group.body) return;
    for (const { node } of nodesOf(group.body, 'link', 'image', 'definition')) {
      const url = node.url;
      if (isScriptUrl(url)) {
        const scheme = url.replace(/[\u0000-\u0020\u007f]+/g, '').split(':')[0]?.toLowerCase();
        report(group.rangeOfNode(node), `Remove this ${scheme}: address: links and images must be ordinary https:// addresses.`);
      } else if (!isPublishableAddress(url)) {
        report(
          group.rangeOfNode(node),
          `"${url}" is not a web address: a group page links only to web pages, written in full (https://…), and to pages of the handbook (/guidelines/…). Correct the address or remove the link.`,
        );
      } else if (node.type === 'image' && !isGroupImage(url)) {
        report(
          group.rangeOfNode(node),
          `Pictures must be published with the handbook: add the file to ${picturesFolder}/<your-group's-slug>/ in your pull request and write ![description](${picturesAddress}<your-group's-slug>/<file name>). "${url}" is ${/^[a-z][a-z0-9+.-]*:/i.test(url) ? 'on another website, which the handbook never loads from' : 'outside that folder'}.`,
        );
      }
    }
  },
});
