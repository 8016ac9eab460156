import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import type { Assets } from '../../src/server/routes/pages.js';
import { DEMO_ACCOUNTS, seedSample } from '../../src/server/seed.js';
import { freshDatabase, sampleEvidence, TODAY, testCriteria } from '../harness.js';

const portalDir = resolve(import.meta.dirname, '..', '..');
/** Where the test run saves its screenshots for review. */
export const screenshotDir = join(portalDir, 'screenshots');

function builtAssets(): Assets {
  const dir = join(portalDir, 'dist', 'web');
  return new Map([
    ['app.js', { body: readFileSync(join(dir, 'app.js')), type: 'text/javascript; charset=utf-8' }],
    ['app.css', { body: readFileSync(join(dir, 'app.css')), type: 'text/css; charset=utf-8' }],
  ]);
}

/** The portal with the Kon Rẫy sample, listening on a loopback port. */
export async function startPortal() {
  const database = await freshDatabase();
  const criteria = await testCriteria();
  await seedSample(database.db, criteria.engine, sampleEvidence);
  const app = await buildApp({ database, criteria, assets: builtAssets(), today: TODAY });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    db: database.db,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * Debian's Chromium, headless, with no background network. Playwright gives each launch a fresh
 * temporary profile (it refuses `--user-data-dir` outside a persistent context, and the tests need
 * one isolated context per account).
 */
export async function launchChromium(): Promise<Browser & { cleanup(): void }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  return Object.assign(browser, { cleanup: () => {} });
}

export const password = (username: string): string =>
  DEMO_ACCOUNTS.find((a) => a.username === username)?.password ?? '';

/** Signs in through the login page, with the keyboard only. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password(username));
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Screenshots of the page at 1280 px and 360 px wide, full height. */
export async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
