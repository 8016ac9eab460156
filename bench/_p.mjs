import { readFileSync } from 'node:fs';
import { makeRecords } from './records.mjs';
const fw = JSON.parse(readFileSync('bench/framework.json', 'utf8'));
const recs = makeRecords(100000, 1);
const cd = (await import('./contestants/cdht.mjs')).default.prepare({ framework: fw });
let s = 0; for (let k = 0; k < 5; k++) for (let i = 0; i < recs.length; i++) s += cd.run(recs[i]);
console.log(s);
