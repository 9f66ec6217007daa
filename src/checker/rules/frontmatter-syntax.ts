import { defineRule } from './define.ts';

export default defineRule({
  id: 'frontmatter-syntax',
  raisedBy: 'parser',
  severity: 'error',
  summary: 'the front matter is present and valid YAML',
  guideline: 'the-group-file#front-matter',
  rationale: 'Every other check reads the fields in the front matter, so it must be there and be well-formed YAML.',
  examples: {
    valid: [{ title: 'Fields between two lines of three dashes', frontmatter: 'summary: "Alumni in Lyon: talks, visits and a summer picnic."' }],
    invalid: [
      { title: 'No front matter at all', source: '# {network} Lyon Group\n\nWe meet every month.\n', reports: [{ at: '# {network} Lyon Group', message: 'The file must start with front matter: a line "---", the fields, then a closing line "---". Copy the template from the "Add your group" page.' }] },
      { title: 'A colon followed by a space inside an unquoted value', source: '---\nname: {network} Lyon Group\nsummary: Alumni in Lyon: talks and visits.\n---\n', reports: [{ at: 'A', message: 'The front matter is not valid YAML: Nested mappings are not allowed in compact mappings. If a value contains ": " or starts with a quote or special character, wrap the whole value in double quotes.' }] },
      { title: 'The same field twice', source: '---\nname: {network} Lyon Group\nname: Lyon Alumni\n---\n', reports: [{ at: 'n', message: 'This field appears twice in the front matter. Keep one of them.' }] },
    ],
  },
});
