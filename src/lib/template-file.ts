/**
 * The "Add your group" page's template: a complete group file to start from, filled with example words
 * the checker refuses until they are replaced. Free of the schema, so the page's script can date it the
 * day it is read.
 */
import { disclaimerStatement, organization } from '../config/organization.ts';
import { templateText } from '../checker/template-text.ts';
import { foldedYaml } from '../checker/values.ts';

/** The template dated `today`: its plan is for that year and its last activity is that day. */
export function groupTemplate(today: string): string {
  const year = today.slice(0, 4);
  const { groupName, place, country, managers, activity, body } = templateText;
  const name = `${organization.networkName} ${groupName}`;
  const disclaimer = foldedYaml(disclaimerStatement('independence', name), 76).join('\n  ');
  return `---
name: ${name}
type: regional
managedBy: alumni
visibility: private
summary: Alumni living around ${place} meet for talks, visits and a summer picnic.
region: ${place}, ${country}
managers:
${managers.map((manager) => `  - name: ${manager.name}\n    github: ${manager.github}`).join('\n')}
objectives:
  - Keep alumni around ${place} in touch with each other and with ${organization.name}.
joinCriteria: Alumni who live or work around ${place}.
lastActivity: ${today}
annualPlan:
  year: ${year}
  activities:
    - title: ${activity}
      date: ${year}-12
      kind: event
      location: ${place}
disclaimer: >-
  ${disclaimer}
---

${body}
`;
}

/** GitHub's new-file editor, prefilled with the template. */
export function proposeGroupUrl(today: string): string {
  const { url, branch } = organization.repository;
  return `${url}/new/${branch}?filename=src/content/groups/${templateText.fileName}.mdx&value=${encodeURIComponent(groupTemplate(today))}`;
}
