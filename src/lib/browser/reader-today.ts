/** The day the page is read, YYYY-MM-DD in the reader's own time zone: pages date what they show by it, not by the day the site was built. */
export function readerToday(now: Date = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
}
