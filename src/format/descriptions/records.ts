import type { HelpTable } from './help.js';

/** Help for the parts several schemas share: bilingual text, dates, verification, json-logic rules. */
export const sharedHelp: HelpTable = {
  LocalizedText: {
    vi: 'Văn bản tiếng Việt (`vi`) và tiếng Anh (`en`).',
    en: 'Text in Vietnamese (`vi`) and English (`en`).',
  },
  'LocalizedText.vi': {
    vi: 'Tiếng Việt có dấu (chuẩn Unicode NFC).',
    en: 'Vietnamese text with diacritics (Unicode NFC).',
  },
  'LocalizedText.en': { vi: 'Bản tiếng Anh.', en: 'English text.' },
  Rule: {
    vi: 'Biểu thức JsonLogic (https://jsonlogic.com) dùng các toán tử chuẩn và toán tử đã đăng ký.',
    en: 'A JsonLogic expression (https://jsonlogic.com) using standard and registered operators.',
  },
  'Verification.status': {
    vi: 'official: đã đối chiếu đầy đủ; partial: một phần; unverified: chưa đối chiếu; example: chỉ là ví dụ, không dùng để công nhận.',
    en: 'official: fully checked; partial: partly; unverified: not checked; example: an illustration, not for recognition.',
    examples: ['unverified', 'official'],
  },
  'Verification.notes': {
    vi: 'Ghi chú về việc đối chiếu (nguồn, chỗ chưa rõ).',
    en: 'Notes on the verification (sources, open points).',
  },
};

/** Help for evidence records (schema/evidence.schema.json) and the case files that embed them. */
export const recordHelp: HelpTable = {
  'EvidenceRecord.id': {
    vi: 'Mã người được đánh giá, không trùng trong một lô.',
    en: 'Person id, unique within a batch.',
    examples: ['kr01'],
  },
  'EvidenceRecord.name': { vi: 'Họ tên (không bắt buộc).', en: 'Full name (optional).' },
  'EvidenceRecord.group': {
    vi: 'Nhóm đối tượng; chọn phiếu khi không ghi `framework` (household, clan, community là tên khác của phiếu người dân).',
    en: 'Citizen group; selects the form when `framework` is absent (household, clan and community are aliases of the residents’ form).',
    examples: ['household'],
  },
  'EvidenceRecord.framework': {
    vi: 'Phiếu đã điền: mã bộ tiêu chí dùng để đánh giá.',
    en: 'The form filled: id of the framework to evaluate against.',
    examples: ['cdht-kon-ray'],
  },
  'EvidenceRecord.period': {
    vi: 'Kỳ đánh giá: một năm ("2024") hoặc {from, to}.',
    en: 'Evaluation period: a year ("2024") or {from, to}.',
    examples: ['2024'],
  },
  'EvidenceRecord.unit': {
    vi: 'Đơn vị hành chính của người đó, theo cấp → tên.',
    en: 'Where the person belongs, as level → name.',
    examples: [{ province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng' }],
  },
  'EvidenceRecord.memberships': {
    vi: 'Gia đình, dòng họ, cộng đồng, đơn vị công tác mà người đó thuộc về; kế hoạch đếm người theo các mục này.',
    en: 'Households, clans, communities and employing units the person belongs to; plans count people by these.',
  },
  'EvidenceRecord.data': {
    vi: 'Giá trị các trường dữ liệu khai trong bộ tiêu chí, theo tên trường.',
    en: 'Values of the framework’s declared evidence fields, by field name.',
    examples: [{ tc1_1: { self: 8 } }],
  },
  'EvidenceRecord.proofs': {
    vi: 'Minh chứng nộp kèm (loại, chỉ số, ngày, số hiệu).',
    en: 'Proof documents supplied (type, indicator, date, reference).',
  },
  'PeriodInput.from': { vi: 'Ngày đầu kỳ, yyyy-MM-dd.', en: 'First day of the period, yyyy-MM-dd.' },
  'PeriodInput.to': { vi: 'Ngày cuối kỳ, yyyy-MM-dd.', en: 'Last day of the period, yyyy-MM-dd.' },
  'Membership.kind': {
    vi: 'Loại: household (gia đình), clan (dòng họ), community (thôn, làng, tổ dân phố) hoặc employer (cơ quan, đơn vị công tác).',
    en: 'Kind: household, clan, community (village or residential group) or employer (the agency or enterprise the person works in).',
  },
  'Membership.id': {
    vi: 'Mã gia đình, dòng họ, cộng đồng hoặc đơn vị, không trùng trong cùng loại (vd. số sổ hộ khẩu).',
    en: 'Id of the household, clan, community or unit, unique within its kind (e.g. a household register number).',
  },
  'Membership.name': { vi: 'Tên, dùng trong danh sách và báo cáo.', en: 'Name, for lists and reports.' },
  'Membership.learning': {
    vi: 'Gia đình/dòng họ/cộng đồng/đơn vị có danh hiệu “học tập” trong kỳ hay không; bỏ trống khi chưa biết.',
    en: 'Whether the family, clan, community or unit holds its learning title for the period; absent when not known.',
  },
  'Membership.level': {
    vi: 'Cấp của đơn vị công tác: commune, district, province, central.',
    en: 'Level of the employing unit: commune, district, province, central.',
  },
  'ProofItem.type': {
    vi: 'Mã minh chứng do chỉ số khai (`proof[].id`), vd. certificate.',
    en: 'Proof id declared by the indicator (`proof[].id`), e.g. certificate.',
    examples: ['certificate'],
  },
  'ProofItem.indicator': { vi: 'Mã chỉ số mà minh chứng chứng minh.', en: 'Indicator the proof supports.' },
  'ProofItem.title': { vi: 'Tên giấy tờ.', en: 'Title of the document.' },
  'ProofItem.date': { vi: 'Ngày cấp.', en: 'Date issued.' },
  'ProofItem.ref': { vi: 'Tên tệp, địa chỉ web hoặc số vào sổ.', en: 'File name, URL or register number.' },
};

/** Help for criteria test-case files (schema/cases.schema.json). */
export const caseHelp: HelpTable = {
  'CriteriaCase.unitAttributes': {
    vi: 'Thuộc tính của đơn vị của bản ghi, như tệp đơn vị cho ({}: đã biết, không đặc biệt); không ghi: chưa biết.',
    en: 'Attributes of the record’s unit, as a units file would give them ({}: known, none special); absent: not known.',
    examples: [{ area: 'especially-difficult' }],
  },
  'CaseExpect.variant': {
    vi: 'Biến thể theo địa bàn mà kết quả đánh giá đã dùng.',
    en: 'Which variant by area the evaluation used.',
    examples: [{ status: 'applied', id: 'difficult-area' }],
  },
  'CaseExpect.variant.status': {
    vi: 'applied: đã áp dụng; not-applied: không áp dụng; unknown: chưa biết thuộc tính của đơn vị.',
    en: 'applied; not-applied; unknown: the unit’s attributes are not known.',
  },
  'CaseExpect.variant.id': {
    vi: 'Mã biến thể đã áp dụng; null khi không có.',
    en: 'The variant applied; null when none.',
  },
  'CaseFile.$schema': {
    vi: 'Đường dẫn tới lược đồ JSON của tệp ca kiểm thử.',
    en: 'Path to the JSON Schema of case files.',
    examples: ['../node_modules/cdht/schema/cases.schema.json'],
  },
  'CaseFile.framework': {
    vi: 'Mã bộ tiêu chí mà các ca kiểm thử đánh giá; cdht chọn phiên bản có hiệu lực cho từng ca.',
    en: 'Framework id the cases evaluate against; cdht picks the version in force for each case.',
    examples: ['cdht-kon-ray'],
  },
  'CaseFile.description': { vi: 'Tệp này kiểm tra điều gì.', en: 'What the file checks.' },
  'CaseFile.cases': {
    vi: 'Các ca tính tay: dữ liệu một người và kết quả mong đợi. `cdht test` chạy tất cả.',
    en: 'Hand-computed cases: one person’s evidence and the expected result. `cdht test` runs them all.',
  },
  'CriteriaCase.description': {
    vi: 'Ca này cho thấy điều gì, kèm phép tính tay.',
    en: 'What the case shows, with the arithmetic.',
    examples: ['8+8+8+8 + 10+5+9+8 + 8+8 = 80 → đạt'],
  },
  'CriteriaCase.asOf': {
    vi: 'Ngày đánh giá; chọn phiên bản có hiệu lực vào ngày đó.',
    en: 'Evaluation date; selects the version in force on that day.',
    examples: ['2025-06-30'],
  },
  'CriteriaCase.evidence': { vi: 'Hồ sơ dữ liệu của một người.', en: 'One person’s evidence record.' },
  'CriteriaCase.expect': {
    vi: 'Kết quả mong đợi; chỉ những gì ghi ra mới được so sánh.',
    en: 'Expected result; only what is written is compared.',
  },
  'CaseExpect.version': {
    vi: 'Phiên bản bộ tiêu chí phải được chọn (theo ngày cuối kỳ hoặc asOf).',
    en: 'Framework version the engine must pick (by the period end or asOf).',
    examples: ['1.0.0'],
  },
  'CaseExpect.total': {
    vi: 'Tổng điểm các chỉ số đã có dữ liệu.',
    en: 'Points of known indicators.',
    examples: [84],
  },
  'CaseExpect.possible': {
    vi: 'Tổng điểm nếu mọi chỉ số thiếu dữ liệu đều đạt tối đa.',
    en: 'Total if every missing indicator scored in full.',
  },
  'CaseExpect.titles': {
    vi: 'Kết luận theo mã danh hiệu: awarded (đạt), not-awarded (không đạt), undetermined (chưa đủ dữ liệu).',
    en: 'Decision per title id: awarded, not-awarded, undetermined (not enough evidence).',
    examples: [{ cdht: 'awarded' }],
  },
  'CaseExpect.reasons': {
    vi: 'Mã lý do phải có, theo mã danh hiệu (có thể có thêm lý do khác).',
    en: 'Reason codes that must be present per title id (others may also be present).',
    examples: [{ cdht: ['total_below_min'] }],
  },
  'CaseExpect.indicators': {
    vi: 'Điểm và trạng thái mong đợi theo mã chỉ số.',
    en: 'Expected points and status per indicator id.',
    examples: [{ 'TC1.3': { points: 10, status: 'met' } }],
  },
  'CaseExpect.indicators.*.points': {
    vi: 'Điểm của chỉ số; null khi thiếu dữ liệu.',
    en: 'Points of the indicator; null when its evidence is missing.',
  },
  'CaseExpect.indicators.*.status': {
    vi: 'Trạng thái: met (đủ điểm), partial (một phần), unmet (0 điểm), missing (thiếu dữ liệu), not-applicable (không áp dụng).',
    en: 'Status: met (full points), partial, unmet (0), missing (no evidence), not-applicable.',
  },
  'CaseExpect.derived': {
    vi: 'Giá trị dẫn xuất mong đợi (so sánh như JSON).',
    en: 'Expected derived values (compared as JSON).',
    examples: [{ learningHours: 42 }],
  },
};
