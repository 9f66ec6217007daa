/**
 * The clauses of the source documents, as the chapters trace them in their front matter: each with the
 * section that states it and the rules that check it (or why none can).
 */
import type { RuleId } from '../checker/rule-ids.ts';
import { chapters } from './content.ts';

export interface TracedClause {
  source: string;
  says: string;
  /** "chapter#anchor" */
  section: string;
  rules?: readonly RuleId[];
  notCheckable?: string;
}

export async function clauses(): Promise<TracedClause[]> {
  return (await chapters()).flatMap((chapter) => chapter.data.clauses.map(({ section, ...clause }) => ({ ...clause, section: `${chapter.id}#${section}` })));
}
