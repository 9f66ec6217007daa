import { defineRule } from './define.ts';

export default defineRule({
  id: 'frontmatter-syntax',
  severity: 'error',
  summary: 'the front matter is present and valid YAML',
  guideline: 'the-group-file#front-matter',
  source: 'this contract',
  rationale: 'Every other check reads the fields in the front matter, so it must be there and be well-formed YAML.',
  examples: {
    valid: [{ title: 'Fields between two lines of three dashes', frontmatter: 'summary: "Alumni in Lyon: talks, visits and a summer picnic."' }],
    invalid: [
      { title: 'No front matter at all', source: '# CERN Alumni Lyon Group\n\nWe meet every month.\n' },
      { title: 'A colon followed by a space inside an unquoted value', source: '---\nname: CERN Alumni Lyon Group\nsummary: Alumni in Lyon: talks and visits.\n---\n' },
      { title: 'The same field twice', source: '---\nname: CERN Alumni Lyon Group\nname: Lyon Alumni\n---\n' },
    ],
  },
});
