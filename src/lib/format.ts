/** How dates and counts read on the site. Always UTC, so the output never depends on the machine. */

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const isMonthOnly = (date: string) => /^\d{4}-\d{2}$/.test(date);

/** "2026-07-12" → "12 July 2026"; "2026-12" → "December 2026". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  return isMonthOnly(date) ? monthFormat.format(value) : dayFormat.format(value);
}

export { isMonthOnly };

/** Whether a plan date (a day, or a month when the day is not fixed) is still to come on `today`. */
export function isUpcoming(date: string, today: string): boolean {
  return isMonthOnly(date) ? date >= today.slice(0, 7) : date >= today;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
