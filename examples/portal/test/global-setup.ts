import { template } from './harness.js';

/** Makes the PGlite template once, before the test files start in parallel. */
export default async function setup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) await template();
}
