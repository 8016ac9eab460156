/**
 * The subset of semantic versioning frameworks need: compare versions and match `extends` ranges
 * (`1.2.3`, `^1.2.0`, `~1.2.0`, `1`, `1.x`, `>=1.0.0`, `*`).
 */

type Triple = readonly [number, number, number];

/** @internal */
export function parseVersion(version: string): Triple | null {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * Compares two semantic versions.
 *
 * @param a - a version
 * @param b - another version
 * @returns negative, zero or positive like a sort comparator
 * @example compareVersions('1.10.0', '1.9.0') // 1
 * @category Frameworks
 */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Whether a version satisfies a range.
 *
 * @param version - e.g. `2.1.0`
 * @param range - `*`, `2`, `2.x`, `2.1.x`, `^2.0.0`, `~2.1.0`, `>=2.0.0`, or an exact version
 * @returns true when it matches; an unreadable range matches nothing
 * @example satisfiesRange('2.1.0', '^2.0.0') // true
 * @category Frameworks
 */
export function satisfiesRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  const r = range.trim();
  if (r === '' || r === '*' || r === 'x') return true;
  let m = /^(\d+)(?:\.(\d+|x))?(?:\.(x))?$/.exec(r);
  if (m) {
    if (v[0] !== Number(m[1])) return false;
    return m[2] === undefined || m[2] === 'x' || v[1] === Number(m[2]);
  }
  m = /^(\^|~|>=)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(r);
  if (!m || m[2] === undefined) return false;
  const base = parseVersion(m[2]);
  if (!base) return false;
  const cmp = compareVersions(version, m[2]);
  switch (m[1]) {
    case undefined:
      return cmp === 0;
    case '>=':
      return cmp >= 0;
    case '~':
      return cmp >= 0 && v[0] === base[0] && v[1] === base[1];
    default:
      if (cmp < 0) return false;
      if (base[0] > 0) return v[0] === base[0];
      if (base[1] > 0) return v[0] === 0 && v[1] === base[1];
      return v[0] === 0 && v[1] === 0 && v[2] === base[2];
  }
}
