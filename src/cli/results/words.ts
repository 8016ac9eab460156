import type { Evaluation, Framework, Gap, Locale, TitleResult } from '../../index.js';

/**
 * A period as people write it: `2025` for a calendar year, else `01/01/2025–30/06/2025` (vi).
 *
 * @param period - the evaluation's period
 * @param lang - language
 * @returns the text
 */
export function periodText(period: Evaluation['period'], lang: Locale): string {
  const { from, to } = period;
  if (from.slice(4) === '-01-01' && to.slice(4) === '-12-31' && from.slice(0, 4) === to.slice(0, 4))
    return from.slice(0, 4);
  return `${dateText(from, lang)}–${dateText(to, lang)}`;
}

/**
 * An ISO date as `dd/MM/yyyy` in Vietnamese, unchanged in English.
 *
 * @param iso - `yyyy-MM-dd`
 * @param lang - language
 * @returns the text
 */
export function dateText(iso: string, lang: Locale): string {
  return lang === 'vi' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

/**
 * A number for a Vietnamese reader: decimal comma, at most two decimals.
 *
 * @param n - the number
 * @param decimalComma - whether the decimal separator is a comma
 * @returns e.g. `80,5`
 */
export function numberText(n: number, decimalComma: boolean): string {
  const text = String(Math.round(n * 100) / 100);
  return decimalComma ? text.replace('.', ',') : text;
}

/**
 * What a person still needs for a title, in words: the points, the indicators to raise and the
 * evidence to supply, e.g. `thêm 2 điểm: TC2.2 từ 5 lên 7`.
 *
 * @param gap - the title's gap (`null`: nothing to say)
 * @param framework - the framework, for the evidence fields' labels
 * @param lang - language
 * @param decimalComma - how numbers are written
 * @returns the text, empty when there is no gap
 */
export function gapText(
  gap: Gap | null,
  framework: Framework | undefined,
  lang: Locale,
  decimalComma: boolean,
): string {
  if (gap === null) return '';
  const n = (x: number) => numberText(x, decimalComma);
  const vi = lang === 'vi';
  const parts: string[] = [];
  const raise = gap.indicators.map((i) =>
    i.from === null
      ? vi
        ? `${i.id} (chưa có điểm) lên ${n(i.to)}`
        : `${i.id} (no score yet) to ${n(i.to)}`
      : vi
        ? `${i.id} từ ${n(i.from)} lên ${n(i.to)}`
        : `${i.id} from ${n(i.from)} to ${n(i.to)}`,
  );
  if (gap.points > 0 || raise.length > 0) {
    const head = vi ? `thêm ${n(gap.points)} điểm` : `${n(gap.points)} more point${gap.points === 1 ? '' : 's'}`;
    parts.push(raise.length > 0 ? `${head}: ${raise.join(', ')}` : head);
  }
  if (gap.evidence.length > 0) {
    const labels = gap.evidence.map((f) => framework?.evidence[f]?.label[lang] ?? f);
    parts.push(`${vi ? 'bổ sung' : 'supply'}: ${labels.join(', ')}`);
  }
  return parts.join('; ');
}

/**
 * The reasons of a decision, in the language, one after the other.
 *
 * @param title - the title's result
 * @param lang - language
 * @returns the text
 */
export function reasonsText(title: TitleResult, lang: Locale): string {
  return title.reasons.map((r) => r.message[lang]).join('; ');
}
