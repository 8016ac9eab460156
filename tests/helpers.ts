import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvidenceRecord } from '../src/index.js';

/** Reads a JSON fixture relative to tests/fixtures. */
export function fixture(path: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8'));
}

/** A deep copy of a JSON value, to mutate in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** An evidence record for period 2024. */
export function record(data: Record<string, unknown>, extra: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return { id: 'p1', period: '2024', data, ...extra };
}
