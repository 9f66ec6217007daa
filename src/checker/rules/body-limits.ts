import { defineRule } from './define.ts';

/** Raised by the parser (src/checker/parse.ts) before it reads a body beyond these limits. */
export default defineRule({
  id: 'body-limits',
  severity: 'error',
  summary: 'the body stays within the limits that keep checking and building it fast: nesting and emphasis marks',
  guideline: 'the-group-file#encoding-and-size',
  source: 'this contract',
  rationale:
    'Some texts take a Markdown parser time that grows with the square of their length: lists or quotes nested hundreds of levels deep, or thousands of emphasis marks that never close. No real page needs them, and refusing them keeps every check and every build fast, whatever a file holds.',
  examples: {
    valid: [{ title: 'Nested lists a few levels deep', body: '- Talks\n  - Spring\n    - Physics\n' }],
    invalid: [
      { title: 'Quotes nested 150 levels deep', body: `${'> '.repeat(150)}Hello\n` },
      { title: 'Thousands of underscores that never close', body: `${'_a'.repeat(10_001)}\n` },
    ],
  },
});
