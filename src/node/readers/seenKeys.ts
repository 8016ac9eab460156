/**
 * The keys (person id + period) already seen in a file, each with the row where it was first
 * seen: an exact set — two different keys are never taken for one — in about 18–21 bytes a key
 * for ids like `P00000001`, where a `Map<string, number>` takes ~190.
 *
 * Each key is written once as bytes into an arena of 1 MiB chunks (never copied again): the key's
 * length, the period's number (periods are interned), the id, then the row (varints). The id is
 * written two ASCII digits to a byte (0–99), any other ASCII character in one byte with its top bit
 * set, any other code unit as a marker byte (100) and its two bytes — ids are mostly a letter and
 * digits, so `P00000001` takes 5 bytes instead of 9, and an entry 10 instead of 15. The encoding
 * reads back one way only, so equal bytes are equal keys. A 32-bit hash of those bytes finds the
 * key's page through a directory indexed by the hash's top bits (extendible hashing), then a slot
 * in the page (linear probing, 8 more bits of the hash per slot as a tag so most probes skip the
 * arena). A hash match is only a candidate: the bytes are compared. The hash starts from a basis
 * drawn per set, so ids crafted to share one probe chain in one run do not in the next (hash
 * flooding).
 *
 * Pages have one size and come from shared slabs; a page 80% full splits in two by one more bit
 * of the hash, in place, into one new page. So the set never drops memory when it grows: tables
 * that doubled left every old one behind as garbage until a full collection (~14 MB at a million
 * people, more than half the set's own size, on top of it in the CLI's peak). Only a page whose
 * keys one more bit cannot tell apart (a hash given by a test, or too deep a directory) grows on
 * its own, by doubling.
 *
 * @internal
 */
export class SeenKeys {
  /** Arena chunks; an offset is chunk × 2²⁰ + position. */
  #chunks: Uint8Array[] = [];
  #chunk: Uint8Array = new Uint8Array(0);
  #at = 0;
  readonly #pages: Page[] = [];
  /** Page number by the hash's top `#depth` bits. */
  #dir = new Int32Array(1);
  #depth = 0;
  /** The slab new pages are cut from, and how many it has given. */
  #slab: { slots: Uint32Array; tags: Uint8Array } | undefined;
  #slabPages = PAGES_PER_SLAB;
  /** A page's slots while it is split. */
  readonly #moving = new Uint32Array(PAGE);
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
    this.#pages.push(this.#newPage(0));
  }

  /** Pages (and slabs) so far: for tests of how the set grows. @internal */
  get _shape(): { pages: number; depth: number; slots: number; arena: number } {
    let slots = 0;
    for (const p of this.#pages) slots += p.slots.length;
    const arena = this.#chunks.length === 0 ? 0 : (this.#chunks.length - 1) * CHUNK + this.#at;
    return { pages: this.#pages.length, depth: this.#depth, slots, arena };
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
    const length = id.length;
    for (let i = 0; i < length; i++) {
      const c = id.charCodeAt(i);
      const d = c - 0x30;
      if (d >= 0 && d <= 9 && i + 1 < length) {
        const e = id.charCodeAt(i + 1) - 0x30;
        if (e >= 0 && e <= 9) {
          // Two digits in one byte, 0–99: ids like P00000001 take 5 bytes instead of 9.
          const b = d * 10 + e;
          key[n++] = b;
          f = Math.imul(f ^ b, FNV_PRIME);
          i++;
          continue;
        }
      }
      if (c < 0x80) {
        const b = c | 0x80;
        key[n++] = b;
        f = Math.imul(f ^ b, FNV_PRIME);
      } else {
        const b1 = c >>> 8;
        const b2 = c & 0xff;
        key[n++] = WIDE;
        key[n++] = b1;
        key[n++] = b2;
        f = Math.imul(Math.imul(Math.imul(f ^ WIDE, FNV_PRIME) ^ b1, FNV_PRIME) ^ b2, FNV_PRIME);
      }
    }
    const h = this.#basis >= 0 ? mix(f) : this.#hash(key, 0, n) >>> 0;
    const page = this.#pages[this.#dir[this.#depth === 0 ? 0 : h >>> (32 - this.#depth)] as number] as Page;
    const { slots, tags } = page;
    const tag = tagOf(h);
    const mask = slots.length - 1;
    let i = h & mask;
    for (let slot = slots[i] as number; slot !== 0; slot = slots[i] as number) {
      if (tags[i] === tag) {
        const first = this.#match(slot - 1, key, n);
        if (first !== 0) return first;
      }
      i = (i + 1) & mask;
    }
    slots[i] = this.#append(key, n, Math.max(1, row)) + 1;
    tags[i] = tag;
    if (++page.used * 5 > slots.length * 4) this.#split(page, h);
    return 0;
  }

  /** The row of the entry at `offset` when its key is `key[0..n)`, else 0. */
  #match(offset: number, key: Uint8Array, n: number): number {
    const chunk = this.#chunks[offset >>> 20] as Uint8Array;
    let p = offset & 0xfffff;
    let length = chunk[p++] as number;
    if (length >= 0x80) [length, p] = getVarint(chunk, p - 1);
    if (length !== n) return 0;
    for (let j = 0; j < n; j++) if (chunk[p + j] !== key[j]) return 0;
    return getVarint(chunk, p + n)[0];
  }

  /** Writes an entry (key length, key, row) into the arena; returns its offset. */
  #append(key: Uint8Array, n: number, row: number): number {
    const size = 5 + n + 8;
    if (this.#at + size > this.#chunk.length) {
      this.#chunk = new Uint8Array(Math.max(CHUNK, size));
      this.#chunks.push(this.#chunk);
      this.#at = 0;
    }
    const chunk = this.#chunk;
    const offset = (this.#chunks.length - 1) * CHUNK + this.#at;
    const p = putVarint(chunk, this.#at, n);
    for (let j = 0; j < n; j++) chunk[p + j] = key[j] as number;
    this.#at = putVarint(chunk, p + n, row);
    return offset;
  }

  /** The hash of the entry at an arena offset, from its bytes. */
  #hashAt(offset: number): number {
    const chunk = this.#chunks[offset >>> 20] as Uint8Array;
    let p = offset & 0xfffff;
    let length = chunk[p++] as number;
    if (length >= 0x80) [length, p] = getVarint(chunk, p - 1);
    return this.#hash(chunk, p, p + length) >>> 0;
  }

  /** A new empty page of {@link PAGE} slots, cut from the current slab. */
  #newPage(depth: number): Page {
    if (this.#slabPages === PAGES_PER_SLAB) {
      this.#slab = { slots: new Uint32Array(PAGE * PAGES_PER_SLAB), tags: new Uint8Array(PAGE * PAGES_PER_SLAB) };
      this.#slabPages = 0;
    }
    const slab = this.#slab as { slots: Uint32Array; tags: Uint8Array };
    const at = this.#slabPages++ * PAGE;
    return {
      slots: slab.slots.subarray(at, at + PAGE),
      tags: slab.tags.subarray(at, at + PAGE),
      used: 0,
      depth,
      alone: false,
    };
  }

  /**
   * Splits a full page by the hash bit after its `depth` top bits: keys with that bit set move to
   * a new page, the others are placed anew in this one. `h` is the hash of any key of the page.
   */
  #split(page: Page, h: number): void {
    const depth = page.depth;
    if (page.alone || depth >= MAX_DEPTH) {
      this.#double(page);
      return;
    }
    if (depth === this.#depth) {
      // The directory doubles: each entry becomes two, both naming the page it named.
      const dir = new Int32Array(this.#dir.length * 2);
      for (let i = 0; i < this.#dir.length; i++) {
        dir[2 * i] = this.#dir[i] as number;
        dir[2 * i + 1] = this.#dir[i] as number;
      }
      this.#dir = dir;
      this.#depth++;
    }
    const other = this.#newPage(depth + 1);
    const otherNumber = this.#pages.length;
    this.#pages.push(other);
    page.depth = depth + 1;
    const moving = this.#moving;
    moving.set(page.slots);
    page.slots.fill(0);
    page.used = 0;
    for (const slot of moving) {
      if (slot === 0) continue;
      const k = this.#hashAt(slot - 1);
      place((k >>> (31 - depth)) & 1 ? other : page, slot, k);
    }
    // The page's directory entries are one run; its second half now names the new page.
    const span = 2 ** (this.#depth - depth);
    const first = (depth === 0 ? 0 : h >>> (32 - depth)) * span;
    this.#dir.fill(otherNumber, first + span / 2, first + span);
    // One more bit told no key apart: this page's keys share more of their hash than a split can
    // use, so it grows on its own from now on.
    if (page.used === 0 || other.used === 0) {
      const full = page.used === 0 ? other : page;
      full.alone = true;
      if (full.used * 5 > full.slots.length * 4) this.#double(full);
    }
  }

  /** A page twice as large, its own (not from a slab), its keys placed anew. */
  #double(page: Page): void {
    const old = page.slots;
    page.slots = new Uint32Array(old.length * 2);
    page.tags = new Uint8Array(old.length * 2);
    page.used = 0;
    page.alone = true;
    for (const slot of old) if (slot !== 0) place(page, slot, this.#hashAt(slot - 1));
  }
}

/** A page of slots: arena offset + 1 (0: empty), and a tag per slot. */
interface Page {
  slots: Uint32Array;
  tags: Uint8Array;
  used: number;
  /** How many top bits of the hash all its keys share (the directory's entries for it). */
  depth: number;
  /** Grows by doubling instead of splitting (see `#split`). */
  alone: boolean;
}

/** Puts an entry (arena offset + 1, hash `h`) into a page that has room. */
function place(page: Page, slot: number, h: number): void {
  const { slots, tags } = page;
  const mask = slots.length - 1;
  let i = h & mask;
  while (slots[i] !== 0) i = (i + 1) & mask;
  slots[i] = slot;
  tags[i] = tagOf(h);
  page.used++;
}

/**
 * An id's code unit of U+0080 or above: this byte, then the unit's high and low bytes. The other
 * bytes of an id are a pair of ASCII digits (0–99) or one ASCII character with its top bit set
 * (0x80–0xFF), so an encoding reads back one way only: different ids never share bytes.
 */
const WIDE = 0x64;

/** Slots a page (a power of two): 5 KiB with its tags. */
const PAGE = 1024;
/** Pages a slab holds: 512 KiB of slots and 128 KiB of tags at a time. */
const PAGES_PER_SLAB = 128;
/** Top bits the directory may use (then pages double instead); the slot comes from the low bits. */
const MAX_DEPTH = 20;
/** Arena chunk size: 2²⁰ bytes (offsets address chunk × 2²⁰ + position, up to 4 GiB of keys). */
const CHUNK = 1 << 20;

/** 8 bits of the hash for a slot's tag, mixed from all 32 (the top ones pick the page, the low ones the slot). */
function tagOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> 24;
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
