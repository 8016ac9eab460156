// The built library under test (`npm run build` → dist/). CDHT_LIB may point at another build.
import { pathToFileURL } from 'node:url';

const where = process.env.CDHT_LIB ? pathToFileURL(process.env.CDHT_LIB).href : new URL('../dist/index.js', import.meta.url).href;

/** The library's exports. */
export const cdht = await import(where);
