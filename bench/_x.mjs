import { readFileSync } from 'node:fs';
import { makeRecords } from './records.mjs';
import { cdht } from './lib.mjs';
const fw = JSON.parse(readFileSync(new URL('./framework.json', import.meta.url), 'utf8'));
const engine = cdht.createEngine();
const cf = engine.compile(engine.load(fw));
const fake = { ...cf, indicators: cf.indicators.map((ind) => ({ ...ind, when: ind.when ? (d) => d.job === 'teacher' : null, award: (d) => d.hours > 30 })) };
const recs = makeRecords(100000, 1);
const a = cdht.createScorer(cf), b = cdht.createScorer(fake);
// each closure alone
for (let round = 0; round < 3; round++) for (const [n, f] of [['real', a], ['fake', b]]) {
  let s = 0; const t = process.hrtime.bigint();
  for (let i = 0; i < recs.length; i++) s += f(recs[i]).total;
  console.log(n, (Number(process.hrtime.bigint() - t) / recs.length).toFixed(0));
}
const ctx = { root: null, derived: {}, missing: [], read: null, periodFrom: '2024-01-01', periodTo: '2024-12-31', asOf: '2024-12-31' };
for (const ind of cf.indicators) {
  const t = process.hrtime.bigint(); let s = 0;
  for (let k = 0; k < 3; k++) for (let i = 0; i < recs.length; i++) { const d = recs[i].data; ctx.root = d; ctx.missing.length = 0; s += ind.award(d, ctx) ? 1 : 0; }
  console.log(ind.id, (Number(process.hrtime.bigint() - t) / recs.length / 3).toFixed(0));
}
