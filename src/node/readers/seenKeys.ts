/**
 * A set of keys (person id + period) that remembers, for each, the row where it was first seen,
 * in 12 bytes a slot: a 64-bit hash of the key and a row number in typed arrays, so a file of
 * millions of rows checks duplicates in memory that grows by ~24 bytes a person instead of the
 * ~190 a `Map<string, number>` takes. Two different keys share a 64-bit hash with probability
 * about n²/2⁶⁵ (3 × 10⁻⁶ for ten million people); such a row would be reported as a duplicate,
 * never dropped silently.
 *
 * @internal
 */
export class SeenKeys {
  #hi = new Uint32Array(1024);
  #lo = new Uint32Array(1024);
  #rows = new Uint32Array(1024);
  #size = 0;

  /** Remembers `key` at `row`; returns the first row of an earlier equal key, or 0 when new. */
  add(key: string, row: number): number {
    const [hi, lo] = hash64(key);
    const found = this.#find(hi, lo);
    if (this.#rows[found] !== 0) return this.#rows[found] as number;
    this.#hi[found] = hi;
    this.#lo[found] = lo;
    this.#rows[found] = Math.max(1, row);
    if (++this.#size * 2 > this.#rows.length) this.#grow();
    return 0;
  }

  #find(hi: number, lo: number): number {
    const mask = this.#rows.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.#rows[i] !== 0 && (this.#hi[i] !== hi || this.#lo[i] !== lo)) i = (i + 1) & mask;
    return i;
  }

  #grow(): void {
    const [hi, lo, rows] = [this.#hi, this.#lo, this.#rows];
    this.#hi = new Uint32Array(rows.length * 2);
    this.#lo = new Uint32Array(rows.length * 2);
    this.#rows = new Uint32Array(rows.length * 2);
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      const at = this.#find(hi[i] as number, lo[i] as number);
      this.#hi[at] = hi[i] as number;
      this.#lo[at] = lo[i] as number;
      this.#rows[at] = rows[i] as number;
    }
  }
}

/** Two independent 32-bit FNV-1a style hashes over the UTF-16 code units of a string. */
function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  return [a >>> 0, (b ^ (b >>> 16)) >>> 0];
}
