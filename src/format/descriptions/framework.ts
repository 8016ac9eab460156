import type { HelpTable } from './help.js';

/*
 * Help for the framework file (schema/framework.schema.json). Officers who adapt the national
 * framework read these in their editor, so each says what the key does and what a value looks like.
 */
export const frameworkHelp: HelpTable = {
  Framework: {
    vi: 'Bộ tiêu chí “Công dân học tập” (một phiên bản). Bộ tiêu chí của địa phương kế thừa bộ quốc gia bằng `extends` rồi chỉ ghi phần thay đổi.',
    en: 'A Learning Citizen criteria framework (one version). A local framework extends the national one with `extends` and states only what changes.',
  },
  'Framework.$schema': {
    vi: 'Đường dẫn tới lược đồ JSON để trình soạn thảo kiểm tra và giải thích tệp khi gõ; `cdht init` tự ghi.',
    en: 'Path to the JSON Schema so the editor checks and explains the file as you type; `cdht init` writes it.',
    examples: ['../node_modules/cdht/schema/framework.schema.json'],
  },
  'Framework.id': {
    vi: 'Mã của bộ tiêu chí: chữ thường, số, nối bằng dấu gạch ngang. Giữ nguyên qua các phiên bản.',
    en: 'Framework id: lowercase letters and digits joined by dashes. Stays the same across versions.',
    examples: ['cdht-kon-ray', 'cdht-household'],
  },
  'Framework.version': {
    vi: 'Phiên bản của tệp (MAJOR.MINOR.PATCH). Tăng MAJOR khi thay đổi làm kết quả khác đi, MINOR khi thêm, PATCH khi sửa lời văn.',
    en: 'Version of this file (MAJOR.MINOR.PATCH). Raise MAJOR when results change, MINOR for additions, PATCH for wording.',
    examples: ['1.0.0', '2.1.0'],
  },
  'Framework.extends': {
    vi: 'Bộ tiêu chí cha mà tệp này kế thừa: `id@khoảng-phiên-bản`. `^2.0.0` nhận mọi bản 2.x.x; `~2.1.0` nhận 2.1.x; bỏ `@…` là nhận mọi phiên bản. Chọn bản cao nhất phù hợp.',
    en: 'Parent framework this file inherits: `id@version-range`. `^2.0.0` accepts any 2.x.x; `~2.1.0` accepts 2.1.x; without `@…` any version. The highest match is used.',
    examples: ['cdht-household@^2.0.0', 'cdht@^2.0.0'],
  },
  'Framework.group': {
    vi: 'Nhóm đối tượng mà bộ tiêu chí đánh giá (thừa kế từ bộ cha nếu bỏ trống).',
    en: 'Citizen group the framework evaluates (inherited from the parent when absent).',
    examples: ['household', 'official', 'worker', 'learner'],
  },
  'Framework.title': {
    vi: 'Tên bộ tiêu chí, tiếng Việt và tiếng Anh; in trên tài liệu tiêu chí và báo cáo.',
    en: 'Name of the framework in Vietnamese and English; printed on the criteria document and reports.',
  },
  'Framework.description': {
    vi: 'Mục đích của bộ tiêu chí và những gì thay đổi so với bộ cha.',
    en: 'What the framework is for and what it changes from its parent.',
  },
  'Framework.form': {
    vi: 'Loại phiếu: `base` (khung dùng chung, không ai điền), `official` (phiếu của văn bản gốc), `alias` (tên khác của một phiếu chính thức). Bộ của địa phương bỏ trống mục này. Không thừa kế.',
    en: 'Kind of form: `base` (shared, no one fills it), `official` (a form of the source document), `alias` (another name of an official form). A local framework leaves it out. Not inherited.',
    examples: [{ kind: 'official', part: '2' }],
  },
  'Framework.source': {
    vi: 'Văn bản ban hành bộ tiêu chí (số, cơ quan, ngày). Không thừa kế: chỉ ghi văn bản của chính tệp này.',
    en: 'The document that issued the framework (number, issuer, date). Not inherited: name this file’s own document only.',
  },
  'Framework.effective': {
    vi: 'Thời gian có hiệu lực; khi có nhiều phiên bản, cdht chọn bản có hiệu lực vào ngày cuối kỳ đánh giá (hoặc ngày asOf). Thừa kế từ bộ cha nếu bỏ trống.',
    en: 'When the version is in force; among several versions cdht picks the one in force on the period’s last day (or asOf). Inherited when absent.',
    examples: [{ from: '2025-01-01' }, { from: '2024-01-01', until: '2024-12-31' }],
  },
  'Framework.effective.from': {
    vi: 'Ngày bắt đầu có hiệu lực, yyyy-MM-dd.',
    en: 'First day in force, yyyy-MM-dd.',
    examples: ['2025-01-01'],
  },
  'Framework.effective.until': {
    vi: 'Ngày cuối cùng có hiệu lực (tính cả ngày đó), yyyy-MM-dd; bỏ trống nếu chưa hết hiệu lực.',
    en: 'Last day in force (inclusive), yyyy-MM-dd; absent while still in force.',
    examples: ['2025-12-31'],
  },
  'Framework.period': {
    vi: 'Kỳ đánh giá: `year` (năm dương lịch), mặc định.',
    en: 'Evaluation period: `year` (the calendar year), the default.',
    examples: ['year'],
  },
  'Framework.verification': {
    vi: 'Mức đã đối chiếu với văn bản chính thức: official, partial, unverified hoặc example.',
    en: 'How far the file is checked against official texts: official, partial, unverified or example.',
  },
  'Framework.evidence': {
    vi: 'Các trường dữ liệu (minh chứng, điểm tự đánh giá) người được đánh giá khai; quy tắc chỉ được đọc các trường khai ở đây và giá trị dẫn xuất. Khoá là tên trường.',
    en: 'Evidence fields a person supplies (facts, self-assessed scores); rules may read only these and derived values. Keys are field names.',
    examples: [{ learningHours: { type: 'number', label: { vi: 'Số giờ học', en: 'Learning hours' }, min: 0 } }],
  },
  'Framework.derived': {
    vi: 'Giá trị dẫn xuất, tính một lần cho mỗi người từ dữ liệu (theo thứ tự khai) trước khi chấm các chỉ số.',
    en: 'Derived values, computed once per person from the evidence (in declaration order) before the indicators.',
  },
  'Framework.criteria': {
    vi: 'Các tiêu chí, mỗi tiêu chí gồm các chỉ số. Trong tệp kế thừa, chỉ ghi tiêu chí MỚI; sửa tiêu chí cũ bằng `overrides`, thêm chỉ số bằng `addIndicators`.',
    en: 'Criteria, each made of indicators. In a file that extends another, list only NEW criteria; change inherited ones with `overrides`, add indicators with `addIndicators`.',
  },
  'Framework.titles': {
    vi: 'Danh hiệu và điều kiện đạt. Trong tệp kế thừa, chỉ ghi danh hiệu MỚI; sửa ngưỡng của danh hiệu cũ bằng `overrides.titles`.',
    en: 'Titles and what earns them. In a file that extends another, list only NEW titles; change inherited thresholds with `overrides.titles`.',
  },
  'Framework.overrides': {
    vi: 'Sửa những phần thừa kế từ bộ cha, theo mã: tiêu chí, chỉ số, danh hiệu. Chỉ thay các khoá được ghi; phần còn lại giữ như bộ cha.',
    en: 'Changes to inherited parts, by id: criteria, indicators, titles. Only the keys written change; the rest stays as in the parent.',
    examples: [
      { indicators: { 'TC1.3': { points: 15 } }, titles: { cdht: { requirements: { total: 85, eachIndicator: 5 } } } },
    ],
  },
  'Framework.addIndicators': {
    vi: 'Thêm chỉ số mới vào một tiêu chí thừa kế từ bộ cha. Tổng điểm tối đa tăng thêm đúng số điểm của chỉ số mới; xem lại ngưỡng danh hiệu cho phù hợp.',
    en: 'Indicators added to criteria of the parent. The maximum total grows by the new indicator’s points; review the title thresholds to match.',
    examples: [
      {
        criterion: 'TC3',
        indicator: {
          id: 'TC3.3',
          label: { vi: 'Tham gia câu lạc bộ', en: 'Joins a club' },
          points: 10,
          award: { assessed: 'tc3_3' },
          evidence: ['tc3_3'],
        },
      },
    ],
  },
  'Framework.addIndicators[].criterion': {
    vi: 'Mã tiêu chí (của bộ cha) nhận chỉ số mới.',
    en: 'Id of the parent’s criterion that receives the new indicator.',
    examples: ['TC1', 'TC3'],
  },
  'Framework.addIndicators[].indicator': {
    vi: 'Chỉ số mới, viết đầy đủ như trong `criteria` (mã chưa dùng, tên, điểm, quy tắc).',
    en: 'The new indicator, written in full as in `criteria` (an unused id, label, points, rule).',
  },
  'Framework.remove': {
    vi: 'Mã của chỉ số, tiêu chí, danh hiệu, trường dữ liệu hoặc giá trị dẫn xuất thừa kế cần bỏ. Bỏ chỉ số làm giảm tổng điểm tối đa.',
    en: 'Ids of inherited indicators, criteria, titles, evidence fields or derived values to drop. Dropping an indicator lowers the maximum total.',
    examples: [['tc1_3', 'TC2.4']],
  },
  'FrameworkForm.kind': {
    vi: 'Loại phiếu: base, official hoặc alias.',
    en: 'Kind of form: base, official or alias.',
  },
  'FrameworkForm.part': {
    vi: 'Vị trí của phiếu trong văn bản gốc, vd. "2" (phần 2 của 324/QĐ-KHVN) hoặc "a" (nhóm a của 244).',
    en: 'Where the form is in the source document, e.g. "2" (324/QĐ-KHVN part 2) or "a" (244 group a).',
    examples: ['2', 'a'],
  },
  'FrameworkForm.of': {
    vi: 'Mã của phiếu chính thức mà bộ này là tên gọi khác.',
    en: 'Id of the official form this framework is another name for.',
    examples: ['cdht-resident'],
  },
  'Source.document': {
    vi: 'Số hiệu văn bản.',
    en: 'Document number.',
    examples: ['324/QĐ-KHVN', '15/KH-UBND'],
  },
  'Source.issuer': {
    vi: 'Cơ quan ban hành.',
    en: 'Issuing body.',
    examples: ['Hội Khuyến học huyện Kon Rẫy'],
  },
  'Source.date': { vi: 'Ngày ký, yyyy-MM-dd.', en: 'Date signed, yyyy-MM-dd.', examples: ['2023-10-25'] },
  'Source.title': { vi: 'Trích yếu văn bản.', en: 'Title of the document.' },
  'Source.url': { vi: 'Địa chỉ trang đăng văn bản, nếu có.', en: 'Where the document is published, if anywhere.' },
  'EvidenceField.type': {
    vi: 'Kiểu dữ liệu: number, integer, boolean, string, date, enum, assessment (điểm tự đánh giá {self, reviewed}), list, object; hoặc kiểu do plugin đăng ký.',
    en: 'Type: number, integer, boolean, string, date, enum, assessment (self-assessed score {self, reviewed}), list, object; or a type a plugin registers.',
    examples: ['assessment', 'number', 'boolean', 'enum', 'list'],
  },
  'EvidenceField.label': {
    vi: 'Tên trường, hiện trên biểu mẫu và tài liệu.',
    en: 'Name of the field, shown on forms and documents.',
  },
  'EvidenceField.description': {
    vi: 'Giải thích cách khai trường này.',
    en: 'How to fill this field.',
  },
  'EvidenceField.aliases': {
    vi: 'Các tiêu đề cột khác mà bảng tính có thể dùng cho trường này (ngoài tên trường), vd. “Điểm đọc sách”. Không phân biệt hoa thường.',
    en: 'Other column headers a spreadsheet may use for this field (besides its labels), e.g. “Điểm đọc sách”. Case does not matter.',
    examples: [['Điểm đọc sách']],
  },
  'EvidenceField.unit': { vi: 'Đơn vị của số, vd. giờ.', en: 'Unit of a number, e.g. hours.', examples: ['giờ'] },
  'EvidenceField.required': {
    vi: 'true: khi đọc dữ liệu, cảnh báo nếu thiếu trường (khi chấm vẫn coi là thiếu).',
    en: 'true: readers warn when the field is absent (evaluation still treats it as missing).',
  },
  'EvidenceField.min': {
    vi: 'Giá trị nhỏ nhất (số, điểm tự đánh giá) hoặc số phần tử ít nhất (danh sách).',
    en: 'Lowest value (numbers, assessment scores) or fewest items (lists).',
    examples: [0],
  },
  'EvidenceField.max': {
    vi: 'Giá trị lớn nhất (số, điểm tự đánh giá) hoặc số phần tử nhiều nhất (danh sách).',
    en: 'Highest value (numbers, assessment scores) or most items (lists).',
    examples: [10],
  },
  'EvidenceField.values': {
    vi: 'Các giá trị được phép của trường kiểu enum (hoặc string).',
    en: 'Allowed values of an `enum` (or a `string`).',
    examples: [['none', 'basic', 'proficient']],
  },
  'EvidenceField.fields': {
    vi: 'Các trường con của kiểu object.',
    en: 'Sub-fields of an `object`.',
  },
  'EvidenceField.items': {
    vi: 'Khai báo của mỗi phần tử trong danh sách (list).',
    en: 'Declaration of each item of a `list`.',
  },
  'Derived.label': { vi: 'Tên giá trị dẫn xuất.', en: 'Name of the derived value.' },
  'Derived.description': { vi: 'Cách tính, bằng lời.', en: 'How it is computed, in words.' },
  'Derived.rule': {
    vi: 'Quy tắc json-logic tính giá trị từ dữ liệu và các giá trị dẫn xuất khai trước.',
    en: 'json-logic rule computing the value from evidence and earlier derived values.',
    examples: [{ sumInPeriod: [{ var: 'learningActivities' }, 'date', 'hours'] }],
  },
  'Derived.values': {
    vi: 'Các giá trị có thể có, khi kết quả là một danh mục.',
    en: 'Possible values, when the result is an enumeration.',
  },
  'Criterion.id': { vi: 'Mã tiêu chí, vd. TC1.', en: 'Criterion id, e.g. TC1.', examples: ['TC1', 'TC4'] },
  'Criterion.label': { vi: 'Tên tiêu chí.', en: 'Name of the criterion.' },
  'Criterion.description': { vi: 'Nội dung tiêu chí.', en: 'What the criterion covers.' },
  'Criterion.max': {
    vi: 'Điểm tối đa của tiêu chí; phải bằng tổng điểm các chỉ số. Bỏ trống để cdht tự cộng.',
    en: 'Maximum points of the criterion; must equal the sum of its indicators. Leave out to let cdht add them up.',
    examples: [40],
  },
  'Criterion.min': {
    vi: 'Điểm tối thiểu của tiêu chí mà mọi danh hiệu đều đòi hỏi.',
    en: 'Minimum points of this criterion every title requires.',
  },
  'Criterion.indicators': {
    vi: 'Các chỉ số của tiêu chí (ít nhất một).',
    en: 'Indicators of the criterion (at least one).',
  },
  'Indicator.id': {
    vi: 'Mã chỉ số, vd. TC1.3; không trùng với chỉ số nào khác, kể cả của bộ cha.',
    en: 'Indicator id, e.g. TC1.3; unique, the parent’s included.',
    examples: ['TC1.3', 'TC3.3'],
  },
  'Indicator.label': { vi: 'Tên chỉ số.', en: 'Name of the indicator.' },
  'Indicator.description': { vi: 'Nội dung và cách chấm chỉ số.', en: 'What the indicator asks and how it is scored.' },
  'Indicator.points': {
    vi: 'Điểm tối đa của chỉ số. Đổi điểm làm đổi tổng điểm tối đa của bộ tiêu chí.',
    en: 'Maximum points of the indicator. Changing it changes the framework’s maximum total.',
    examples: [10],
  },
  'Indicator.min': {
    vi: 'Điểm tối thiểu của chỉ số mà mọi danh hiệu đều đòi hỏi.',
    en: 'Minimum points of this indicator every title requires.',
    examples: [5],
  },
  'Indicator.when': {
    vi: 'Điều kiện áp dụng (json-logic): khi sai, chỉ số không áp dụng cho người đó và không tính điểm.',
    en: 'Applicability (json-logic): when false the indicator does not apply to the person and is not scored.',
    examples: [{ '==': [{ var: 'motherTongue' }, 'vi'] }],
  },
  'Indicator.award': {
    vi: 'Quy tắc chấm điểm (json-logic): true → đủ điểm, một số → bấy nhiêu điểm (giới hạn trong 0…points), false → 0. `{"assessed": "tc1_1"}` lấy điểm tự đánh giá.',
    en: 'Scoring rule (json-logic): true → full points, a number → that many (clamped to 0…points), false → 0. `{"assessed": "tc1_1"}` takes the self-assessed score.',
    examples: [{ assessed: 'tc1_1' }, { if: [{ '>=': [{ var: 'learningHours' }, 40] }, 10, 5] }],
  },
  'Indicator.evidence': {
    vi: 'Các trường dữ liệu quy tắc đọc (được kiểm tra: phải khai trong `evidence`).',
    en: 'Evidence fields the rule reads (checked: each must be declared in `evidence`).',
    examples: [['tc1_1']],
  },
  'Indicator.proof': {
    vi: 'Minh chứng được chấp nhận cho chỉ số (thẻ thư viện, chứng chỉ…).',
    en: 'Documents accepted as proof for the indicator (library card, certificate…).',
  },
  'Indicator.rubric': {
    vi: 'Thang điểm bằng lời: mỗi mức điểm ứng với mô tả; in trên tài liệu tiêu chí.',
    en: 'Scoring ladder in words: each level of points with its description; printed on the criteria document.',
  },
  'Indicator.verified': {
    vi: 'false khi lời văn chính thức của chỉ số chưa được đối chiếu.',
    en: 'false when the official wording is not verified.',
  },
  'Proof.id': {
    vi: 'Mã minh chứng; hồ sơ ghi mã này trong `proofs[].type`.',
    en: 'Proof id; records name it in `proofs[].type`.',
    examples: ['certificate', 'readingLog'],
  },
  'Proof.label': { vi: 'Tên minh chứng.', en: 'Name of the proof document.' },
  'RubricLevel.points': { vi: 'Số điểm của mức này.', en: 'Points of this level.', examples: [10, 5] },
  'RubricLevel.label': { vi: 'Điều kiện đạt mức này, bằng lời.', en: 'What earns this level, in words.' },
  'Title.id': { vi: 'Mã danh hiệu.', en: 'Title id.', examples: ['cdht'] },
  'Title.label': { vi: 'Tên danh hiệu.', en: 'Name of the title.' },
  'Title.description': { vi: 'Điều kiện đạt danh hiệu, bằng lời.', en: 'What earns the title, in words.' },
  'Title.requirements': {
    vi: 'Ngưỡng đạt danh hiệu. Khi sửa bằng `overrides.titles`, ghi lại ĐẦY ĐỦ các ngưỡng: khối này thay thế cả khối của bộ cha.',
    en: 'Thresholds of the title. When changed through `overrides.titles`, write ALL of them: this block replaces the parent’s whole block.',
    examples: [{ total: 80, eachIndicator: 5 }],
  },
  'Title.rule': {
    vi: 'Điều kiện thêm (json-logic) trên {total, criteria, indicators, derived}; phải đúng thì mới đạt.',
    en: 'Extra json-logic condition over {total, criteria, indicators, derived}; must be true to award.',
  },
  'TitleRequirements.total': {
    vi: 'Tổng điểm tối thiểu. Khi đổi điểm tối đa (thêm/bỏ chỉ số), cân nhắc giữ tỷ lệ: 80/100 tương ứng 88/110.',
    en: 'Minimum total points. When the maximum changes (indicators added or removed), consider keeping the share: 80/100 corresponds to 88/110.',
    examples: [80],
  },
  'TitleRequirements.eachIndicator': {
    vi: 'Điểm tối thiểu của mỗi chỉ số áp dụng.',
    en: 'Minimum points of every applicable indicator.',
    examples: [5],
  },
  'TitleRequirements.eachCriterion': {
    vi: 'Điểm tối thiểu của mỗi tiêu chí.',
    en: 'Minimum points of every criterion.',
  },
  'TitleRequirements.criteria': {
    vi: 'Điểm tối thiểu theo mã tiêu chí.',
    en: 'Minimum points per criterion id.',
    examples: [{ TC1: 30 }],
  },
  'TitleRequirements.indicators': {
    vi: 'Điểm tối thiểu theo mã chỉ số.',
    en: 'Minimum points per indicator id.',
    examples: [{ 'TC2.1': 8 }],
  },
  'TitleRequirements.required': {
    vi: 'Các chỉ số phải đạt đủ điểm.',
    en: 'Indicators that must be fully met.',
    examples: [['TC3.1']],
  },
  'FrameworkOverrides.criteria': {
    vi: 'Sửa tiêu chí thừa kế theo mã: tên, mô tả, điểm tối thiểu, điểm tối đa.',
    en: 'Changes to inherited criteria by id: label, description, min, max.',
    examples: [{ TC1: { label: { vi: 'Năng lực tự học', en: 'Self-learning' } } }],
  },
  'FrameworkOverrides.indicators': {
    vi: 'Sửa chỉ số thừa kế theo mã: chỉ các khoá ghi ra được thay (tên, điểm, quy tắc, minh chứng…).',
    en: 'Changes to inherited indicators by id: only the keys written change (label, points, rule, proofs…).',
    examples: [{ 'TC1.3': { points: 15 } }],
  },
  'FrameworkOverrides.titles': {
    vi: 'Sửa danh hiệu thừa kế theo mã, vd. nâng ngưỡng tổng điểm.',
    en: 'Changes to inherited titles by id, e.g. a higher total threshold.',
    examples: [{ cdht: { requirements: { total: 85, eachIndicator: 5 } } }],
  },
  'TitleRequirements.totalShare': {
    vi: 'Tổng điểm tối thiểu tính theo tỷ lệ của điểm tối đa (0,8: 80/100, 88/110); giữ ý nghĩa khi bộ tiêu chí con đổi điểm tối đa. Có cả total thì phải đạt cả hai.',
    en: 'Minimum total as a share of the maximum (0.8: 80 of 100, 88 of 110); keeps its meaning when a child framework changes the maximum. With total, both must hold.',
    examples: [0.8],
  },
  'Framework.validity': {
    vi: 'Thời hạn của danh hiệu được công nhận; mặc định là năm đánh giá (thừa kế). Văn bản chính thức chưa nêu thời hạn.',
    en: 'How long a recognised title is valid; by default the assessment year (inherited). No official text found states it.',
    examples: [{ years: 1 }],
  },
  'Framework.validity.years': {
    vi: 'Số năm dương lịch danh hiệu có giá trị, kể cả năm đánh giá (1: chỉ năm đó).',
    en: 'Calendar years the title is valid, counting the assessment year (1: that year only).',
    examples: [1],
  },
  'Framework.variants': {
    vi: 'Biến thể theo địa bàn: điều kiện danh hiệu khác cho người thuộc đơn vị có thuộc tính nhất định (vd. xã đặc biệt khó khăn), mỗi biến thể có nguồn và mức kiểm chứng.',
    en: 'Variants by area: different title requirements for people whose unit has certain attributes (e.g. an especially difficult commune), each with its source and verification.',
  },
  'FrameworkOverrides.variants': {
    vi: 'Sửa biến thể thừa kế theo mã, vd. bật một biến thể tùy chọn.',
    en: 'Changes to inherited variants by id, e.g. enabling an opt-in variant.',
    examples: [{ 'difficult-area': { enabled: true } }],
  },
  'Variant.id': { vi: 'Mã biến thể.', en: 'Variant id.', examples: ['difficult-area'] },
  'Variant.label': { vi: 'Tên biến thể.', en: 'Name of the variant.' },
  'Variant.description': { vi: 'Giải thích biến thể.', en: 'Explanation of the variant.' },
  'Variant.unit': {
    vi: 'Thuộc tính của đơn vị người được đánh giá (từ tệp đơn vị hoặc bảng dân số) chọn biến thể này.',
    en: 'Attributes of the person’s unit (from a units file or the population table) that select the variant.',
    examples: [{ area: ['especially-difficult', 'ethnic-minority'] }],
  },
  'Variant.titles': {
    vi: 'Theo mã danh hiệu: các điều kiện biến thể thay đổi (điều kiện khác giữ nguyên).',
    en: 'Per title id, the requirements the variant changes (the others stay).',
    examples: [{ cdht: { total: 70 } }],
  },
  'Variant.enabled': {
    vi: 'false: biến thể tùy chọn, chỉ áp dụng khi bộ tiêu chí kế thừa bật nó (overrides.variants).',
    en: 'false: opt-in, applied only when a framework that extends this one enables it (overrides.variants).',
  },
  'Variant.source': { vi: 'Nguồn của biến thể.', en: 'Where the variant comes from.' },
  'Variant.verification': {
    vi: 'Mức đã đối chiếu với văn bản chính thức.',
    en: 'How far the variant is checked against official texts.',
  },
  'VariantSource.document': {
    vi: 'Số hiệu văn bản, hoặc tài liệu là gì.',
    en: 'Document number, or what it is.',
    examples: ['Tập huấn bộ công cụ 244/QĐ-KHVN'],
  },
  'VariantSource.issuer': { vi: 'Cơ quan ban hành hoặc tổ chức tập huấn.', en: 'Issuer or trainer.' },
  'VariantSource.date': { vi: 'Ngày của văn bản, yyyy-MM-dd.', en: 'Date of the document, yyyy-MM-dd.' },
  'VariantSource.title': { vi: 'Tên tài liệu.', en: 'Title of the document.' },
  'VariantSource.url': { vi: 'Địa chỉ tài liệu.', en: 'Address of the document.' },
};
