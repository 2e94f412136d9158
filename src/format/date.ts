/** Dates in China Standard Time, whatever the build machine's zone: 2026年4月20日. */
const long = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** Formats a YYYY-MM-DD day (as stored in frontmatter and datasets). */
export function formatDay(day: string): string {
  return long.format(new Date(`${day}T12:00:00+08:00`));
}

/** Formats a source's date, which may be only a year or a month. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return formatDay(date);
  return month ? `${year}年${Number(month)}月` : `${year}年`;
}

/** A day without its year, for a season's calendar where the year is given elsewhere: 10月15日. */
export function formatMonthDay(day: string): string {
  const [, month, date] = day.split('-');
  return `${Number(month)}月${Number(date)}日`;
}

/**
 * Whole days from one YYYY-MM-DD day to another, not counting the first: 2022-09-28 → 2022-10-25 is 27.
 * Negative when `to` is earlier. Counted on UTC midnights, so no zone or daylight saving shifts a day.
 * "提前25天左右" in a report is a difference of this kind.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A year as Chinese print writes it, never grouped: 2022年 (not 2,022年). */
export function formatYear(year: number): string {
  return `${year}年`;
}
