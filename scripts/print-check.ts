/**
 * Print check of the reports (issue 14, definition of done), run by hand or in CI where Chromium
 * and LibreOffice are installed — not part of `npm test`:
 *
 *   apt-get install -y chromium libreoffice-calc-nogui poppler-utils
 *   npm run build && npx tsx scripts/print-check.ts
 *
 * Evaluates the Kon Rẫy sample, writes the district's progress report (HTML, XLSX) by commune and
 * the recognition annex (HTML), then checks:
 * - the HTML report printed by Chromium (--print-to-pdf) is at most 8 A4 pages;
 * - the XLSX report converted to PDF by LibreOffice Calc (headless) is landscape and every page
 *   carries the whole header row (first and last column headers), i.e. whole rows on each page;
 * - screenshots of the report and the annex, screen and print media, go to .tmp/screenshots.
 * Exit 1 when a check fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.tmp', 'print-check');
const SHOTS = join(ROOT, '.tmp', 'screenshots');
mkdirSync(OUT, { recursive: true });
mkdirSync(SHOTS, { recursive: true });
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const cdht = (...args: string[]): void => {
  execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
    cwd: OUT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};
const pdfPages = (file: string): number =>
  Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
const pageText = (file: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });

const failures: string[] = [];
const check = (ok: boolean, what: string): void => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

cdht('evaluate', join(ROOT, 'examples/sample/evidence-2025.ndjson'), '--out', 'ev.ndjson');
const inputs = ['ev.ndjson', join(ROOT, 'examples/sample/cadres-2025.ndjson')];
const common = ['report', '--plan', 'kon-ray-2022', '--by', 'commune', '--as-of', '2025-12-31', ...inputs];
cdht(...common, '--format', 'html', '--out', 'report.html', '--annex', 'annex.html');
cdht(...common, '--format', 'xlsx', '--out', 'report.xlsx');

// 1. Chromium prints the HTML report.
execFileSync(
  CHROMIUM,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--print-to-pdf=${join(OUT, 'report.pdf')}`,
    join(OUT, 'report.html'),
  ],
  { stdio: 'ignore' },
);
const htmlPages = pdfPages(join(OUT, 'report.pdf'));
check(htmlPages >= 1 && htmlPages <= 8, `HTML report prints in ${htmlPages} A4 pages (at most 8)`);
const first = pageText(join(OUT, 'report.pdf'), 1);
check(/Ghi chú/u.test(first) && /Đơn vị/u.test(first), 'HTML page 1 has the metric table with its notes column');

// 2. LibreOffice Calc converts the XLSX report.
execFileSync(
  'soffice',
  ['--headless', '--convert-to', 'pdf', '--outdir', join(OUT, 'calc'), join(OUT, 'report.xlsx')],
  {
    stdio: 'ignore',
  },
);
const calcPdf = join(OUT, 'calc', 'report.pdf');
const calcPages = pdfPages(calcPdf);
const info = execFileSync('pdfinfo', [calcPdf], { encoding: 'utf8' });
check(/Page size:\s+841\.\d+ x 595\.\d+/u.test(info), 'XLSX report prints A4 landscape in LibreOffice Calc');
let whole = 0;
for (let p = 1; p <= calcPages; p++) {
  const text = pageText(calcPdf, p);
  // The metrics sheet's header row is Đơn vị … Ghi chú; the recognition sheet's Đơn vị … TC3.
  if (/Đơn vị/u.test(text) && (/Ghi chú/u.test(text) || /TC3/u.test(text))) whole++;
}
check(
  whole === calcPages,
  `XLSX report: ${calcPages} pages, ${whole} with the whole header row (fit to width, repeated)`,
);

// 3. Screenshots (screen and print media) of the report and the annex.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const name of ['report', 'annex']) {
    await page.goto(`file://${join(OUT, `${name}.html`)}`);
    await page.screenshot({ path: join(SHOTS, `${name}-screen.png`), fullPage: false });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SHOTS, `${name}-print.png`), fullPage: false });
    await page.emulateMedia({ media: 'screen' });
  }
  const annexSections = await page.locator('section.unit').count();
  check(annexSections >= 7, `annex has ${annexSections} unit sections (7 communes and the district agencies)`);
} finally {
  await browser.close();
}
console.log(`HTML report pages: ${htmlPages}; XLSX (LibreOffice) pages: ${calcPages}; screenshots in ${SHOTS}`);
process.exit(failures.length === 0 ? 0 : 1);
