import { formatNumber, type Locale } from '../index.js';
import type { CliStream } from './io.js';

/** A progress display for a long run. */
export interface Progress {
  /** Reports rows done and bytes read so far. */
  tick(rows: number, bytes: number): void;
  /** Clears the bar. */
  done(): void;
}

const NONE: Progress = Object.freeze({ tick: () => {}, done: () => {} });

/** Runs shorter than this draw nothing: a bar that flashes for a second says nothing. */
const QUIET_MS = 2000;

/** Seconds as `1:05` or `1:02:05`. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * A one-line progress bar on stderr for runs over a couple of seconds: rows done, the rate and,
 * when the input's size is known, the share read and the time left. Drawn only when stderr is a
 * terminal (never in pipes, files or tests), redrawn at most ten times a second, numbers written
 * as people read them in the chosen language.
 *
 * @param stream - stderr
 * @param totalBytes - size of the input, when known, for a percentage and the time left
 * @param label - words before the counts, e.g. `Đang đánh giá`
 * @param now - the clock (tests pass a fake one)
 * @param locale - how numbers are written
 * @returns the progress display
 */
export function createProgress(
  stream: CliStream,
  totalBytes: number | undefined,
  label: string,
  now: () => number = Date.now,
  locale: Locale = 'en',
): Progress {
  if (!stream.isTTY) return NONE;
  const started = now();
  let last = 0;
  let drawn = false;
  const perSecond = locale === 'vi' ? 'dòng/giây' : 'rows/s';
  const left = locale === 'vi' ? 'còn khoảng' : 'about';
  const leftAfter = locale === 'vi' ? '' : ' left';
  return {
    tick(rows, bytes) {
      // Reading the clock on every row would cost more than the row; every 256th is plenty.
      if ((rows & 255) !== 0) return;
      const t = now();
      if (t - last < 100 || t - started < QUIET_MS) return;
      last = t;
      drawn = true;
      const elapsed = (t - started) / 1000;
      const rate = Math.round(rows / Math.max(0.001, elapsed));
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 70));
      let bar = '';
      let eta = '';
      if (totalBytes && totalBytes > 0) {
        const share = Math.min(1, bytes / totalBytes);
        const full = Math.round(share * width);
        bar = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(share * 100).toFixed(0).padStart(3)}% `;
        if (share > 0 && share < 1) eta = `, ${left} ${clock((elapsed * (1 - share)) / share)}${leftAfter}`;
      }
      stream.write(
        `\r${bar}${label}: ${formatNumber(rows, locale)} (${formatNumber(rate, locale)} ${perSecond}${eta})\u001b[K`,
      );
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
