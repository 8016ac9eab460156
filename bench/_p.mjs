import { readFileSync } from 'node:fs';
import { makeRecords } from './records.mjs';
const fw = JSON.parse(readFileSync(new URL('./framework.json', import.meta.url), 'utf8'));
const recs = makeRecords(100000, 1);
const m = await import('./contestants/cdht.mjs');
const lean = m.lean.prepare({ framework: fw });
let s = 0; for (let k = 0; k < 10; k++) for (let i = 0; i < recs.length; i++) s += lean.run(recs[i]);
console.log(s);
