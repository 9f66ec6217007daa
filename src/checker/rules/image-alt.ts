import { nodesOf } from '../body-nodes.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'image-alt',
  severity: 'error',
  summary: 'every image has alt text',
  guideline: 'social-media-conduct#accessible-and-inclusive-content',
  rationale: 'Readers who use a screen reader, or whose images do not load, only get the description; without it the image says nothing to them.',
  translations: {
    fr: {
      summary: 'chaque image a un texte de remplacement',
      rationale:
        'Les personnes qui utilisent un lecteur d’écran, ou chez qui les images ne se chargent pas, n’ont accès qu’à la description ; sans elle, l’image ne leur dit rien.',
    },
  },
  examples: {
    valid: [{ title: 'An image with a description', translations: { fr: { title: 'Une image avec une description' } }, body: '![Members on a visit to the ATLAS cavern](/images/groups/lyon/atlas.jpg)\n' }],
    invalid: [
      { title: 'An image without a description', translations: { fr: { title: 'Une image sans description' } }, body: '![](/images/groups/lyon/atlas.jpg)\n', reports: [{ at: '![](/images/groups/lyon/atlas.jpg)', message: 'Describe this image for readers who cannot see it, between the brackets: ![Members at the summer picnic](…).' }] },
      { title: 'A description of spaces only', translations: { fr: { title: 'Une description faite uniquement d’espaces' } }, body: '![   ](/images/groups/lyon/atlas.jpg)\n', reports: [{ at: '![   ](/images/groups/lyon/atlas.jpg)', message: 'Describe this image for readers who cannot see it, between the brackets: ![Members at the summer picnic](…).' }] },
    ],
  },
  check(group, { report }) {
    if (!group.body) return;
    for (const { node } of nodesOf(group.body, 'image', 'imageReference')) {
      if (!node.alt?.trim()) report(group.rangeOfNode(node), 'Describe this image for readers who cannot see it, between the brackets: ![Members at the summer picnic](…).');
    }
  },
});
