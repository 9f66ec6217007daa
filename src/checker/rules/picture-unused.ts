import { nameOf, pictureAddressParts } from '../pictures.ts';
import { linkTargets } from '../text/spans.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'picture-unused',
  severity: 'warning',
  summary: 'every picture in a group’s folder is shown on its page',
  guideline: 'the-group-file#links-and-images',
  rationale: 'Every picture in the repository is published with the site. One that no page shows is still there for anyone who guesses its address, and it makes the repository heavier for nothing.',
  translations: {
    fr: {
      summary: 'chaque image du dossier d’un groupe est affichée sur sa page',
      rationale:
        'Chaque image du dépôt est publiée avec le site. Une image qu’aucune page n’affiche reste accessible à quiconque devine son adresse, et elle alourdit inutilement le dépôt.',
    },
  },
  examples: {
    valid: [{ title: 'Every picture shown', translations: { fr: { title: 'Toutes les images affichées' } }, body: '![Members at the 2025 picnic](/images/groups/lyon/picnic-2025.jpg)\n', pictures: [{ name: 'picnic-2025.jpg', format: 'jpeg' }] }],
    invalid: [
      {
        title: 'A picture the page does not show',
        translations: { fr: { title: 'Une image que la page n’affiche pas' } },
        body: '![Members at the 2025 picnic](/images/groups/lyon/picnic-2025.jpg)\n',
        pictures: [{ name: 'picnic-2025.jpg', format: 'jpeg' }, { name: 'old-banner.png', format: 'png' }],
        reports: [{ at: '', message: 'public/images/groups/lyon/old-banner.png is not shown on the group’s page. Show it with ![description](/images/groups/lyon/old-banner.png), or remove it.' }],
      },
    ],
  },
  check(group, { report }) {
    if (!group.pictures?.length) return;
    const shown = new Set(
      linkTargets(group)
        .map((link) => pictureAddressParts(link.url))
        .filter((parts) => parts?.slug === group.slug)
        .map((parts) => parts?.name),
    );
    for (const picture of group.pictures) {
      if (picture.refused || shown.has(nameOf(picture))) continue;
      report(group.rangeAt(0, 0), `${picture.path} is not shown on the group’s page. Show it with ![description](/images/groups/${group.slug}/${nameOf(picture)}), or remove it.`, { file: picture.path });
    }
  },
});
