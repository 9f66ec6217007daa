import { isBlank, isWrittenInOtherCase } from '../values.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'region-required',
  severity: 'error',
  summary: 'regional groups name their region',
  guideline: 'starting-a-group#regional-groups',
  rationale: 'Readers look for the groups near them; a regional group without a region cannot be found that way.',
  translations: {
    fr: {
      summary: 'les groupes régionaux indiquent leur région',
      rationale: 'Les lecteurs cherchent les groupes proches de chez eux ; un groupe régional sans région ne peut pas être trouvé de cette façon.',
    },
  },
  examples: {
    valid: [{ title: 'A thematic group needs no region', translations: { fr: { title: 'Un groupe thématique n’a pas besoin de région' } }, frontmatter: 'type: activity\nregion: null' }],
    invalid: [{ title: 'A regional group without a region', translations: { fr: { title: 'Un groupe régional sans région' } }, frontmatter: 'region: null', reports: [{ at: 'type', message: 'A regional group must name its region: add `region:`, for example "region: Lyon, France".' }] }],
  },
  check(group, { report }) {
    const data = group.data;
    if (data?.type !== 'regional' || !isBlank(data.region) || isWrittenInOtherCase(data, 'region')) return;
    // A "region:" line left empty is reported where it stands, with what to write on it.
    if ('region' in data) report(group.rangeOf(['region'], 'key'), 'A regional group must name its region: write it after `region:`, for example "region: Lyon, France".');
    else report(group.rangeOf(['type'], 'key'), 'A regional group must name its region: add `region:`, for example "region: Lyon, France".');
  },
});
