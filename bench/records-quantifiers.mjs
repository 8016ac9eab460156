// Seeded synthetic evidence records for bench/framework-quantifiers.json (a list of certificates
// that many indicators quantify over, nested profile fields, lists of strings). Record i depends
// only on (seed, i), like bench/records.mjs.
import { rng } from './records.mjs';

const KINDS = ['digital', 'language', 'vocational', 'health', 'law'];
const ISSUERS = ['centre', 'school', 'online'];
const EDUCATION = ['none', 'primary', 'secondary', 'high', 'university'];
const JOBS = ['farmer', 'worker', 'teacher', 'official', 'trader', 'student'];
const WARDS = ['Thôn 1', 'Thôn 2', 'Thôn 3', 'Thôn 4', 'Thôn 5', 'Thôn 6', 'Tổ 1', 'Tổ 2'];
const SKILLS = ['reading', 'computer', 'english', 'swimming', 'cooking'];
const ACTIVITIES = ['volunteer', 'sport', 'library', 'club'];
const COMMUNES = Array.from({ length: 40 }, (_, i) => `Xã ${String(i + 1).padStart(2, '0')}`);

/**
 * The i-th record of a seeded population.
 * @param {number} i
 * @param {number} seed
 */
export function makeRecord(i, seed = 1) {
  const r = rng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x27d4eb2f));
  const pick = (list) => list[Math.floor(r() * list.length)];
  const certificates = [];
  const n = Math.floor(r() * 7);
  for (let k = 0; k < n; k++) {
    certificates.push({
      kind: pick(KINDS),
      hours: Math.floor(r() * 40),
      year: 2018 + Math.floor(r() * 7),
      issuer: pick(ISSUERS),
      passed: r() < 0.75,
    });
  }
  const members = 1 + Math.floor(r() * 6);
  return {
    id: `Q${String(i + 1).padStart(8, '0')}`,
    period: '2024',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: COMMUNES[i % COMMUNES.length] },
    data: {
      birthYear: 1950 + Math.floor(r() * 56),
      hours: Math.floor(r() * 90),
      profile: { education: pick(EDUCATION), occupation: pick(JOBS), address: { ward: pick(WARDS) } },
      family: { members, learners: Math.floor(r() * (members + 1)) },
      certificates,
      skills: SKILLS.filter(() => r() < 0.35),
      activities: ACTIVITIES.filter(() => r() < 0.35),
    },
  };
}

/** An array of n records (for in-process runs). */
export function makeRecords(n, seed = 1, start = 0) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = makeRecord(start + i, seed);
  return out;
}
