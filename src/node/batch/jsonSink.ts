/**
 * JSON text written straight into a growing byte buffer: the bytes `JSON.stringify` would give,
 * without building the text as a string first. A summary row built as a string cost ~3.7 KB of
 * garbage (the pieces and the flattened copy, two bytes per character as soon as one Vietnamese
 * letter is in it) besides its UTF-8 copy; written here, a plain ASCII string is copied char by
 * char and anything else goes through one UTF-8 write.
 *
 * @module
 * @internal
 */
import { Buffer } from 'node:buffer';

/** Strings of at most this many UTF-16 units are remembered as bytes when they are not plain ASCII. */
const SHORT = 24;
/** How many such strings a sink remembers. */
const MAX_SHORT = 512;

/** Nesting depth below which plain values are written here; deeper ones go through `JSON.stringify`. */
const MAX_DEPTH = 8;

const NULL = /* @__PURE__ */ Buffer.from('null', 'latin1');
const TRUE = /* @__PURE__ */ Buffer.from('true', 'latin1');
const FALSE = /* @__PURE__ */ Buffer.from('false', 'latin1');

/** Whether JSON.stringify writes some character of `s` escaped: controls, `"`, `\` and UTF-16 surrogates (kept in pairs, lone ones as `\udxxx`). */
function escapes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/**
 * A growable buffer of UTF-8 bytes, written as `JSON.stringify` writes values.
 * @internal
 */
export class JsonSink {
  /** The buffer: its own memory (never a slice of Node's pool, so it can be transferred), or the one given to `restart`. */
  bytes: Buffer;
  /** Bytes written. */
  at = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafeSlow(Math.max(4096, capacity));
  }

  /**
   * Starts again at the beginning of `buffer` (memory the caller hands out block by block, such as
   * a slot of shared memory): what was written is left behind, the short strings' bytes are kept.
   * Writing past its end moves the text to a buffer of the sink's own.
   */
  restart(buffer: Buffer): void {
    this.bytes = buffer;
    this.at = 0;
  }

  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    if (this.bytes.length - this.at >= n) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.at + n));
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }

  /** One byte (the caller reserved room, or calls `reserve` first). */
  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.at++] = b;
  }

  /** Bytes as they are (an encoded constant). */
  raw(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.bytes.set(chunk, this.at);
    this.at += chunk.length;
  }

  /** A text as it is (already JSON), UTF-8 encoded. */
  text(s: string): void {
    this.reserve(s.length * 3);
    this.at += this.bytes.write(s, this.at);
  }

  /** `JSON.stringify(s)` for a string. */
  string(s: string): void {
    const n = s.length;
    this.reserve(n * 3 + 2);
    const bytes = this.bytes;
    const start = this.at;
    let at = start;
    bytes[at++] = 0x22;
    // Printable ASCII without `"` or `\` is copied as it is: ids, dates, codes, most names of places.
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        this.at = start;
        this.#other(s);
        return;
      }
      bytes[at++] = c;
    }
    bytes[at++] = 0x22;
    this.at = at;
  }

  /**
   * A string with characters beyond printable ASCII: one UTF-8 write, or `JSON.stringify`'s escapes.
   * Short ones (names of places, mostly, repeated row after row) are remembered as bytes: a copy
   * costs less than the scan and the native write.
   */
  #other(s: string): void {
    const short = s.length <= SHORT;
    if (short) {
      const known = this.#short.get(s);
      if (known !== undefined) {
        this.raw(known);
        return;
      }
    }
    const start = this.at;
    if (escapes(s)) this.text(JSON.stringify(s));
    else {
      const bytes = this.bytes;
      bytes[this.at++] = 0x22;
      this.at += bytes.write(s, this.at);
      bytes[this.at++] = 0x22;
    }
    // A copy (Buffer's `slice` is a view): the sink may be rewound and its bytes written over.
    if (short && this.#short.size < MAX_SHORT) this.#short.set(s, new Uint8Array(this.bytes.subarray(start, this.at)));
  }

  /** The JSON bytes of short strings written by {@link #other}. */
  readonly #short = new Map<string, Uint8Array>();

  /** `JSON.stringify(n)` for a number: `null` when not finite. */
  number(n: number): void {
    // Small whole numbers digit by digit (-0 is written 0, as JSON.stringify does).
    if (n >= 0 && n < 1e9 && Math.floor(n) === n) {
      this.reserve(10);
      const bytes = this.bytes;
      let v = n;
      let digits = 1;
      for (let p = 10; v >= p; p *= 10) digits++;
      let at = this.at + digits;
      this.at = at;
      do {
        const q = Math.floor(v / 10);
        bytes[--at] = 0x30 + (v - q * 10);
        v = q;
      } while (v > 0);
      return;
    }
    if (!Number.isFinite(n)) this.raw(NULL);
    else this.text(`${n}`);
  }

  /**
   * `JSON.stringify(v)` for a value in a JSON position (an object's member or an array's element):
   * plain objects, arrays, strings, numbers, booleans and null are written here; anything else (a
   * `toJSON`, a class instance, `undefined` in an array, a bigint, a deep value) by `JSON.stringify`
   * itself, so the bytes are the same. `undefined` at the top is not a JSON value: the caller
   * leaves the member out, as `JSON.stringify` does.
   */
  value(v: unknown, depth = 0): void {
    if (typeof v === 'string') this.string(v);
    else if (typeof v === 'number') this.number(v);
    else if (v === true) this.raw(TRUE);
    else if (v === false) this.raw(FALSE);
    else if (v === null) this.raw(NULL);
    else if (depth < MAX_DEPTH && isPlainArray(v)) this.#array(v, depth);
    else if (depth < MAX_DEPTH && plain(v)) this.#object(v as Record<string, unknown>, depth);
    else this.#stringified(v);
  }

  #array(list: readonly unknown[], depth: number): void {
    this.byte(0x5b);
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.byte(0x2c);
      const item = list[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') this.raw(NULL);
      else this.value(item, depth + 1);
    }
    this.byte(0x5d);
  }

  #object(o: Record<string, unknown>, depth: number): void {
    this.byte(0x7b);
    let first = true;
    // Object.keys lists own enumerable string keys in the order JSON.stringify writes them.
    for (const key of Object.keys(o)) {
      const item = o[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!first) this.byte(0x2c);
      first = false;
      this.string(key);
      this.byte(0x3a);
      this.value(item, depth + 1);
    }
    this.byte(0x7d);
  }

  #stringified(v: unknown): void {
    const text = JSON.stringify(v);
    if (text === undefined) this.raw(NULL);
    else this.text(text);
  }
}

/** An array JSON.stringify writes element by element: not a subclass, no `toJSON`. */
function isPlainArray(v: unknown): v is readonly unknown[] {
  return (
    Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && (v as { toJSON?: unknown }).toJSON === undefined
  );
}

/** An object JSON.stringify writes member by member: plain prototype, no `toJSON`, not boxed. */
function plain(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && (v as { toJSON?: unknown }).toJSON === undefined;
}
