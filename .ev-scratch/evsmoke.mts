import { readEvidence } from '../src/evidence/read.ts';
const dir = 'tests/fixtures/evidence/';
for (const f of process.argv.slice(2)) {
  console.log('==', f);
  for await (const r of readEvidence(dir + f)) console.log(JSON.stringify(r));
}
