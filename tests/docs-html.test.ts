import { describe, expect, it } from 'vitest';
import { renderCriteriaIndex } from '../src/docs/criteriaIndex.js';
import { renderFrameworkHtml } from '../src/docs/html.js';
import { docsFixtures } from './docs.fixture.js';

const { engine, v1, v2 } = docsFixtures();
const html = renderFrameworkHtml(v2, {
  locale: 'vi',
  operators: engine.operators,
  groups: engine.groups,
  previous: v1,
});

/** Every URL an element or a style rule would load or link to. */
function references(page: string): string[] {
  const attributes = [...page.matchAll(/\s(?:src|href|srcset|action|poster|data)\s*=\s*["']?([^"'\s>]+)/gi)].map(
    (m) => m[1] as string,
  );
  const css = [...page.matchAll(/url\(\s*["']?([^"')]+)/gi)].map((m) => m[1] as string);
  const imports = [...page.matchAll(/@import\s+["']?([^"';\s]+)/gi)].map((m) => m[1] as string);
  return [...attributes, ...css, ...imports];
}

describe('renderFrameworkHtml', () => {
  it('is a complete page in the right language with inline CSS and print rules', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Bộ tiêu chí thử nghiệm tài liệu — docs-test 2.0.0</title>');
    expect(html).toMatch(
      /<style>[\s\S]*@media print[\s\S]*\.page-break \{ break-before: page; page-break-before: always; \}[\s\S]*<\/style>/,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe/i);
  });

  it('puts a page break right before the self-assessment sheet', () => {
    expect(html).toContain(
      '<div class="page-break"></div>\n<h2 id="self-assessment">Phiếu tự đánh giá — Bộ tiêu chí thử nghiệm tài liệu</h2>',
    );
    expect(html).toContain('<table class="sheet">');
    expect(html).toContain(
      '<tr><td>1</td><td>TC1.1</td><td>Thời gian học</td><td class="num">10</td><td class="num">10</td><td></td><td></td><td></td></tr>',
    );
  });

  it('shows the verification notices and unverified marks', () => {
    expect(html).toContain(
      '<div class="notice notice-warning" role="note"><p>Nội dung chỉ số chưa được đối chiếu với văn bản chính thức ở các chỉ số đánh dấu ⚠.</p></div>',
    );
    expect(html).toContain(
      '<tr><td>TC1.2</td><td>Đọc sách, báo ⚠</td><td class="num">10</td><td class="num">5</td></tr>',
    );
    const example = renderFrameworkHtml(docsFixtures().child, { locale: 'en' });
    expect(example).toContain(
      '<div class="notice notice-example" role="note"><p>EXAMPLE — not an official document. Do not use it to award titles.</p></div>',
    );
  });

  it('references no external resource; the source URL is plain text', () => {
    const page = renderFrameworkHtml(v1, { locale: 'en', operators: engine.operators });
    expect(page).toContain('<td><code>https://example.org/qd-01</code></td>');
    expect(references(page)).toEqual([]);
    expect(references(renderCriteriaIndex([v1, v2], { locale: 'vi', format: 'html' }))).toEqual([
      'docs-test/1.0.0.vi.html',
      'docs-test/2.0.0.vi.html',
    ]);
  });

  it('escapes every text, including script tags in labels', () => {
    const evil = '<script>alert("x")</script>';
    const { engine: e, v2: edited } = docsFixtures((files) => {
      const f = files['docs-test-2.0.0'] as {
        title: { vi: string };
        criteria: { label: { vi: string }; indicators: { label: { vi: string } }[] }[];
        evidence: Record<string, { label: { vi: string } }>;
        titles: { label: { vi: string } }[];
      };
      f.title.vi = evil;
      f.criteria[0]!.label.vi = evil;
      f.criteria[0]!.indicators[0]!.label.vi = `${evil} & 'co'`;
      f.evidence.learningHours!.label.vi = evil;
      f.titles[0]!.label.vi = evil;
    });
    const page = renderFrameworkHtml(edited, { locale: 'vi', operators: e.operators });
    expect(page).not.toContain('<script');
    expect(page).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>');
    expect(page).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; — docs-test 2.0.0</title>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    // The rule sentence names the field by its (escaped) label.
    expect(page).toContain(
      '<li>Cách tính điểm: 10 điểm nếu &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; từ 40 trở lên;',
    );
  });
});
