import type { Source } from '../schemas/source.ts';
import { t } from '../i18n/index.ts';
import { formatPartialDate } from './date.ts';

/** The newspaper's name, marked （推定） when the page does not print its masthead. */
export function publicationText(source: Source): string {
  return source.inferred.publication ? `${source.publication}${t('source.inferredMark')}` : source.publication;
}

/** How an article is named wherever a reader sees it: 包头日报（推定）《我市2025-2026采暖期圆满结束》. */
export function sourceLabel(source: Source): string {
  return `${publicationText(source)}《${source.headline}》`;
}

/** The publication date as far as known, marked （推定） where any part of it is inferred; null without a date. */
export function sourceDateText(source: Source): string | null {
  if (!source.date) return null;
  return `${formatPartialDate(source.date)}${source.inferred.date ? t('source.inferredMark') : ''}`;
}
