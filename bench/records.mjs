// Seeded synthetic evidence records for bench/framework.json. Record i depends only on (seed, i),
// so any slice can be regenerated without keeping the others in memory.

const JOBS = ['farmer', 'worker', 'teacher', 'official', 'trader', 'student'];
const LANGS = ['none', 'basic', 'good', 'fluent'];
const KINDS = ['digital', 'language', 'vocational', 'culture'];
const CLUBS = ['digital', 'library', 'agriculture', 'music', 'sport'];
const COMMUNES = Array.from({ length: 40 }, (_, i) => `Xã ${String(i + 1).padStart(2, '0')}`);

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

function date(r, fromYear, years) {
  return `${fromYear + Math.floor(r() * years)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
}

/**
 * The i-th record of a seeded population.
 * @param {number} i
 * @param {number} seed
 */
export function makeRecord(i, seed = 1) {
  const r = rng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
  const pick = (list) => list[Math.floor(r() * list.length)];
  const courses = [];
  const nc = Math.floor(r() * 5);
  for (let k = 0; k < nc; k++) courses.push({ kind: pick(KINDS), hours: Math.floor(r() * 40), date: date(r, 2022, 3) });
  const clubs = CLUBS.filter(() => r() < 0.3);
  const size = 1 + Math.floor(r() * 6);
  const commune = COMMUNES[i % COMMUNES.length];
  return {
    id: `P${String(i + 1).padStart(8, '0')}`,
    period: '2024',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune },
    data: {
      birthYear: 1950 + Math.floor(r() * 56),
      hours: Math.floor(r() * 90),
      selfStudyHours: Math.floor(r() * 40),
      reads: r() < 0.6,
      lang: pick(LANGS),
      job: pick(JOBS),
      digital: { phone: r() < 0.8, internet: r() < 0.6, publicService: r() < 0.3 },
      household: { size, learners: Math.floor(r() * (size + 1)) },
      courses,
      clubs,
      lastCheckup: date(r, 2023, 2),
      volunteerDays: Math.floor(r() * 14),
      familyLearners: Math.floor(r() * 4),
    },
  };
}

/** An array of n records (for in-process runs). */
export function makeRecords(n, seed = 1, start = 0) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = makeRecord(start + i, seed);
  return out;
}

/** Writes n records as NDJSON, in bounded memory. */
export async function writeNdjson(path, n, seed = 1) {
  const { createWriteStream } = await import('node:fs');
  const out = createWriteStream(path);
  const block = 2000;
  for (let i = 0; i < n; i += block) {
    let text = '';
    for (let k = i; k < Math.min(n, i + block); k++) text += `${JSON.stringify(makeRecord(k, seed))}\n`;
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}
