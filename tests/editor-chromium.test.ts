// The criteria editor (issue 17) in headless Chromium: built from examples/criteria-editor with the
// library's main entry, served from loopback under a strict Content-Security-Policy (no eval), used
// as an officer would — a district framework that adds an indicator and raises the threshold — and
// the downloaded file is accepted by `cdht validate` and `cdht test`. Screenshots go to
// .tmp/screenshots/ (gitignored).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditor } from '../examples/criteria-editor/build.js';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, '.tmp', 'screenshots');
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

let server: Server;
let context: BrowserContext;
let origin: string;

beforeAll(async () => {
  requireBuild();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  const out = mkdtempSync(join(tmpdir(), 'cdht-editor-'));
  await buildEditor(out);
  server = createServer((req, res) => {
    const name = req.url === '/' ? 'index.html' : (req.url ?? '').slice(1);
    if (!['index.html', 'editor.js', 'editor.css'].includes(name)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[name.split('.').pop() as string] as string,
      'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'",
    });
    res.end(readFileSync(join(out, name)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cdht-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
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
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => server?.close(done));
});

// biome-ignore lint/performance/useDomNodeTextContent: innerText is what the officer sees, as laid out
const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe('the criteria editor in headless Chromium', () => {
  it('creates a district framework that adds an indicator and raises the threshold, then downloads a file cdht accepts', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    // The policy is in force: an inline script is refused, as eval is (script-src 'self' only).
    const inline = await page.evaluate(
      '(() => { const s = document.createElement("script"); s.textContent = "window.inlineRan = true"; document.head.append(s); return window.inlineRan === true; })()',
    );
    expect(inline).toBe(false);

    await page.fill('#new-id', 'cdht-xa-thu');
    await page.click('#create');
    await expect.poll(() => page.inputValue('#json-text'), { timeout: 30_000 }).toContain('"id": "cdht-xa-thu"');
    expect(await text(page, '#check-status')).toBe('Hợp lệ, không có cảnh báo · Valid, no warnings');

    await page.selectOption('#add-criterion', 'TC3');
    await page.fill('#add-id', 'TC3.3');
    await page.fill('#add-vi', 'Tham gia câu lạc bộ học tập');
    await page.fill('#add-en', 'Joins a learning club');
    await page.fill('#add-points', '10');
    await page.click('#add-button');
    await page.waitForSelector('#label-TC3\\.3');
    await page.fill('#total-cdht', '85');
    await page.locator('#change-list', { hasText: '85/110' }).waitFor({ timeout: 30_000 });
    const changes = await text(page, '#change-list');
    expect(changes).toContain('Tổng điểm tối đa 100 → 110');
    expect(changes).toContain('Ngưỡng danh hiệu “Công dân học tập” 80/100 → 85/110 (80% → 77,3%), thấp hơn theo tỷ lệ');
    expect(changes).toContain('Thêm chỉ số TC3.3 “Tham gia câu lạc bộ học tập” (tối đa 10 điểm) vào tiêu chí TC3');
    expect(await text(page, '#preview')).toContain('Tham gia câu lạc bộ học tập');
    await page.screenshot({ path: join(SHOTS, 'editor-district.png'), fullPage: true });

    // A problem as the officer types, in Vietnamese: TC2.2 removed but its field tc2_2 still declared.
    await page.click('#remove-TC2\\.2');
    await page.locator('#restore-TC2\\.2').waitFor({ timeout: 30_000 });
    expect(await text(page, '#problem-list')).toContain(
      '$.evidence.tc2_2: evidence_never_read minh chứng "tc2_2" được khai báo nhưng không quy tắc nào đọc',
    );
    await page.click('#restore-TC2\\.2');
    await page.locator('#check-status', { hasText: 'Hợp lệ' }).waitFor({ timeout: 30_000 });

    // An evidence declaration edited through the form: a bad name is refused in Vietnamese as typed,
    // then the added field tc3_3 gets a clearer label, which the library's diff and the file carry.
    await page.click('#ev-edit-tc3_3');
    expect(await page.inputValue('#ev-vi')).toBe('Điểm TC3.3: Tham gia câu lạc bộ học tập');
    await page.fill('#ev-name', 'Diem CLB');
    expect(await text(page, '#ev-check')).toBe(
      'Tên trường “Diem CLB” không hợp lệ: bắt đầu bằng chữ thường a–z, sau đó chỉ chữ, số và _ (vd. tc3_3)',
    );
    expect(await page.isDisabled('#ev-save')).toBe(true);
    await page.fill('#ev-name', 'tc3_3');
    await page.fill('#ev-max', '');
    expect(await text(page, '#ev-check')).toBe('Điểm tự đánh giá cần điểm tối đa (max), thường bằng điểm của chỉ số');
    await page.fill('#ev-max', '10');
    await page.fill('#ev-vi', 'Điểm TC3.3: sinh hoạt câu lạc bộ học tập ở thôn');
    expect(await text(page, '#ev-check')).toBe('');
    await page.click('#ev-save');
    await page
      .locator('#change-list', {
        hasText: 'Thêm trường minh chứng “Điểm TC3.3: sinh hoạt câu lạc bộ học tập ở thôn” (tc3_3)',
      })
      .waitFor({ timeout: 30_000 });
    expect(await text(page, '#ev-row-tc3_3')).toContain('mới · new');

    // A proof for the added indicator, checked as typed, then listed and printed in the document.
    await page.selectOption('#proof-indicator', 'TC3.3');
    await page.fill('#proof-id', 'the CLB');
    expect(await text(page, '#proof-check')).toContain('Mã minh chứng “the CLB” không hợp lệ');
    await page.fill('#proof-id', 'clubCard');
    await page.fill('#proof-vi', 'Thẻ hội viên câu lạc bộ học tập');
    await page.fill('#proof-en', 'Learning club membership card');
    await page.click('#proof-add');
    await page.locator('#proof-list', { hasText: 'Thẻ hội viên câu lạc bộ học tập' }).waitFor({ timeout: 30_000 });
    expect(await text(page, '#proof-check')).toBe('');
    expect(await text(page, '#preview')).toContain('Thẻ hội viên câu lạc bộ học tập');
    expect(await text(page, '#check-status')).toBe('Hợp lệ, không có cảnh báo · Valid, no warnings');

    // The sample person: the first row of examples/sample/evidence-2025.ndjson, embedded at build time.
    // Hand-computed: 37 + 36 + 19 = 92 of 110, TC3.3 missing → undetermined; TC3.3 = 6 → 98 ≥ 85 → awarded.
    expect(await page.inputValue('#sample-person')).toBe('0');
    await page.locator('#person-result', { hasText: 'Tổng điểm 92/110 (83,6%)' }).waitFor({ timeout: 30_000 });
    const before = await text(page, '#person-result');
    expect(before).toContain('Danh hiệu “Công dân học tập”: Chưa đủ dữ liệu');
    expect(before).toContain('cần bổ sung: Điểm TC3.3: sinh hoạt câu lạc bộ học tập ở thôn (tc3_3)');
    expect(before).toContain('TC1 Năng lực tự học, học tập suốt đời');
    await page.fill('#person-tc3_3', '4');
    await page.locator('#person-result', { hasText: 'Tổng điểm 96/110 (87,3%)' }).waitFor({ timeout: 30_000 });
    expect(await text(page, '#person-result')).toContain('Để đạt: còn thiếu 1 điểm (TC3.3 4 → 5)');
    await page.fill('#person-tc3_3', '6');
    await page.locator('#person-result', { hasText: 'Tổng điểm 98/110 (89,1%)' }).waitFor({ timeout: 30_000 });
    const after = await text(page, '#person-result');
    expect(after).toContain('Danh hiệu “Công dân học tập”: Đạt');
    expect(after).toContain('đạt mọi yêu cầu (tổng điểm 98 ≥ 85)');
    expect(await page.inputValue('#person-json')).toContain('"tc3_3": {\n');
    await page.screenshot({ path: join(SHOTS, 'editor-person.png'), fullPage: true });
    await page.locator('#person-section').screenshot({ path: join(SHOTS, 'editor-person-section.png') });
    // Raising the threshold again is seen on the person at once.
    await page.fill('#total-cdht', '99');
    await page.locator('#person-result', { hasText: 'Không đạt' }).waitFor({ timeout: 30_000 });
    expect(await text(page, '#person-result')).toContain('tổng điểm 98 < 99');
    await page.fill('#total-cdht', '85');
    // hasText matches any substring regardless of case, so "Đạt" would also match "Không đạt": wait for
    // the restored threshold itself before running the cases against it.
    await page.locator('#person-result', { hasText: 'tổng điểm 98 ≥ 85' }).waitFor({ timeout: 30_000 });
    expect(await text(page, '#person-result')).not.toContain('Không đạt');

    const data = Object.fromEntries(
      ['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'].map((f) => [
        f,
        { self: 8 },
      ]),
    );
    const cases = {
      framework: 'cdht-xa-thu',
      cases: [
        {
          description: '8 × 10 + TC3.3 = 9 → 89 ≥ 85 → đạt',
          evidence: { id: 'a', group: 'household', period: '2025', data: { ...data, tc3_3: { self: 9 } } },
          expect: { total: 89, titles: { cdht: 'awarded' } },
        },
        {
          description: '8 × 10 + TC3.3 = 4 → 84 < 85 → không đạt',
          evidence: { id: 'b', group: 'household', period: '2025', data: { ...data, tc3_3: { self: 4 } } },
          expect: { total: 84, titles: { cdht: 'not-awarded' } },
        },
      ],
    };
    await page.fill('#case-text', JSON.stringify(cases, null, 2));
    await page.click('#run-cases');
    expect(await text(page, '#case-result')).toBe('2/2 ca đạt · cases pass');
    await page.screenshot({ path: join(SHOTS, 'editor-cases.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('cdht-xa-thu-1.0.0.json');
    const dir = mkdtempSync(join(tmpdir(), 'cdht-editor-out-'));
    mkdirSync(join(dir, 'cdht-xa-thu'));
    await download.saveAs(join(dir, 'cdht-xa-thu', '1.0.0.json'));
    writeFileSync(join(dir, 'cdht-xa-thu', '1.0.0.cases.json'), JSON.stringify(cases));
    const validate = cdht(['validate', 'cdht-xa-thu'], dir);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const test = cdht(['test', 'cdht-xa-thu'], dir);
    expect(test.code, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain('2/2 ca đạt');
    const saved = JSON.parse(readFileSync(join(dir, 'cdht-xa-thu', '1.0.0.json'), 'utf8'));
    expect(saved.evidence.tc3_3.label.vi).toBe('Điểm TC3.3: sinh hoạt câu lạc bộ học tập ở thôn');
    expect(saved.addIndicators[0].indicator.proof).toEqual([
      { id: 'clubCard', label: { vi: 'Thẻ hội viên câu lạc bộ học tập', en: 'Learning club membership card' } },
    ]);
    expect(errors).toEqual([]);
  });
});
