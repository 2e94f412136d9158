import { t } from '../i18n/index.ts';

/** A dataset's period as readers see it: 2025-2026, 2022, or 年份不详 where the report prints no year. */
export function formatPeriod(period: string): string {
  return period === 'unknown' ? t('data.periodUnknown') : period;
}

/**
 * A period as a sentence names it: 2025-2026采暖期 (a season: two consecutive years, unless `kind` says
 * `years`), 2022年, 2020—2022年 (years), 年份不详.
 */
export function periodPhrase(period: string, kind?: 'season' | 'years'): string {
  if (period === 'unknown') return t('data.periodUnknown');
  const [from, to] = period.split('-').map(Number);
  if (to === undefined) return `${from}年`;
  const season = kind === 'season' || (kind === undefined && to === from! + 1);
  return season ? `${period}${t('period.season')}` : `${from}—${to}年`;
}

/** The period a story reports, as its page states it: its season (2025-2026采暖期), or its periodNote. */
export function storyPeriod(story: { season?: string | undefined; periodNote?: string | undefined }): string {
  return story.season ? periodPhrase(story.season, 'season') : (story.periodNote ?? t('data.periodUnknown'));
}
