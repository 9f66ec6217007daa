import type { Organization } from '../../config/organization.ts';
import { escapeRegExp } from '../text/matching.ts';
import { linkTargets } from '../text/spans.ts';
import { defineRule } from './define.ts';

const imageFile = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)$/i;

/**
 * "CERN logo", "CERN's logo", "logo of CERN", "cern_logo", "logo-cern", "cernlogo": the organization's
 * (or its alumni network's) name right next to "logo". "Logo of the CERN Alumni Lyon Group" names a
 * group's own artwork, so the name must not run on into other words after "logo of".
 */
function logoPattern(organization: Organization): RegExp {
  const names = [organization.networkName, organization.name].map((name) => escapeRegExp(name).replace(/\\? /g, '[\\s_.-]*')).join('|');
  return new RegExp(String.raw`(?:(?<![a-z])(?:${names})(?:['’]s)?[\s_.-]*(?:official[\s_.-]*)?logos?(?![a-z])|(?<![a-z])logos?[\s_.-]+(?:of[\s_.-]+)?(?:the[\s_.-]+)?(?:${names})(?![\s_.-]*[a-z]))`, 'i');
}

export default defineRule({
  id: 'organization-logo',
  severity: 'error',
  summary: 'the organization’s logo is not used',
  guideline: 'social-media-conduct#the-logo',
  rationale:
    'The organization’s logo is legally protected and marks official communication. On a group page it would suggest the organization speaks there; groups use their own photos and artwork.',
  examples: {
    valid: [
      { title: 'A photo of the group', body: '![Members in front of the Globe of Science and Innovation](/images/groups/lyon/globe-2025.jpg)\n' },
      { title: 'The group’s own artwork', body: '![Logo of the {network} Lyon Group: a lion drawn in the style of a particle track](/images/groups/lyon/lion.svg)\n' },
      { title: 'A file name with the organization’s name but no logo', body: '![Alumni at the {organization} open days](/images/groups/lyon/{organization}-open-days.jpg)\n' },
    ],
    invalid: [
      { title: 'The logo by its alt text', body: '![{organization} logo](/images/groups/lyon/header.png)\n', reports: [{ at: '![{organization} logo](/images/groups/lyon/header.png)', message: 'Remove this image: it is the {organization} logo (by its description), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'The logo by its file name', body: '![Our banner](/images/groups/lyon/img/logo-{organization}.png)\n', reports: [{ at: '![Our banner](/images/groups/lyon/img/logo-{organization}.png)', message: 'Remove this image: it is the {organization} logo (by its file name, logo-{organization}.png), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'The logo by its file name, the other way round', body: '![Header](/images/groups/lyon/{organization}_logo.svg)\n', reports: [{ at: '![Header](/images/groups/lyon/{organization}_logo.svg)', message: 'Remove this image: it is the {organization} logo (by its file name, {organization}_logo.svg), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'A link to the logo file', body: 'Download [the banner](https://lyon-alumni.example.org/{organization}-Logo.jpg) for your slides.\n', reports: [{ at: '[the banner](https://lyon-alumni.example.org/{organization}-Logo.jpg)', message: 'Remove this link to an image: it is the {organization} logo (by its file name, {organization}-Logo.jpg), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'The alumni network’s logo', body: '![{network} logo](/images/groups/lyon/a.png)\n', reports: [{ at: '![{network} logo](/images/groups/lyon/a.png)', message: 'Remove this image: it is the {organization} logo (by its description), whose use is legally protected. Use your own photos or artwork instead.' }] },
    ],
  },
  check(group, { organization, report }) {
    const pattern = logoPattern(organization);
    for (const link of linkTargets(group)) {
      if (link.kind === 'channel') continue;
      const fileName = fileNameOf(link.url);
      const isImage = link.kind === 'image' || imageFile.test(fileName);
      if (!isImage) continue;
      const byAlt = link.kind === 'image' && pattern.test(link.label ?? '');
      const byFile = pattern.test(fileName.replace(imageFile, '')) || (/\/logos?\//i.test(link.url) && pattern.test(`logo ${fileName.replace(imageFile, '')}`));
      if (byAlt || byFile) {
        const what = link.kind === 'image' ? 'this image' : 'this link to an image';
        report(link.range, `Remove ${what}: it is the ${organization.name} logo${byAlt ? ' (by its description)' : ` (by its file name, ${fileName})`}, whose use is legally protected. Use your own photos or artwork instead.`);
      }
    }
  },
});

function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
