/**
 * What the pages read from the build's one checker run (the check report collection that the group
 * loaders fill, src/integrations/group-content.ts): a group's plan status, whether it is due for
 * deactivation, its warnings, the exceptions. Nothing here runs the checker again.
 */
import { getEntry } from 'astro:content';
import type { ExceptedDiagnostic } from '../checker/exceptions.ts';
import { checkReportId, type CheckReport } from '../integrations/group-content.ts';
import type { Diagnostic } from '../checker/types.ts';
import type { GroupEntry } from './content.ts';
import { defaultLanguage, type Language } from '../i18n/language.ts';

const report = (await getEntry('checkReport', checkReportId))?.data as CheckReport;

export const today = report.today;
export const checkedCount = report.checked;

const groupFile = (slug: string) => `src/content/groups/${slug}.mdx`;

const diagnosticsByFile = new Map<string, Diagnostic[]>();
for (const diagnostic of report.diagnostics) {
  diagnosticsByFile.set(diagnostic.file, [...(diagnosticsByFile.get(diagnostic.file) ?? []), diagnostic]);
}

export function diagnosticsFor(slug: string): Diagnostic[] {
  return diagnosticsByFile.get(groupFile(slug)) ?? [];
}

const hasRule = (slug: string, rule: string) => diagnosticsFor(slug).some((diagnostic) => diagnostic.rule === rule);

/** Where a listed group stands, as the directory shows and filters it. */
export type GroupState = 'plan-current' | 'plan-overdue' | 'inactive';

const stateLabels: Record<Language, Record<GroupState, string>> = {
  en: { 'plan-current': 'Plan current', 'plan-overdue': 'Plan overdue', inactive: 'Inactive' },
  fr: { 'plan-current': 'Plan à jour', 'plan-overdue': 'Plan en retard', inactive: 'Inactif' },
};

/** What readers see for each state, in the page's language. */
export const groupStateLabels = (language: Language = defaultLanguage): Record<GroupState, string> => stateLabels[language];

export function groupState(group: GroupEntry): GroupState {
  if (group.data.status !== 'active') return 'inactive';
  return hasRule(group.id, 'annual-plan-current') ? 'plan-overdue' : 'plan-current';
}

export const dueForDeactivation = (group: GroupEntry) => group.data.status === 'active' && hasRule(group.id, 'activity-recent');

/** The problems an office-granted exception covered in this run, each with its exception. */
export const exceptedProblems: ExceptedDiagnostic[] = report.excepted;

export const slugOfFile = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');
