import type { CliStream } from './io.js';

/** A progress display for a long run. */
export interface Progress {
  /** Reports rows done and bytes read so far. */
  tick(rows: number, bytes: number): void;
  /** Clears the bar. */
  done(): void;
}

const NONE: Progress = Object.freeze({ tick: () => {}, done: () => {} });

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (never in pipes,
 * files or tests), redrawn at most ten times a second.
 *
 * @param stream - stderr
 * @param totalBytes - size of the input, when known, for a percentage
 * @param label - words before the counts, e.g. `Đang đánh giá`
 * @param now - the clock (tests pass a fake one)
 * @returns the progress display
 */
export function createProgress(
  stream: CliStream,
  totalBytes: number | undefined,
  label: string,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY) return NONE;
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    tick(rows, bytes) {
      // Reading the clock on every row would cost more than the row; every 256th is plenty.
      if ((rows & 255) !== 0) return;
      const t = now();
      if (t - last < 100) return;
      last = t;
      drawn = true;
      const rate = Math.round(rows / Math.max(0.001, (t - started) / 1000));
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
      let bar = '';
      if (totalBytes && totalBytes > 0) {
        const share = Math.min(1, bytes / totalBytes);
        const full = Math.round(share * width);
        bar = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(share * 100).toFixed(0).padStart(3)}% `;
      }
      stream.write(`\r${bar}${label}: ${rows.toLocaleString('en-US')} (${rate.toLocaleString('en-US')}/s)\u001b[K`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
