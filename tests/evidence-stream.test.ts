import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../examples/sample/generate.js';
import { readEvidence } from '../src/node/readers/read.js';
import { FIELDS } from './fixtures/evidence/fields.js';

const LINES = 200_000;

/** Produces NDJSON lines lazily, counting how many the reader has pulled. */
function lazyLines(counter: { produced: number }): Readable {
  const next = mulberry32(7);
  async function* lines() {
    for (let i = 1; i <= LINES; i++) {
      counter.produced = i;
      const score = Math.floor(next() * 11);
      yield `{"id":"S${i}","period":"2025","unit":{"commune":"Đắk Ruồng","village":"Thôn ${1 + (i % 9)}"},"data":{"tc1_1":{"self":${score}},"tc1_2":{"self":${i % 1000 === 0 ? 12 : score}}}}\n`;
    }
  }
  return Readable.from(lines(), { objectMode: false, highWaterMark: 64 * 1024 });
}

describe('NDJSON streaming', () => {
  it('reads 200,000 lines lazily: the producer never runs far ahead and the heap stays flat', async () => {
    const counter = { produced: 0 };
    let records = 0;
    let rejected = 0;
    let maxLead = 0;
    let heapAt10k = 0;
    let heapMax = 0;
    for await (const row of readEvidence(lazyLines(counter), {
      format: 'ndjson',
      evidence: FIELDS,
      detectDuplicates: false,
    })) {
      if ('record' in row) records++;
      else rejected++;
      maxLead = Math.max(maxLead, counter.produced - row.row);
      if (row.row % 10_000 === 0) {
        const heap = process.memoryUsage().heapUsed;
        if (row.row === 10_000) heapAt10k = heap;
        heapMax = Math.max(heapMax, heap);
      }
    }
    expect(records + rejected).toBe(LINES);
    expect(rejected).toBe(LINES / 1000);
    // Lines are ~130 bytes: a lead of a few thousand lines is a few stream buffers, not the file.
    expect(maxLead).toBeLessThan(5_000);
    // Holding 200,000 records would take well over 100 MB; allow generous GC slack.
    expect(heapMax - heapAt10k).toBeLessThan(60 * 1024 * 1024);
  });
});
