import { describe, expect, it } from 'vitest';
import { renderCriteriaIndex } from '../src/docs/criteriaIndex.js';
import { renderFrameworkMarkdown } from '../src/docs/markdown.js';
import { docsFixtures } from './docs.fixture.js';

const { engine, v1, v2, child } = docsFixtures();
const options = { operators: engine.operators, groups: engine.groups };
const vi = renderFrameworkMarkdown(v2, { locale: 'vi', ...options, previous: v1 });
const en = renderFrameworkMarkdown(v2, { locale: 'en', ...options, previous: v1 });

function lines(text: string): string[] {
  return text.split('\n');
}

describe('renderFrameworkMarkdown (vi)', () => {
  it('shows the source document, effective dates and verification status', () => {
    expect(lines(vi)).toEqual(
      expect.arrayContaining([
        '# Bộ tiêu chí thử nghiệm tài liệu',
        '| Văn bản nguồn | 02/QĐ-TEST ngày 20/12/2024, Hội Khuyến học xã Thử |',
        '| Hiệu lực | từ 01/01/2025 |',
        '| Trạng thái kiểm chứng | kiểm chứng một phần |',
        '| Nhóm đối tượng | Người lớn trong gia đình học tập (household) |',
        '| Tổng điểm tối đa | 45 |',
        '> Nội dung chỉ số chưa được đối chiếu với văn bản chính thức ở các chỉ số đánh dấu ⚠.',
      ]),
    );
  });

  it('tabulates criteria and indicators with points, minimums and unverified marks', () => {
    const start = vi.indexOf('| Mã | Tiêu chí / chỉ số | Điểm tối đa | Điểm tối thiểu |');
    const table = lines(vi.slice(start)).slice(0, 11);
    expect(table).toEqual([
      '| Mã | Tiêu chí / chỉ số | Điểm tối đa | Điểm tối thiểu |',
      '| --- | --- | ---: | ---: |',
      // The only title asks 5 of every indicator and TC1.1 in full (10).
      '| **TC1** | **Học tập suốt đời** | 20 | — |',
      '| TC1.1 | Thời gian học | 10 | 10 |',
      '| TC1.2 | Đọc sách, báo ⚠ | 10 | 5 |',
      '| **TC2** | **Kỹ năng** | 25 | — |',
      '| TC2.1 | Tham gia học nghề | 10 | 5 |',
      '| TC2.2 | Ngoại ngữ | 5 | 5 |',
      '| TC2.3 | Kỹ năng số | 10 | 5 |',
      '|   | **Tổng cộng** | **45** |   |',
      '',
    ]);
  });

  it('renders each rule as a sentence, including plugin operators', () => {
    expect(lines(vi)).toEqual(
      expect.arrayContaining([
        '- Cách tính điểm: 10 điểm nếu số giờ học trong năm từ 40 trở lên; 5 điểm nếu số giờ học trong năm từ 20 trở lên; còn lại 0 điểm',
        '- Cách tính điểm: đủ 10 điểm nếu đọc sách thường xuyên',
        '- Áp dụng khi: số năm tròn từ ngày sinh đến cuối kỳ đánh giá từ 15 trở lên',
        '- Dữ liệu minh chứng: số giờ học trong năm (`learningHours`)',
        '- Giấy tờ minh chứng: Giấy chứng nhận hoàn thành khóa học',
      ]),
    );
  });

  it("states the title's requirements", () => {
    const titles = vi.slice(vi.indexOf('## Danh hiệu'), vi.indexOf('## Minh chứng'));
    expect(titles).toBe(
      [
        '## Danh hiệu và điều kiện công nhận',
        '',
        '### Công dân học tập (`learner`)',
        '',
        'Đạt danh hiệu khi đáp ứng đồng thời:',
        '',
        '- Tổng điểm đạt từ 35 điểm trở lên',
        '- Mỗi chỉ số được áp dụng đạt từ 5 điểm trở lên',
        '- Chỉ số TC1.1 (Thời gian học) đạt từ 5 điểm trở lên',
        '- Đạt điểm tối đa ở các chỉ số: TC1.1',
        '',
        '',
      ].join('\n'),
    );
  });

  it('lists evidence fields and a proof checklist', () => {
    expect(lines(vi)).toEqual(
      expect.arrayContaining([
        '| `learningHours` | số giờ học trong năm | số | giờ | có | ≥ 0 | TC1.1 |',
        '| `languageLevel` | trình độ ngoại ngữ | một trong các giá trị | — | không | none, basic, good | TC2.2 |',
        '- [ ] Giấy chứng nhận hoàn thành khóa học (chỉ số TC1.1)',
      ]),
    );
  });

  it('describes the changes from the previous version', () => {
    expect(lines(vi)).toEqual(
      expect.arrayContaining([
        'So với phiên bản trước: docs-test 1.0.0.',
        '- Chỉ số TC2.2: điểm tối đa đổi từ 10 thành 5',
        '- Danh hiệu “Công dân học tập”: tổng điểm tối thiểu đổi từ 30 thành 35',
        '- Bỏ chỉ số TC3.1 “Tình nguyện”',
      ]),
    );
  });

  it('ends with a self-assessment sheet with empty score columns after a page break', () => {
    const sheet = vi.slice(vi.indexOf('---\n\n## Phiếu tự đánh giá'));
    expect(lines(sheet)).toEqual(
      expect.arrayContaining([
        '## Phiếu tự đánh giá — Bộ tiêu chí thử nghiệm tài liệu',
        '| STT | Mã | Tiêu chí / chỉ số | Điểm tối đa | Điểm tối thiểu | Tự đánh giá | Thẩm định | Ghi chú, minh chứng |',
        // TC1.1 is required in full by the only title, so its minimum on the sheet is 10.
        '| 1 | TC1.1 | Thời gian học | 10 | 10 |   |   |   |',
        '| 4 | TC2.2 | Ngoại ngữ | 5 | 5 |   |   |   |',
        '|   |   | **Tổng cộng** | **45** |   |   |   |   |',
        '**Kết quả:** ☐ Đạt danh hiệu “Công dân học tập”   ☐ Chưa đạt',
      ]),
    );
  });

  it('says a first version has no previous version, naming the parent of a child framework', () => {
    const text = renderFrameworkMarkdown(child, { locale: 'vi', ...options });
    expect(text).toContain(
      'Đây là phiên bản đầu tiên của bộ tiêu chí docs-test-child; không có phiên bản trước để so sánh. Bộ tiêu chí kế thừa docs-test@2.0.0.',
    );
    expect(text).toContain('> VÍ DỤ — không phải văn bản chính thức. Không dùng để công nhận danh hiệu.');
    expect(renderFrameworkMarkdown(v1, { locale: 'en', ...options })).toContain(
      'This is the first version of framework docs-test; there is no previous version to compare with.',
    );
  });

  it('warns that unverified wording is unverified', () => {
    const text = renderFrameworkMarkdown(v1, { locale: 'vi', ...options });
    expect(text).toContain('> CHƯA KIỂM CHỨNG — Nội dung chỉ số chưa được đối chiếu với văn bản chính thức.');
    expect(text).toContain('| Địa chỉ văn bản | `https://example.org/qd-01` |');
  });
});

describe('renderFrameworkMarkdown (en)', () => {
  it('writes the same content in English', () => {
    expect(lines(en)).toEqual(
      expect.arrayContaining([
        '| Source document | 02/QĐ-TEST of 2024-12-20, Hội Khuyến học xã Thử |',
        '| In force | from 2025-01-01 |',
        '| TC1.2 | Reading books and newspapers ⚠ | 10 | 5 |',
        '- Scoring: 10 points if learning hours in the year is at least 40; 5 points if learning hours in the year is at least 20; otherwise 0 points',
        '- Applies when: the whole years from date of birth to the end of the period is at least 15',
        '- A total of at least 35 points',
        '- Full points in the indicators: TC1.1',
        '- [ ] Course certificate (indicator TC1.1)',
        '- Indicator TC2.2: maximum points changed from 10 to 5',
        '| No. | Code | Criterion / indicator | Maximum points | Minimum points | Self | Reviewed | Notes, proof |',
      ]),
    );
  });

  it('is deterministic', () => {
    expect(renderFrameworkMarkdown(v2, { locale: 'en', ...options, previous: v1 })).toBe(en);
  });

  it('escapes Markdown in labels', () => {
    const { engine: e, v2: edited } = docsFixtures((files) => {
      const f = files['docs-test-2.0.0'] as { title: { vi: string } };
      f.title.vi = 'A | B *C* [x](y)';
    });
    expect(renderFrameworkMarkdown(edited, { locale: 'vi', operators: e.operators })).toContain(
      '# A \\| B \\*C\\* \\[x\\](y)',
    );
  });
});

describe('renderCriteriaIndex', () => {
  it('lists every framework and version with links', () => {
    const md = renderCriteriaIndex(engine.frameworks(), {
      locale: 'vi',
      format: 'md',
      groups: engine.groups,
      bundled: true,
    });
    expect(lines(md)).toEqual([
      '# Tài liệu bộ tiêu chí Công dân học tập',
      '',
      'Mọi bộ tiêu chí và phiên bản đi kèm thư viện cdht. Tài liệu được sinh tự động từ các tệp tiêu chí.',
      '',
      '| Bộ tiêu chí | Phiên bản | Tên | Nhóm đối tượng | Loại phiếu | Kế thừa | Văn bản nguồn | Hiệu lực | Trạng thái kiểm chứng |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| `docs-test` | [1.0.0](docs-test/1.0.0.vi.md) | Bộ tiêu chí thử nghiệm tài liệu | Người lớn trong gia đình học tập (household) | phiếu của địa phương hoặc tự xây dựng (không phải phiếu chính thức) | — | 01/QĐ-TEST ngày 15/01/2024 | từ 01/02/2024 đến 31/12/2024 | chưa kiểm chứng |',
      '| `docs-test` | [2.0.0](docs-test/2.0.0.vi.md) | Bộ tiêu chí thử nghiệm tài liệu | Người lớn trong gia đình học tập (household) | phiếu của địa phương hoặc tự xây dựng (không phải phiếu chính thức) | — | 02/QĐ-TEST ngày 20/12/2024 | từ 01/01/2025 | kiểm chứng một phần |',
      '| `docs-test-child` | [1.0.0](docs-test-child/1.0.0.vi.md) | Bộ tiêu chí thử nghiệm cho người lao động | Người lao động (worker) | phiếu của địa phương hoặc tự xây dựng (không phải phiếu chính thức) | `docs-test@2.0.0` | không khai báo | từ 01/01/2025 | ví dụ, không phải văn bản chính thức |',
      '',
    ]);
  });

  it('links HTML pages in an HTML index', () => {
    const html = renderCriteriaIndex([v1], { locale: 'en', format: 'html' });
    expect(html).toContain('<a href="docs-test/1.0.0.en.html">1.0.0</a>');
    expect(html).toContain('<td>not verified</td>');
  });
});
