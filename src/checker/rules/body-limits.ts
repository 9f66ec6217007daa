import { defineRule } from './define.ts';

export default defineRule({
  id: 'body-limits',
  raisedBy: 'parser',
  severity: 'error',
  summary: 'the body stays within the limits that keep checking and building it fast: nesting and emphasis marks',
  guideline: 'the-group-file#encoding-and-size',
  rationale:
    'Some texts take a Markdown parser time that grows with the square of their length: lists or quotes nested hundreds of levels deep, or thousands of emphasis marks that never close. No real page needs them, and refusing them keeps every check and every build fast, whatever a file holds.',
  examples: {
    valid: [{ title: 'Nested lists a few levels deep', body: '- Talks\n  - Spring\n    - Physics\n' }],
    invalid: [
      { title: 'Quotes nested 150 levels deep', body: `${'> '.repeat(150)}Hello\n`, reports: [{ at: '>', message: 'The text nests 150 levels deep (lists, quotes or indentation inside each other); at most 100 are allowed. A group page needs only a few levels of lists or quotes and a few dozen emphasis marks.' }] },
      { title: 'Thousands of underscores that never close', body: `${'_a'.repeat(10_001)}\n`, reports: [{ at: '_', message: 'The text has more than 10,000 of the characters *, _ and ~, which mark emphasis in Markdown. Shorten the page, or link to your own website for the rest. A group page needs only a few levels of lists or quotes and a few dozen emphasis marks.' }] },
    ],
  },
});
