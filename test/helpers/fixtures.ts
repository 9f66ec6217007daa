/**
 * Groups added to the test site's copy of the project: one whose text tries to inject markup, and one
 * each that is inactive, terminated and behind on its plan, so every state of a group page is built.
 */
import { baseExampleFrontMatter, fillExample, mergeFrontMatter } from '../../src/checker/examples.ts';
import { disclaimerStatement } from '../../src/config/organization.ts';

export const hostileName = `Alumni "Quoted" <script>alert('name')</script> & Friends`;
export const hostileSummary = `A test group whose summary says </script><script>alert("summary")</script> & <b>bold</b> 'quotes'.`;

function groupFile(fields: string, body = 'A group made for the site tests.\n'): string {
  return `---\n${mergeFrontMatter(fillExample(baseExampleFrontMatter), fields)}---\n\n${body}`;
}

const named = (name: string) =>
  `name: ${JSON.stringify(name)}\ndisclaimer: ${JSON.stringify(disclaimerStatement('independence', name))}`;

export const fixtureGroups: Record<string, string> = {
  'zz-escaping-test': groupFile(
    `${named(hostileName)}\nsummary: ${JSON.stringify(hostileSummary)}\nregion: ${JSON.stringify('Lyon <img src=x>, France')}\nlastActivity: 2026-11-02\nannualPlan:\n  year: 2026\n  activities:\n    - title: ${JSON.stringify('Talk </script> "quoted"')}\n      date: 2026-12\n      kind: event`,
  ),
  'zz-inactive-test': groupFile(`${named('CERN Alumni Inactive Test Group')}\nstatus: inactive\nregion: Lyon, France`),
  'zz-terminated-test': groupFile(`${named('CERN Alumni Terminated Test Group')}\nstatus: terminated\nregion: Lyon, France`),
  'zz-overdue-test': groupFile(
    `${named('CERN Alumni Overdue Test Group')}\nregion: Lyon, France\nlastActivity: 2025-06-01\nannualPlan:\n  year: 2025\n  activities:\n    - title: Last year's picnic\n      date: 2025-07-04\n      kind: event`,
  ),
};

/** The office's exceptions file of the test site: one exception in force, for the overdue group. */
export const fixtureExceptions = `- group: zz-overdue-test
  rule: activity-recent
  reason: The group is restarting under new managers; agreed with the office.
  grantedBy: oar-handbook
  expires: 2027-01-31
`;
