import { defineRule } from './define.ts';

const firstLine = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const handle = (name: string) => name.replace(/^@/, '').toLowerCase();

export default defineRule({
  id: 'ownership',
  severity: 'error',
  summary: "only a group's managers, or office staff, change an existing group's file; only office staff delete one",
  guideline: 'managing-a-group#managers',
  rationale:
    "A group's page speaks for the group, so only the people who run it may change it. The managers are those listed before the change, so nobody can add themselves and edit the page in the same pull request. Closing a group is the office's decision, so only office staff delete a file.",
  examples: {
    valid: [
      { title: 'A manager changes their own group', pullRequest: { author: 'claire-martin', managersOnBase: ['claire-martin', 'khaddad'] } },
      { title: 'Anyone may propose a new group', pullRequest: { author: 'lucia-romero' } },
      { title: 'Office staff change any group', pullRequest: { author: '{staff}', managersOnBase: ['claire-martin', 'khaddad'] } },
    ],
    invalid: [
      { title: 'Someone who is not a manager changes the file', pullRequest: { author: 'lucia-romero', managersOnBase: ['claire-martin', 'khaddad'] }, reports: [{ at: 'managers', message: 'Only this group\'s managers as listed before this change (@claire-martin, @khaddad) or staff of the {office} may change its file, and @lucia-romero is neither. Ask one of them to make the change; to become a manager, ask a current manager to add you in a pull request of their own.' }] },
      {
        title: 'Adding yourself as a manager in the same change',
        frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad\n  - name: Lucía Romero\n    github: lucia-romero',
        pullRequest: { author: 'lucia-romero', managersOnBase: ['claire-martin', 'khaddad'] },
        reports: [{ at: 'managers', message: 'Only this group\'s managers as listed before this change (@claire-martin, @khaddad) or staff of the {office} may change its file, and @lucia-romero is neither. Ask one of them to make the change; to become a manager, ask a current manager to add you in a pull request of their own.' }],
      },
      { title: 'A manager deletes the file', pullRequest: { author: 'claire-martin', managersOnBase: ['claire-martin', 'khaddad'], deletes: true }, reports: [{ at: '', message: 'Only staff of the {office} may delete a group\'s file, and @claire-martin is not listed as office staff. To close a group, ask the office: it sets the group\'s status and keeps its page in the archive.' }] },
    ],
  },
  checkChange(change, { organization, groups, report }) {
    const author = handle(change.author);
    if (organization.office.staff.some((staff) => handle(staff) === author)) return;
    const office = organization.office.name;
    for (const path of change.deleted) {
      report(
        path,
        firstLine,
        `Only staff of the ${office} may delete a group's file, and @${change.author} is not listed as office staff. To close a group, ask the office: it sets the group's status and keeps its page in the archive.`,
      );
    }
    for (const [path, managers] of change.managersOnBase) {
      if (managers.some((manager) => handle(manager) === author)) continue;
      const range = groups.find((group) => group.path === path)?.rangeOf(['managers'], 'key') ?? firstLine;
      report(
        path,
        range,
        managers.length === 0
          ? `Before this change the file lists no managers, so only staff of the ${office} may change it. Ask the office to make the change.`
          : `Only this group's managers as listed before this change (${managers.map((manager) => `@${manager}`).join(', ')}) or staff of the ${office} may change its file, and @${change.author} is neither. Ask one of them to make the change; to become a manager, ask a current manager to add you in a pull request of their own.`,
      );
    }
  },
});
