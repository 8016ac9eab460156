/**
 * Fixed slots of shared memory for the blocks a batch hands to its workers and gets back. A block
 * cut into a fresh buffer and transferred, and a result buffer made by the worker and transferred
 * back, are new external memory every ~256 KB of input: V8 counts it against the next full
 * collection, so the calling thread ran a full collection every ~30 MB of blocks (55 at a million
 * rows, ~1.5 s of its time, when the worker path should cost it little), and each fresh buffer was
 * new pages for the kernel to fault in and zero. Slots are taken and given back, so a run touches
 * the same memory block after block. Pages of a slot never written are never committed, so slots
 * are sized for the largest usual block, not the typical one.
 *
 * @module
 * @internal
 */

/**
 * `count` slots of `size` bytes in one `SharedArrayBuffer`, handed out one at a time. The workers
 * get the same memory once, at start, and find a slot by its number.
 *
 * @internal
 */
export class SharedSlots {
  readonly memory: SharedArrayBuffer;
  readonly size: number;
  readonly #free: number[];

  constructor(count: number, size: number) {
    this.memory = new SharedArrayBuffer(count * size);
    this.size = size;
    this.#free = Array.from({ length: count }, (_, k) => count - 1 - k);
  }

  /** A free slot's number, or -1 when every slot is in use (the caller then uses memory of its own). */
  take(): number {
    return this.#free.pop() ?? -1;
  }

  /** Gives a slot back; -1 (no slot) is ignored. */
  give(slot: number): void {
    if (slot >= 0) this.#free.push(slot);
  }

  /** The first `length` bytes of a slot. */
  view(slot: number, length: number = this.size): Uint8Array {
    return slotView(this.memory, this.size, slot, length);
  }
}

/** A slot's first `length` bytes, in memory shared as {@link SharedSlots} shares it. @internal */
export function slotView(memory: SharedArrayBuffer, size: number, slot: number, length: number): Uint8Array {
  return new Uint8Array(memory, slot * size, length);
}
