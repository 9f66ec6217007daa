import { visit } from 'unist-util-visit';
import { defineRule } from './define.ts';

const scriptSchemes = /^(?:javascript|data|vbscript):/;

/** The scheme as a browser reads it: control characters and white space are ignored, case too. */
export const isScriptUrl = (url: string) => scriptSchemes.test(url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase());

export default defineRule({
  id: 'unsafe-url',
  severity: 'error',
  summary: 'no javascript:, data: or vbscript: links or images, and no images read from the repository',
  guideline: 'the-group-file#links-and-images',
  source: 'security',
  rationale: 'Such addresses run script or smuggle content into the page. A relative image path would make the build read a file from the repository, so images must be full https:// addresses.',
  examples: {
    valid: [{ title: 'An https link and image', body: 'See [our site](https://lyon-alumni.example.org).\n\n![Members at the 2025 picnic](https://lyon-alumni.example.org/picnic.jpg)\n' }],
    invalid: [
      { title: 'A javascript: link', body: '[Join us](javascript:alert(1))\n' },
      { title: 'A data: image', body: '![A logo](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n' },
      { title: 'An image path inside the repository', body: '![Members at the picnic](../../assets/picnic.jpg)\n' },
    ],
  },
  checkBody(tree, report) {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const url = node.url;
      if (isScriptUrl(url)) {
        const scheme = url.replace(/[\u0000-\u0020\u007f]+/g, '').split(':')[0]?.toLowerCase();
        report(node, `Remove this ${scheme}: address: links and images must be ordinary https:// addresses.`);
      } else if (node.type === 'image' && !/^https?:\/\//i.test(url.trim())) {
        report(node, `Images must be full https:// addresses; "${url}" would be read from the repository. Upload the picture to your own website or social media page and link to it there.`);
      }
    });
  },
});
