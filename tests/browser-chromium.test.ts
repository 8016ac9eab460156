// The README's embedding example in a real browser: `cdht` plus `cdht/criteria`, bundled for the
// browser with no externals, served from a loopback server under a strict Content-Security-Policy
// (no eval), and run in headless Chromium.
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworks } from '../src/criteria.js';
import { ROOT, requireBuild } from './fixtures/cli/run.js';

/** Debian's Chromium (`.ci/run` installs it when missing); playwright's own download is not reachable. */
const CHROMIUM = '/usr/bin/chromium';

/** The person of the README: 78 points, one short of nothing but the 80 the title needs. */
const page = `
import { createEngine } from 'cdht';
import { frameworks } from 'cdht/criteria';

const engine = createEngine();
const loaded = engine.loadAll(frameworks);
const person = (tc1_1) => ({
  id: '001', name: 'Nguyễn Văn A', period: '2025',
  unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' },
  data: { tc1_1: { self: tc1_1 }, tc1_2: { self: 8 }, tc1_3: { self: 8 }, tc1_4: { self: 8 }, tc2_1: { self: 7, reviewed: 6 },
          tc2_2: { self: 5 }, tc2_3: { self: 8 }, tc2_4: { self: 8 }, tc3_1: { self: 9 }, tc3_2: { self: 9 } },
});
// The policy is in force for this very script: it may not evaluate strings, and cdht never needs to.
window.cdhtEvalAllowed = (() => {
  try {
    return new Function('return true')();
  } catch {
    return false;
  }
})();
window.cdhtEleven = () => {
  try {
    return 'no error: ' + engine.evaluate('cdht-household', person(11)).total;
  } catch (error) {
    return [error.name, error.code, error.issues.map((i) => i.path.join('.')).join(' ')];
  }
};
window.cdhtReadme = () => {
  const evaluation = engine.evaluate('cdht-household', person(9));
  const title = evaluation.titles.find((t) => t.id === 'cdht');
  return {
    loadIssues: loaded.issues.length,
    frameworks: loaded.frameworks.length,
    result: evaluation.total + ' ' + title.decision,
    reason: title.reasons.map((r) => r.message.vi),
  };
};
`;

let server: Server;
let context: BrowserContext;
let origin: string;
const errors: string[] = [];

beforeAll(async () => {
  requireBuild();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  const bundle = await build({
    stdin: { contents: page, resolveDir: ROOT, loader: 'js' },
    tsconfigRaw: {},
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const files: Record<string, [string, Uint8Array | string]> = {
    '/': [
      'text/html; charset=utf-8',
      '<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>',
    ],
    '/app.js': ['text/javascript; charset=utf-8', bundle.outputFiles[0]?.contents ?? ''],
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    // No eval, no inline script, nothing from elsewhere: what a strict deployment allows.
    res.writeHead(200, {
      'content-type': file[0],
      'content-security-policy': "default-src 'none'; script-src 'self'",
    });
    res.end(file[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cdht-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Nothing leaves the machine: every request other than the loopback server's is refused.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => server?.close(done));
});

describe('cdht in headless Chromium', () => {
  it("evaluates the README's person to 78 not-awarded under a strict CSP", async () => {
    const tab = await context.newPage();
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => 'cdhtReadme' in globalThis, undefined, { timeout: 30_000 });
    const out = await tab.evaluate(() => (globalThis as unknown as { cdhtReadme: () => unknown }).cdhtReadme());
    expect(out).toEqual({
      loadIssues: 0,
      frameworks: frameworks.length,
      result: '78 not-awarded',
      reason: ['tổng điểm 78 < 80'],
    });
    expect(errors).toEqual([]);
    expect(await tab.evaluate(() => (globalThis as unknown as { cdhtEvalAllowed: boolean }).cdhtEvalAllowed)).toBe(
      false,
    );
  });
});
