import { readFileSync } from 'node:fs';
import { cdht } from './lib.mjs';
const framework = JSON.parse(readFileSync(new URL('./framework.json', import.meta.url), 'utf8'));
const engine = cdht.createEngine();
const compiled = engine.compile(engine.load(framework));
const w = Number(process.argv[2]); const file = process.argv[3] ?? '/tmp/b100k.ndjson';
let t0 = performance.now(); let first; let n = 0;
for await (const item of cdht.evaluateNdjson(compiled, file, { workers: w, detail: 'score' })) { if (!first) first = performance.now() - t0; n++; }
console.log(w, 'first', first.toFixed(0), 'total', (performance.now() - t0).toFixed(0), n);
