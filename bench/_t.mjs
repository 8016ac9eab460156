import { readFileSync } from 'node:fs';
import { makeRecords } from './records.mjs';
const fw = JSON.parse(readFileSync('bench/framework.json', 'utf8'));
const recs = makeRecords(100000, 1);
const hw = (await import('./contestants/handwritten.mjs')).default.prepare({ framework: fw });
const cd = (await import('./contestants/cdht.mjs')).default.prepare({ framework: fw });
for (let round = 0; round < 4; round++) {
  for (const [n, f] of [['hw', (r) => hw.score(r).total], ['cdht', cd.run]]) {
    let s = 0; const t = process.hrtime.bigint();
    for (let i = 0; i < recs.length; i++) s += f(recs[i]);
    console.log(n, Number(process.hrtime.bigint() - t) / recs.length, 'ns', s);
  }
}
