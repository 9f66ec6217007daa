import { defineRule } from './define.ts';

/** Raised by the parser (src/checker/parse.ts) when the body cannot be read at all. */
export default defineRule({
  id: 'mdx-syntax',
  severity: 'error',
  summary: 'the body can be read as MDX',
  guideline: 'the-group-file#body',
  source: 'security',
  rationale: 'Group pages are written in MDX, where "<" and "{" have a special meaning; a body that cannot be read cannot be checked or published.',
  examples: {
    valid: [{ title: 'Escaped special characters', body: 'We meet \\<twice\\> a year \\{spring and autumn\\}.\n' }],
    invalid: [{ title: 'An unclosed tag', body: 'We meet <b>twice a year.\n' }],
  },
});
