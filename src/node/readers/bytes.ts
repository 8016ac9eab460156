import { isUtf8 } from 'node:buffer';

/**
 * Whether the first bytes of a file are UTF-16: a UTF-16 byte-order mark, or (without one) text
 * where every other byte is NUL, as ASCII looks in UTF-16. Such a file cannot be read row by row
 * as UTF-8, so it is one whole-file error; a NUL byte anywhere else only rejects its row.
 *
 * @internal
 */
export function _looksUtf16(start: Uint8Array): boolean {
  if (start.length >= 2 && ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))) {
    return true;
  }
  const n = Math.min(start.length, 512) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (start[i] === 0) even++;
    if (start[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return (odd > pairs * 0.6 && even === 0) || (even > pairs * 0.6 && odd === 0);
}

/** The length of a UTF-8 byte-order mark at the start, 0 or 3. @internal */
export function _bomLength(start: Uint8Array): number {
  return start.length >= 3 && start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? 3 : 0;
}

/**
 * The first byte of a record that text evidence cannot hold: a NUL, or a byte that is not UTF-8.
 *
 * @returns the offset in `bytes` and which kind, or undefined when the bytes are clean UTF-8 text
 * @internal
 */
export function _badByte(bytes: Uint8Array): { at: number; nul: boolean } | undefined {
  const nul = bytes.indexOf(0);
  if (isUtf8(bytes)) return nul >= 0 ? { at: nul, nul: true } : undefined;
  const invalid = firstInvalid(bytes);
  if (nul >= 0 && nul < invalid) return { at: nul, nul: true };
  return { at: invalid, nul: false };
}

/** The offset of the first byte that breaks UTF-8 (well-formed per the Unicode standard, table 3-7). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [need, lo, hi] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80, 0xbf]
        : b === 0xe0
          ? [2, 0xa0, 0xbf]
          : b === 0xed
            ? [2, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [2, 0x80, 0xbf]
              : b === 0xf0
                ? [3, 0x90, 0xbf]
                : b >= 0xf1 && b <= 0xf3
                  ? [3, 0x80, 0xbf]
                  : b === 0xf4
                    ? [3, 0x80, 0x8f]
                    : [0, 0, 0];
    if (need === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
