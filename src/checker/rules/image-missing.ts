import { nameOf, pictureAddressParts, picturesFolder } from '../pictures.ts';
import { linkTargets } from '../text/spans.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'image-missing',
  severity: 'error',
  summary: 'every picture the page shows is in the group’s own picture folder',
  guideline: 'the-group-file#links-and-images',
  rationale: 'A picture that is not in the pull request would be a broken image on the published page. Each group shows only the pictures of its own folder, so that changing one group never changes another’s page.',
  translations: {
    fr: {
      summary: 'chaque image affichée sur la page se trouve dans le dossier d’images propre au groupe',
      rationale:
        'Une image qui ne figure pas dans la pull request apparaîtrait comme une image cassée sur la page publiée. Chaque groupe n’affiche que les images de son propre dossier, de sorte que la modification d’un groupe ne change jamais la page d’un autre.',
    },
  },
  examples: {
    valid: [{ title: 'A picture of the group’s folder', translations: { fr: { title: 'Une image du dossier du groupe' } }, body: '![Members at the 2025 picnic](/images/groups/lyon/picnic-2025.jpg)\n', pictures: [{ name: 'picnic-2025.jpg', format: 'jpeg' }] }],
    invalid: [
      {
        title: 'A picture left out of the pull request',
        translations: { fr: { title: 'Une image absente de la pull request' } },
        body: '![Members at the 2025 picnic](/images/groups/lyon/picnic-2025.jpg)\n',
        pictures: [{ name: 'picnic-2024.jpg', format: 'jpeg' }],
        reports: [{ at: '![Members at the 2025 picnic](/images/groups/lyon/picnic-2025.jpg)', message: 'The picture "picnic-2025.jpg" is not in public/images/groups/lyon/. Add it to your pull request, or correct the name: the folder has picnic-2024.jpg.' }],
      },
      {
        title: 'A picture of another group’s folder',
        translations: { fr: { title: 'Une image du dossier d’un autre groupe' } },
        body: '![The Geneva group’s hike](/images/groups/geneva-running-club/hike.jpg)\n',
        pictures: [],
        reports: [{ at: '![The Geneva group’s hike](/images/groups/geneva-running-club/hike.jpg)', message: 'This picture is in another group’s folder (public/images/groups/geneva-running-club/). Copy it into your own, public/images/groups/lyon/, and show it from there.' }],
      },
    ],
  },
  check(group, { report }) {
    const pictures = group.pictures;
    if (!pictures) return;
    for (const link of linkTargets(group)) {
      if (link.kind !== 'image') continue;
      const parts = pictureAddressParts(link.url);
      if (!parts) continue;
      if (parts.slug !== group.slug) {
        report(link.range, `This picture is in another group’s folder (${picturesFolder}/${parts.slug}/). Copy it into your own, ${picturesFolder}/${group.slug}/, and show it from there.`);
      } else if (!pictures.some((picture) => nameOf(picture) === parts.name)) {
        const names = pictures.map(nameOf);
        const listed = names.length === 0 ? 'the folder is empty or missing' : `the folder has ${names.slice(0, 5).join(', ')}${names.length > 5 ? ' and more' : ''}`;
        report(link.range, `The picture "${parts.name}" is not in ${picturesFolder}/${group.slug}/. Add it to your pull request, or correct the name: ${listed}.`);
      }
    }
  },
});
