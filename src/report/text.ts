import { formatShare } from '../aggregate/progressMessage.js';
import type { ReportLocale } from './types.js';

const COUNT = {
  vi: /* @__PURE__ */ new Intl.NumberFormat('vi-VN'),
  en: /* @__PURE__ */ new Intl.NumberFormat('en-GB'),
} as const;

/**
 * A count of people with the locale's grouping: `1.234` (vi), `1,234` (en); `—` for null.
 *
 * @internal
 */
export function formatCount(n: number | null, locale: ReportLocale): string {
  return n === null ? '—' : COUNT[locale].format(n);
}

/**
 * A share as a percentage with one decimal at most: `37,5%` (vi), `37.5%` (en); `—` for null.
 *
 * @internal
 */
export function formatRate(share: number | null, locale: ReportLocale): string {
  return share === null ? '—' : formatShare(share, locale);
}

/**
 * A `yyyy-MM-dd` date as people read it: `05/12/2026` (vi) or unchanged ISO (en, unambiguous).
 *
 * @internal
 */
export function formatDate(iso: string, locale: ReportLocale): string {
  if (locale === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A target as `40% (31/12/2025)`, or `—`.
 *
 * @internal
 */
export function formatTarget(
  target: { readonly share: number; readonly date: string } | null,
  locale: ReportLocale,
): string {
  return target === null ? '—' : `${formatShare(target.share, locale)} (${formatDate(target.date, locale)})`;
}

/**
 * A date range: one date when both ends are equal, else `01/01/2026 – 31/03/2026`.
 *
 * @internal
 */
export function formatRange(from: string, to: string, locale: ReportLocale): string {
  return from === to ? formatDate(from, locale) : `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}
