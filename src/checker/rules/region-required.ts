import { defineRule } from './define.ts';

/** Raised by the schema (src/schema/group.ts), so the content collection enforces it too. */
export default defineRule({
  id: 'region-required',
  severity: 'error',
  summary: 'regional groups name their region',
  guideline: 'starting-a-group#regional-groups',
  source: '000: regional groups, e.g. the San Francisco Bay Area group',
  rationale: 'Readers look for the groups near them; a regional group without a region cannot be found that way.',
  examples: {
    valid: [{ title: 'A thematic group needs no region', frontmatter: 'type: activity\nregion: null' }],
    invalid: [{ title: 'A regional group without a region', frontmatter: 'region: null' }],
  },
});
