import { isRealDay } from '../../schema/group.ts';
import { todayInUtc } from '../dates.ts';
import { UsageError } from './group-files.ts';

/** "Today" for time rules: `--today`, else HANDBOOK_TODAY, else the real date (UTC). */
export function resolveToday(flag: string | undefined, environment: NodeJS.ProcessEnv = process.env): string {
  const [value, source] = flag !== undefined ? [flag, '--today'] : environment.HANDBOOK_TODAY ? [environment.HANDBOOK_TODAY, 'HANDBOOK_TODAY'] : [todayInUtc(), ''];
  if (!isRealDay(value)) throw new UsageError(`${source} must be a real date written YYYY-MM-DD; got "${value}".`);
  return value;
}
