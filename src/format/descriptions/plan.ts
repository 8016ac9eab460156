import type { HelpTable } from './help.js';

/** Help for target plan files (schema/plan.schema.json) and population tables. */
export const planHelp: HelpTable = {
  Plan: {
    vi: 'Kế hoạch chỉ tiêu (vd. 677/QĐ-TTg, kế hoạch của huyện): tỷ lệ cần đạt theo mốc thời gian, đếm từ kết quả đánh giá.',
    en: 'A target plan (e.g. 677/QĐ-TTg, a district plan): shares to reach by dates, counted from evaluation results.',
  },
  'Plan.$schema': {
    vi: 'Đường dẫn tới lược đồ JSON của tệp kế hoạch.',
    en: 'Path to the JSON Schema of plan files.',
    examples: ['../node_modules/cdht/schema/plan.schema.json'],
  },
  'Plan.id': { vi: 'Mã kế hoạch.', en: 'Plan id.', examples: ['kon-ray-2022'] },
  'Plan.version': { vi: 'Phiên bản của tệp kế hoạch.', en: 'Version of the plan file.', examples: ['1.0.0'] },
  'Plan.extends': {
    vi: 'Kế hoạch cấp trên mà kế hoạch này kế thừa các chỉ tiêu: `id@khoảng-phiên-bản`.',
    en: 'Parent plan whose metrics this one inherits: `id@version-range`.',
    examples: ['qd-677-2022@^1.0.0'],
  },
  'Plan.title': { vi: 'Tên kế hoạch.', en: 'Name of the plan.' },
  'Plan.source': { vi: 'Văn bản ban hành kế hoạch.', en: 'The document that issued the plan.' },
  'Plan.verification': { vi: 'Mức đã đối chiếu với văn bản.', en: 'How far the file is checked against the document.' },
  'Plan.period': {
    vi: 'Thời gian thực hiện kế hoạch; ngày bắt đầu là mốc cơ sở mặc định.',
    en: 'Period of the plan; its start is the default baseline date.',
    examples: [{ from: '2023-01-01', to: '2030-12-31' }],
  },
  'Plan.period.from': { vi: 'Ngày bắt đầu, yyyy-MM-dd.', en: 'Start date, yyyy-MM-dd.' },
  'Plan.period.to': { vi: 'Ngày kết thúc, yyyy-MM-dd.', en: 'End date, yyyy-MM-dd.' },
  'Plan.scope': {
    vi: 'Phạm vi: địa bàn và các cấp đơn vị kế hoạch áp dụng.',
    en: 'Scope: the area and the unit levels the plan covers.',
  },
  'Plan.metrics': {
    vi: 'Các chỉ tiêu của kế hoạch (thêm vào các chỉ tiêu thừa kế).',
    en: 'Metrics of this plan (added to inherited ones).',
  },
  'Plan.overrides': {
    vi: 'Sửa chỉ tiêu thừa kế theo mã.',
    en: 'Changes to inherited metrics, by id.',
  },
  'Plan.overrides.metrics': {
    vi: 'Chỉ tiêu cần sửa, theo mã; chỉ các khoá ghi ra được thay.',
    en: 'Metrics to change, by id; only the keys written change.',
    examples: [{ 'adults-titled': { targets: [{ date: '2025-12-31', share: 0.5 }] } }],
  },
  'Plan.remove': {
    vi: 'Mã các chỉ tiêu thừa kế cần bỏ.',
    en: 'Inherited metrics to drop.',
  },
  'Plan.milestones': { vi: 'Các mốc: sơ kết, sự kiện, báo cáo.', en: 'Milestones: reviews, events, reports.' },
  'Plan.reporting': { vi: 'Hạn báo cáo hằng năm.', en: 'Annual reporting deadline.' },
  'Plan.notes': { vi: 'Ghi chú.', en: 'Notes.' },
  'Plan.historical': {
    vi: 'Kế hoạch chỉ còn giá trị lịch sử sau một ngày (vd. cơ quan ban hành không còn); báo cáo sau ngày đó ghi rõ điều này.',
    en: 'The plan is historical after a date (e.g. its issuer no longer exists); reports dated later say so.',
    examples: [
      { after: '2025-06-30', reason: { vi: 'Không còn cấp huyện từ 01/7/2025.', en: 'No districts since 1/7/2025.' } },
    ],
  },
  'Plan.historical.after': {
    vi: 'Ngày cuối cùng kế hoạch còn hiệu lực, yyyy-MM-dd.',
    en: 'Last day the plan is in force, yyyy-MM-dd.',
  },
  'Plan.historical.reason': { vi: 'Lý do kế hoạch chỉ còn giá trị lịch sử.', en: 'Why the plan is historical.' },
  'PlanSource.document': {
    vi: 'Số hiệu hoặc tên văn bản.',
    en: 'Document number or name.',
    examples: ['677/QĐ-TTg'],
  },
  'PlanSource.issuer': { vi: 'Cơ quan ban hành.', en: 'Issuing body.', examples: ['UBND huyện Kon Rẫy'] },
  'PlanSource.date': { vi: 'Ngày ký, nếu biết.', en: 'Date signed, when known.' },
  'PlanSource.title': { vi: 'Trích yếu văn bản.', en: 'Title of the document.' },
  'PlanSource.implements': {
    vi: 'Các văn bản cấp trên mà văn bản này triển khai.',
    en: 'Higher-level documents this one implements.',
    examples: [['677/QĐ-TTg']],
  },
  'PlanSource.url': { vi: 'Địa chỉ trang đăng văn bản.', en: 'Where the document is published.' },
  'PlanScope.label': {
    vi: 'Tên cả địa bàn, vd. huyện Kon Rẫy.',
    en: 'Name of the whole scope, e.g. Kon Rẫy district.',
  },
  'PlanScope.unit': {
    vi: 'Các cấp cố định của kế hoạch, vd. {province, district}; {} cho cả nước.',
    en: 'Levels fixed by the plan, e.g. {province, district}; {} for the whole country.',
    examples: [{ province: 'Kon Tum', district: 'Kon Rẫy' }],
  },
  'PlanScope.hierarchies': {
    vi: 'Các hệ thống cấp đơn vị; mỗi dòng thuộc hệ thống đầu tiên có đủ các cấp của nó.',
    en: 'Unit hierarchies; a row belongs to the first hierarchy holding all its levels.',
  },
  'Hierarchy.id': { vi: 'Mã hệ thống cấp.', en: 'Hierarchy id.', examples: ['admin'] },
  'Hierarchy.label': { vi: 'Tên hệ thống cấp.', en: 'Name of the hierarchy.' },
  'Hierarchy.levels': {
    vi: 'Các cấp từ trên xuống.',
    en: 'Levels from the top down.',
    examples: [['province', 'district', 'commune', 'village']],
  },
  'Metric.id': { vi: 'Mã chỉ tiêu.', en: 'Metric id.', examples: ['adults-titled'] },
  'Metric.label': { vi: 'Tên chỉ tiêu.', en: 'Name of the metric.' },
  'Metric.noun': {
    vi: 'Đối tượng được đếm, số nhiều, dùng trong câu: người lớn / adults.',
    en: 'Who is counted, plural, for sentences: người lớn / adults.',
  },
  'Metric.description': { vi: 'Giải thích chỉ tiêu.', en: 'What the metric measures.' },
  'MetricColumns.registered': {
    vi: 'Tiêu đề cột đếm số dòng thuộc diện xét (mẫu số), vd. Người đạt danh hiệu.',
    en: 'Header of the column counting the rows in the population (denominator), e.g. Title holders.',
  },
  'MetricColumns.counted': {
    vi: 'Tiêu đề cột đếm số được tính (tử số), vd. Có kỹ năng số.',
    en: 'Header of the column counting those counted (numerator), e.g. With digital skills.',
  },
  'Metric.columns': {
    vi: 'Tiêu đề cột trong bảng báo cáo, gọi đúng thứ chỉ tiêu đếm (mặc định "Đã đăng ký", "Đạt danh hiệu").',
    en: 'Column headers in report tables, named for what the metric counts (default "Registered", "Recognised").',
    examples: [
      {
        registered: { vi: 'Người đạt danh hiệu', en: 'Title holders' },
        counted: { vi: 'Có kỹ năng số', en: 'With digital skills' },
      },
    ],
  },
  'Metric.population': {
    vi: 'json-logic trên một dòng: true khi dòng thuộc tập được xét (mẫu số).',
    en: 'json-logic over a row view: true when the row is in the population (denominator).',
  },
  'Metric.counted': {
    vi: 'json-logic trên một dòng: true khi dòng được tính là đạt (tử số).',
    en: 'json-logic over a row view: true when the row counts toward the target (numerator).',
  },
  'Metric.use': {
    vi: 'Tên chỉ tiêu do plugin cung cấp (engine.metrics), thay cho hai quy tắc population và counted.',
    en: 'Name of a plugin metric (engine.metrics) deciding population and counted, instead of the two rules.',
  },
  'Metric.denominator': {
    vi: 'Mẫu số: "rows" (số dòng) hoặc một cột của bảng dân số, vd. {"population": "adults"}.',
    en: 'Denominator: "rows" (the rows) or a population table column, e.g. {"population": "adults"}.',
    examples: ['rows', { population: 'adults' }],
  },
  'Metric.targets': {
    vi: 'Các mục tiêu theo thứ tự ngày.',
    en: 'Targets in date order.',
    examples: [[{ date: '2025-12-31', share: 0.4 }]],
  },
  'Metric.notes': { vi: 'Ghi chú.', en: 'Notes.' },
  'Denominator.population': {
    vi: 'Cột của bảng dân số, vd. adults, staff.',
    en: 'Population table column, e.g. adults, staff.',
    examples: ['adults'],
  },
  'Target.date': { vi: 'Hạn đạt mục tiêu, yyyy-MM-dd.', en: 'Date the target is due, yyyy-MM-dd.' },
  'Target.share': { vi: 'Tỷ lệ cần đạt: 0.4 là 40%.', en: 'Share to reach: 0.4 for 40%.', examples: [0.4] },
  'Target.label': { vi: 'Tên mục tiêu, vd. mục tiêu 2025.', en: 'Name of the target, e.g. 2025 target.' },
  'Target.note': { vi: 'Ghi chú về mục tiêu.', en: 'Note on the target.' },
  'Milestone.id': { vi: 'Mã mốc.', en: 'Milestone id.' },
  'Milestone.label': { vi: 'Tên mốc.', en: 'Name of the milestone.' },
  'Milestone.kind': {
    vi: 'Loại mốc: review (sơ kết, tổng kết), event (sự kiện), report (báo cáo).',
    en: 'Kind: review, event or report.',
  },
  'Milestone.from': { vi: 'Ngày bắt đầu.', en: 'Start date.' },
  'Milestone.to': { vi: 'Ngày kết thúc.', en: 'End date.' },
  'Reporting.month': { vi: 'Tháng nộp báo cáo (1–12).', en: 'Month the report is due (1–12).', examples: [12] },
  'Reporting.day': { vi: 'Ngày trong tháng.', en: 'Day of the month.', examples: [5] },
  'Reporting.before': {
    vi: 'true: nộp trước ngày đó (trước ngày 05/12).',
    en: 'true: the report is due before that day (before 5 December).',
  },
  'Reporting.firstYear': { vi: 'Năm báo cáo đầu tiên.', en: 'First reporting year.' },
  'Reporting.lastYear': { vi: 'Năm báo cáo cuối cùng.', en: 'Last reporting year.' },
  'Reporting.to': { vi: 'Nơi nhận báo cáo.', en: 'Who receives the report.' },
  'PopulationRow.unit': {
    vi: 'Đơn vị của dòng dân số, theo cấp → tên; các cột khác là số người.',
    en: 'The unit of the population row, as level → name; other columns are head counts.',
  },
  'Hierarchy.inForce': {
    vi: 'Thời gian hệ thống cấp có hiệu lực (vd. tỉnh → huyện → xã đến 30/6/2025); không ghi: luôn có hiệu lực.',
    en: 'When the hierarchy is in force (e.g. province → district → commune until 30/6/2025); absent: always.',
    examples: [{ until: '2025-06-30' }],
  },
  'InForce.from': {
    vi: 'Ngày bắt đầu có hiệu lực, yyyy-MM-dd (kể cả ngày đó).',
    en: 'First day in force, yyyy-MM-dd.',
  },
  'InForce.until': {
    vi: 'Ngày cuối cùng có hiệu lực, yyyy-MM-dd (kể cả ngày đó).',
    en: 'Last day in force, yyyy-MM-dd.',
  },
};
