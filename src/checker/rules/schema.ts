import { defineRule } from './define.ts';

export default defineRule({
  id: 'schema',
  severity: 'error',
  summary: 'every field is present, of the right type and value; no unknown field',
  guideline: 'the-group-file#front-matter',
  source: 'this contract',
  rationale: 'The directory, the group page and the office all rely on the same fields; a misspelt or missing field would silently drop information.',
  examples: {
    valid: [{ title: 'An optional founding date', frontmatter: 'founded: 2019-04-01' }],
    invalid: [
      { title: 'A misspelt field name', frontmatter: 'summery: Alumni around Lyon meet for talks and visits.' },
      { title: 'A value that is not one of the choices', frontmatter: 'type: regonal' },
      { title: 'A date that does not exist', frontmatter: 'founded: 2025-02-30' },
      { title: 'A website that is not https', frontmatter: 'channels:\n  website: http://lyon-alumni.example.org' },
    ],
  },
});
