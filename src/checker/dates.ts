/** Calendar arithmetic on YYYY-MM-DD text, in UTC, so results never depend on the machine's time zone. */

export function parseDay(text: string): { year: number; month: number; day: number } {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number?];
  return { year, month, day: day ?? 1 };
}

/** The same day `months` months earlier, clamped to the month's last day (2026-03-31 → 2025-02-28 for 13). */
export function monthsBefore(today: string, months: number): string {
  const { year, month, day } = parseDay(today);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function todayInUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const isDayText = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value);
