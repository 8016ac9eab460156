import { readFileSync } from 'node:fs';
import { makeRecords } from './records.mjs';
const fw = JSON.parse(readFileSync(new URL('./framework.json', import.meta.url), 'utf8'));
const recs = makeRecords(100000, 1);
const hw = (await import('./contestants/handwritten.mjs')).default.prepare({ framework: fw });
const m = await import('./contestants/cdht.mjs');
const full = m.full.prepare({ framework: fw }); const lean = m.lean.prepare({ framework: fw });
let bad = 0; for (const r of recs.slice(0, 20000)) { const a = hw.score(r), b = lean.score(r); if (a.total !== b.total || a.decisions !== b.decisions) bad++; } console.log('mismatch', bad);
for (let round = 0; round < 4; round++) {
  for (const [n, f] of [['hw', (r) => hw.score(r).total], ['full', full.run], ['lean', lean.run]]) {
    let s = 0; const t = process.hrtime.bigint();
    for (let i = 0; i < recs.length; i++) s += f(recs[i]);
    console.log(n, (Number(process.hrtime.bigint() - t) / recs.length).toFixed(0), 'ns');
  }
}
