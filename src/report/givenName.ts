const COLLATOR = /* @__PURE__ */ new Intl.Collator('vi', { numeric: true });

/**
 * The parts an official list sorts a Vietnamese name by: the given name (tên, the last word),
 * then the family and middle names (họ và tên đệm) as written. A leading bracketed marker such
 * as `[Mẫu]` (the sample's "synthetic" tag) is not part of the family name.
 *
 * @internal
 */
export function nameParts(fullName: string): { readonly given: string; readonly rest: string } {
  const words = fullName
    .normalize('NFC')
    .replace(/^\s*\[[^\]]*\]\s*/u, '')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  return { given: words[words.length - 1] ?? '', rest: words.slice(0, -1).join(' ') };
}

/**
 * Compares two full names the way Vietnamese official lists order people: by given name (the last
 * word) in Vietnamese collation (tones in the order ngang, huyền, hỏi, ngã, sắc, nặng; `Đ` after
 * `D`), then by family and middle names, then by the whole text. `Nguyễn Văn An` comes before
 * `Bùi Thị Ánh`, which comes before `Lê Minh Bình`.
 *
 * @param a - a full name
 * @param b - another full name
 * @returns negative, zero or positive, as for `Array.prototype.sort`
 * @example ['Lê Minh Bình', 'Bùi Thị Ánh', 'Nguyễn Văn An'].sort(compareGivenNames) // ['Nguyễn Văn An', 'Bùi Thị Ánh', 'Lê Minh Bình']
 * @category Reports
 */
export function compareGivenNames(a: string, b: string): number {
  const x = nameParts(a);
  const y = nameParts(b);
  return COLLATOR.compare(x.given, y.given) || COLLATOR.compare(x.rest, y.rest) || COLLATOR.compare(a, b);
}
