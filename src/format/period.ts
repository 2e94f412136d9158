import { t } from '../i18n/index.ts';

/** A dataset's period as readers see it: 2025-2026, 2022, or 年份不详 where the report prints no year. */
export function formatPeriod(period: string): string {
  return period === 'unknown' ? t('data.periodUnknown') : period;
}
