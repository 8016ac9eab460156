// Preloaded into a CLI run (`node --import`): at exit, writes whether Object.prototype and
// Array.prototype still have the same own properties, to the file named by CDHT_GUARD_FILE.
import { writeFileSync } from 'node:fs';

const names = (target) =>
  [...Object.getOwnPropertyNames(target), ...Object.getOwnPropertySymbols(target).map(String)].sort().join(',');
const before = { object: names(Object.prototype), array: names(Array.prototype) };
process.on('exit', () => {
  const file = process.env.CDHT_GUARD_FILE;
  if (!file) return;
  const after = { object: names(Object.prototype), array: names(Array.prototype) };
  writeFileSync(file, JSON.stringify({ unchanged: after.object === before.object && after.array === before.array }));
});
