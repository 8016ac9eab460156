/**
 * Numbers, shares and dates in messages, written the way each language writes them:
 * Vietnamese `1.086`, `7,5`, `12,3%`, `31/12/2025`; English `1,086`, `7.5`, `12.3%`, `2025-12-31`.
 *
 * Vietnamese and English are written by hand, so they read the same in every runtime (a Node
 * built with small-icu knows only English); other languages (plugin locales) go through `Intl`.
 */

const VI = { group: '.', decimal: ',' } as const;
const EN = { group: ',', decimal: '.' } as const;
const THOUSANDS = /\B(?=(\d{3})+$)/g;

/**
 * Writes a number for people: thousands grouped, at most `digits` decimals (trailing zeros dropped).
 *
 * @param n - the number
 * @param locale - `vi`, `en` or any BCP 47 tag
 * @param digits - most decimals shown, 2 by default
 * @returns the text
 * @example formatNumber(1086.5, 'vi') // '1.086,5'
 * @example formatNumber(1086.5, 'en') // '1,086.5'
 * @category Messages
 */
export function formatNumber(n: number, locale: string, digits = 2): string {
  const sep = locale === 'vi' ? VI : locale === 'en' ? EN : undefined;
  if (!sep) return intlNumber(n, locale, digits);
  // Reasons print small whole scores for nearly every title of every evaluation: no rounding or
  // separators to apply (String(-0) is "0", as rounding gives).
  if (Number.isInteger(n) && n < 1000 && n > -1000) return String(n);
  if (!Number.isFinite(n)) return n > 0 ? '∞' : n < 0 ? '−∞' : 'NaN';
  const scale = 10 ** digits;
  // Rounded as evaluations always have: half up (Math.round), and never "-0".
  const rounded = Math.round(n * scale) / scale || 0;
  const text = String(rounded);
  // Messages print scores and counts, nearly always below 1000: no grouping, one replace at most.
  if (rounded < 1000 && rounded > -1000) return sep === EN ? text : text.replace('.', sep.decimal);
  // Numbers this large print in exponent form; grouping them would garble it.
  if (text.includes('e')) return text;
  const sign = rounded < 0 ? '-' : '';
  const dot = text.indexOf('.');
  const whole = text.slice(sign.length, dot < 0 ? text.length : dot);
  const grouped = whole.replace(THOUSANDS, sep.group);
  return dot < 0 ? `${sign}${grouped}` : `${sign}${grouped}${sep.decimal}${text.slice(dot + 1)}`;
}

/**
 * Writes a share (0.123) as a percentage with at most `digits` decimals.
 *
 * @param share - the share, 1 = 100%
 * @param locale - `vi`, `en` or any BCP 47 tag
 * @param digits - most decimals shown, 1 by default
 * @returns the text
 * @example formatPercent(0.123, 'vi') // '12,3%'
 * @category Messages
 */
export function formatPercent(share: number, locale: string, digits = 1): string {
  return `${formatNumber(share * 100, locale, digits)}%`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Writes an ISO date (`yyyy-MM-dd`) as Vietnamese `dd/MM/yyyy`; English and other languages
 * keep the ISO form, which no reader misreads. Text that is not an ISO date is returned unchanged.
 *
 * @param iso - the date
 * @param locale - `vi`, `en` or any BCP 47 tag
 * @returns the text
 * @example formatDate('2025-12-31', 'vi') // '31/12/2025'
 * @category Messages
 */
export function formatDate(iso: string, locale: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m || locale !== 'vi') return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * Joins items as a list: `a, b, c`.
 *
 * @param items - the items
 * @returns the text
 * @category Messages
 */
export function formatList(items: readonly (string | number)[]): string {
  return items.join(', ');
}

/**
 * A list as a sentence: `a, b or c`, the last two joined by `word` (`hoặc`, `or`, `và`, `and`).
 *
 * @internal
 */
export function joinWith(items: readonly string[], word: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function intlNumber(n: number, locale: string, digits: number): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  } catch {
    // A tag Intl does not accept (plugin locale names are free-form): English digits.
    return formatNumber(n, 'en', digits);
  }
}
