/**
 * The keys (person id + period) already seen in a file, each with the row where it was first
 * seen: an exact set — two different keys are never taken for one — in about 21 bytes a key for
 * ids like `P00000001`, where a `Map<string, number>` takes ~190.
 *
 * Each key is written once as bytes into an arena of 1 MiB chunks (never copied again): the row
 * (4 bytes), the key's length, the period's number (periods are interned) and the id's UTF-16
 * code units (one byte each below 0x80, two below 0x4000, else three — a one-to-one encoding, so
 * equal bytes are equal keys). A 32-bit hash of those bytes picks one of 256 small open-addressing
 * tables (linear probing, holding arena offsets) and a slot in it; a table grows by half when
 * 80% full, so growing copies one table of a few thousand slots at a time, never the whole set.
 * A hash match is only a candidate: the bytes are compared. The hash starts from a basis drawn
 * per set, so ids crafted to share one probe chain in one run do not in the next (hash flooding).
 *
 * @internal
 */
export class SeenKeys {
  /** Arena chunks; an offset is chunk × 2²⁰ + position. */
  #chunks: Uint8Array[] = [];
  #chunk: Uint8Array = new Uint8Array(0);
  #at = 0;
  /** Per shard: slots holding arena offset + 1 (0: empty), and how many are used. */
  readonly #tables: Uint32Array[] = [];
  /** Per shard, per slot: 8 more bits of the key's hash, so most probes skip the arena. */
  readonly #tags: Uint8Array[] = [];
  readonly #used = new Int32Array(SHARDS);
  /** Periods by their text, numbered from 0. */
  readonly #scopes = new Map<string, number>();
  #lastFrom = '';
  #lastTo = '';
  #lastScope = -1;
  /** The key being looked up, encoded. */
  #scratch = new Uint8Array(64);
  readonly #hash: (bytes: Uint8Array, start: number, end: number) => number;
  /** The FNV basis of this set's own hash (the default), or -1 when a hash was given. */
  readonly #basis: number;

  /** @param hash - the hash of a key's bytes (tests pass a poor one to force collisions) */
  constructor(hash?: (bytes: Uint8Array, start: number, end: number) => number) {
    if (hash === undefined) {
      const basis = (FNV_BASIS ^ Math.floor(Math.random() * 0x100000000)) >>> 0;
      this.#basis = basis;
      this.#hash = (bytes, start, end) => hashBytes(bytes, start, end, basis);
    } else {
      this.#basis = -1;
      this.#hash = hash;
    }
    for (let s = 0; s < SHARDS; s++) {
      this.#tables.push(new Uint32Array(64));
      this.#tags.push(new Uint8Array(64));
    }
  }

  /**
   * Remembers the key (`id`, period `from`..`to`) at `row`.
   *
   * @returns the row where an equal key was first seen (at least 1), or 0 when it is new
   */
  add(id: string, from: string, to: string, row: number): number {
    if (from !== this.#lastFrom || to !== this.#lastTo || this.#lastScope < 0) {
      const text = `${from}\u0000${to}`;
      let scope = this.#scopes.get(text);
      if (scope === undefined) {
        scope = this.#scopes.size;
        this.#scopes.set(text, scope);
      }
      this.#lastFrom = from;
      this.#lastTo = to;
      this.#lastScope = scope;
    }
    // Encode the key (period number, then the id's code units), hashing its bytes on the way.
    if (this.#scratch.length < id.length * 3 + 10) this.#scratch = new Uint8Array(id.length * 3 + 10);
    const key = this.#scratch;
    let n = putVarint(key, 0, this.#lastScope);
    let f = this.#basis;
    for (let j = 0; j < n; j++) f = Math.imul(f ^ (key[j] as number), FNV_PRIME);
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c < 0x80) {
        key[n++] = c;
        f = Math.imul(f ^ c, FNV_PRIME);
      } else if (c < 0x4000) {
        const b0 = 0x80 | (c & 0x7f);
        const b1 = c >>> 7;
        key[n++] = b0;
        key[n++] = b1;
        f = Math.imul(Math.imul(f ^ b0, FNV_PRIME) ^ b1, FNV_PRIME);
      } else {
        const b0 = 0x80 | (c & 0x7f);
        const b1 = 0x80 | ((c >>> 7) & 0x7f);
        const b2 = c >>> 14;
        key[n++] = b0;
        key[n++] = b1;
        key[n++] = b2;
        f = Math.imul(Math.imul(Math.imul(f ^ b0, FNV_PRIME) ^ b1, FNV_PRIME) ^ b2, FNV_PRIME);
      }
    }
    const h = this.#basis >= 0 ? mix(f) : this.#hash(key, 0, n) >>> 0;
    const shard = h >>> 24;
    const table = this.#tables[shard] as Uint32Array;
    const tags = this.#tags[shard] as Uint8Array;
    const tag = (h >>> 16) & 0xff;
    const cap = table.length;
    let i = slotOf(h, cap);
    for (let slot = table[i] as number; slot !== 0; slot = table[i] as number) {
      if (tags[i] === tag) {
        const first = this.#match(slot - 1, key, n);
        if (first !== 0) return first;
      }
      if (++i === cap) i = 0;
    }
    table[i] = this.#append(key, n, Math.max(1, row)) + 1;
    tags[i] = tag;
    const used = (this.#used[shard] as number) + 1;
    this.#used[shard] = used;
    if (used * 5 > cap * 4) this.#grow(shard);
    return 0;
  }

  /** The row of the entry at `offset` when its key is `key[0..n)`, else 0. */
  #match(offset: number, key: Uint8Array, n: number): number {
    const chunk = this.#chunks[offset >>> 20] as Uint8Array;
    const q = offset & 0xfffff;
    let p = q + 4;
    let length = chunk[p++] as number;
    if (length >= 0x80) [length, p] = getVarint(chunk, p - 1);
    if (length !== n) return 0;
    for (let j = 0; j < n; j++) if (chunk[p + j] !== key[j]) return 0;
    return (
      ((chunk[q] as number) | ((chunk[q + 1] as number) << 8) | ((chunk[q + 2] as number) << 16)) +
      (chunk[q + 3] as number) * 0x1000000
    );
  }

  /** Writes an entry (row, key length, key) into the arena; returns its offset. */
  #append(key: Uint8Array, n: number, row: number): number {
    const size = 4 + 5 + n;
    if (this.#at + size > this.#chunk.length) {
      this.#chunk = new Uint8Array(Math.max(CHUNK, size));
      this.#chunks.push(this.#chunk);
      this.#at = 0;
    }
    const chunk = this.#chunk;
    const offset = (this.#chunks.length - 1) * CHUNK + this.#at;
    let p = this.#at;
    chunk[p++] = row & 0xff;
    chunk[p++] = (row >>> 8) & 0xff;
    chunk[p++] = (row >>> 16) & 0xff;
    chunk[p++] = Math.floor(row / 0x1000000) & 0xff;
    p = putVarint(chunk, p, n);
    for (let j = 0; j < n; j++) chunk[p + j] = key[j] as number;
    this.#at = p + n;
    return offset;
  }

  /** One shard's table, half as large again, its entries placed anew (hashes from the arena). */
  #grow(shard: number): void {
    const old = this.#tables[shard] as Uint32Array;
    const cap = Math.floor(old.length * 1.5);
    const table = new Uint32Array(cap);
    const tags = new Uint8Array(cap);
    for (const slot of old) {
      if (slot === 0) continue;
      const offset = slot - 1;
      const chunk = this.#chunks[offset >>> 20] as Uint8Array;
      let p = (offset & 0xfffff) + 4;
      let length = chunk[p++] as number;
      if (length >= 0x80) [length, p] = getVarint(chunk, p - 1);
      const h = this.#hash(chunk, p, p + length) >>> 0;
      let i = slotOf(h, cap);
      while (table[i] !== 0) if (++i === cap) i = 0;
      table[i] = slot;
      tags[i] = (h >>> 16) & 0xff;
    }
    this.#tables[shard] = table;
    this.#tags[shard] = tags;
  }
}

const SHARDS = 256;
/** Arena chunk size: 2²⁰ bytes (offsets address chunk × 2²⁰ + position, up to 4 GiB of keys). */
const CHUNK = 1 << 20;

/** A slot in a table of `cap` slots from the hash's low 24 bits (its top 8 chose the table). */
function slotOf(h: number, cap: number): number {
  // Multiply-shift range reduction, in 32-bit integers while the product fits.
  return cap <= 0x10000 ? ((h & 0xffff) * cap) >>> 16 : Math.floor(((h & 0xffffff) * cap) / 0x1000000);
}

/** A varint at `at`: its value and the position after it. */
function getVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let p = at;
  for (let scale = 1; ; scale *= 0x80) {
    const b = bytes[p++] as number;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, p];
  }
}

function putVarint(bytes: Uint8Array, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    bytes[at++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 0x80);
  }
  bytes[at++] = v;
  return at;
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the bytes from `basis`, then murmur3's finaliser so the top bits (the shard) mix in every byte. */
function hashBytes(bytes: Uint8Array, start: number, end: number, basis: number): number {
  let h = basis;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), FNV_PRIME);
  return mix(h);
}

/** murmur3's 32-bit finaliser. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
