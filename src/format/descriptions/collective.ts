import type { HelpTable } from './help.js';

/*
 * Help for the collective parts of the framework, collective record and case files: learning
 * families, clans, communities and units judged from their members.
 */
export const collectiveHelp: HelpTable = {
  'Framework.kind': {
    vi: '`individual` (mặc định): đánh giá một người; `collective`: đánh giá một tập thể (gia đình, dòng họ, cộng đồng, đơn vị) từ chính hồ sơ của nó và kết quả của các thành viên.',
    en: '`individual` (default): judges a person; `collective`: judges a family, clan, community or unit from its own record and its members’ results.',
    examples: ['collective'],
  },
  'Framework.collective': {
    vi: 'Bắt buộc khi `kind` là `collective`: loại tập thể, cấp, thành viên và các điều kiện đếm trên thành viên, các mức độ và thời hạn công nhận.',
    en: 'Required when `kind` is `collective`: the kind of collective, its level, its members and the conditions counted on them, its levels and recognition deadlines.',
  },
  'CollectiveSpec.kind': {
    vi: 'Loại tập thể: `household` (gia đình), `clan` (dòng họ), `community` (thôn, làng, tổ dân phố hoặc xã), `unit` (cơ quan, đơn vị).',
    en: 'Kind of collective: `household`, `clan`, `community` (village, residential group or commune), `unit` (agency or organisation).',
    examples: ['unit', 'household'],
  },
  'CollectiveSpec.level': {
    vi: 'Cấp công nhận (đơn vị cấp xã, cấp huyện; cộng đồng thôn hoặc xã); dùng để chọn bộ tiêu chí khi hồ sơ tập thể không ghi `framework`.',
    en: 'Level of recognition (a commune or district unit; a village or commune community); chooses the framework when a collective record names none.',
    examples: ['district', 'village'],
  },
  'CollectiveSpec.members': {
    vi: 'Thành viên của tập thể: loại thành viên, cách gọi và các điều kiện được đếm.',
    en: 'The collective’s members: their kinds, what they are called and the conditions counted.',
  },
  'CollectiveSpec.members.kinds': {
    vi: 'Thành viên là gì: người (mặc định), và với dòng họ, cộng đồng thì cả gia đình.',
    en: 'What members are: persons (default) and, for clans and communities, households.',
    examples: [['person'], ['person', 'household']],
  },
  'CollectiveSpec.members.label': {
    vi: 'Cách gọi thành viên, số nhiều, dùng trong lý do và khoảng cách: “thành viên”, “người lớn”.',
    en: 'What members are called, plural, in reasons and gaps: “members”, “adults”.',
  },
  'CollectiveSpec.members.conditions': {
    vi: 'Các điều kiện có tên trên một thành viên (ví dụ `titled`: đạt danh hiệu CDHT), được các toán tử thành viên đếm (`membersPercentAtLeast` …).',
    en: 'Named conditions on one member (e.g. `titled`: holds the Learning Citizen title), counted by the member operators (`membersPercentAtLeast` …).',
  },
  'CollectiveSpec.levels': {
    vi: 'Mã các danh hiệu từ mức thấp đến mức cao (mức độ 1, mức độ 2); mặc định là các danh hiệu theo thứ tự.',
    en: 'Title ids from the lowest level to the highest (level 1, level 2); by default the titles in order.',
    examples: [['muc1', 'muc2']],
  },
  'CollectiveSpec.recognition': {
    vi: 'Công nhận: hạn nộp hồ sơ, hạn ra quyết định, ai công nhận và thời hạn của kết quả.',
    en: 'Recognition: when the dossier is due, when the decision is made, who decides and how long it lasts.',
  },
  'MemberCondition.label': {
    vi: 'Điều kiện nói bằng lời, dùng trong lý do: “đạt danh hiệu Công dân học tập”.',
    en: 'The condition in words, used in reasons: “hold the Learning Citizen title”.',
  },
  'MemberCondition.rule': {
    vi: 'Quy tắc json-logic trên một thành viên: `titles.cdht` (đạt danh hiệu), `group`, `derived.…`, `total`; với gia đình là `recognised`, `level`.',
    en: 'json-logic rule over one member: `titles.cdht` (titled), `group`, `derived.…`, `total`; for a household `recognised`, `level`.',
    examples: [{ var: 'titles.cdht' }],
  },
  'MemberCondition.verified': {
    vi: '`false` khi văn bản gốc không nêu rõ điều kiện này.',
    en: '`false` when the official text does not state this condition.',
  },
  'RecognitionSpec.file': {
    vi: 'Hạn nộp hồ sơ: ngày, tháng của năm sau kỳ đánh giá.',
    en: 'When the dossier is due: a day and month of the year after the period.',
    examples: [{ month: 1, day: 15 }],
  },
  'RecognitionSpec.decision': {
    vi: 'Hạn ra quyết định công nhận: ngày, tháng của năm sau kỳ đánh giá.',
    en: 'When the recognition is decided: a day and month of the year after the period.',
    examples: [{ month: 2, day: 15 }],
  },
  'RecognitionSpec.recogniser': {
    vi: 'Ai ra quyết định công nhận.',
    en: 'Who decides the recognition.',
  },
  'RecognitionSpec.recogniser.label': {
    vi: 'Cơ quan hoặc chức danh công nhận, tiếng Việt và tiếng Anh.',
    en: 'The recognising body or office, in Vietnamese and English.',
  },
  'RecognitionSpec.recogniser.verified': {
    vi: '`false` khi chưa đối chiếu được với văn bản gốc.',
    en: '`false` when not checked against the official text.',
  },
  'RecognitionSpec.validity': {
    vi: 'Kết quả công nhận có giá trị bao lâu.',
    en: 'How long a recognition lasts.',
  },
  'RecognitionSpec.validity.months': {
    vi: 'Số tháng (36 là 3 năm).',
    en: 'Number of months (36 is 3 years).',
    examples: [36],
  },
  'RecognitionSpec.validity.note': {
    vi: 'Ghi chú về thời hạn: nguồn, cách tính.',
    en: 'A note on the validity: its source, how it is counted.',
  },
  'RecognitionSpec.validity.verified': {
    vi: '`false` khi thời hạn chưa đối chiếu được với văn bản gốc.',
    en: '`false` when the validity is not checked against the official text.',
  },
  'YearDay.month': { vi: 'Tháng, 1–12.', en: 'Month, 1–12.', examples: [2] },
  'YearDay.day': { vi: 'Ngày, 1–31.', en: 'Day, 1–31.', examples: [15] },
  'YearDay.verified': {
    vi: '`false` khi ngày này chưa được văn bản gốc xác nhận.',
    en: '`false` when the date is not confirmed by the official text.',
  },
  'CollectiveRecord.id': {
    vi: 'Mã của tập thể, chính là mã mà các thành viên ghi trong `memberships` (không trùng trong cùng loại).',
    en: 'Id of the collective, the one its members name in their `memberships` (unique within its kind).',
    examples: ['Đắk Ruồng/Thôn 1/H07'],
  },
  'CollectiveRecord.kind': {
    vi: 'Loại tập thể: `household`, `clan`, `community` hoặc `unit`.',
    en: 'Kind of collective: `household`, `clan`, `community` or `unit`.',
    examples: ['household'],
  },
  'CollectiveRecord.name': { vi: 'Tên của tập thể.', en: 'Name of the collective.' },
  'CollectiveRecord.framework': {
    vi: 'Mã bộ tiêu chí tập thể dùng để đánh giá; bỏ trống thì chọn theo loại và cấp.',
    en: 'Id of the collective framework to judge it by; when absent, chosen by kind and level.',
    examples: ['gia-dinh-hoc-tap'],
  },
  'CollectiveRecord.level': {
    vi: 'Cấp công nhận (đơn vị cấp xã, cấp huyện; cộng đồng thôn hoặc xã); chọn bộ tiêu chí khi không ghi `framework`.',
    en: 'Level of recognition (a commune or district unit; a village or commune community); chooses the framework when none is named.',
    examples: ['commune', 'village'],
  },
  'CollectiveRecord.period': {
    vi: 'Kỳ đánh giá; thành viên được đếm khi cùng kỳ.',
    en: 'The evaluation period; members count when of the same period.',
    examples: ['2025'],
  },
  'CollectiveRecord.unit': {
    vi: 'Nơi của tập thể, cấp → tên (đơn vị: xã và cơ quan).',
    en: 'Where it is, level → name (a unit: its commune and agency).',
  },
  'CollectiveRecord.size': {
    vi: 'Số thành viên (cán bộ của đơn vị, người lớn của gia đình): thành viên chưa có kết quả là còn thiếu và giữ kết quả ở “chưa xác định”.',
    en: 'How many members it counts (a unit’s staff, a family’s adults): members without a result are missing and keep the outcome undetermined.',
    examples: [20],
  },
  'CollectiveRecord.memberships': {
    vi: 'Các tập thể mà tập thể này thuộc về, ví dụ dòng họ và thôn của một gia đình.',
    en: 'Collectives this one belongs to, e.g. the clan and village of a household.',
  },
  'CollectiveRecord.data': {
    vi: 'Giá trị các trường minh chứng mà bộ tiêu chí tập thể khai báo.',
    en: 'Values of the evidence fields the collective framework declares.',
  },
  'CollectiveRecord.proofs': {
    vi: 'Minh chứng kèm theo (tệp, văn bản).',
    en: 'Proofs attached (files, documents).',
  },
  'CriteriaCase.collective': {
    vi: 'Ca kiểm tra của bộ tiêu chí tập thể: hồ sơ của tập thể.',
    en: 'A collective framework’s case: the collective’s record.',
  },
  'CriteriaCase.members': {
    vi: 'Hồ sơ của các thành viên: mỗi hồ sơ được đánh giá bằng phiếu của nó (tập thể cấp dưới bằng bộ tiêu chí của nó), rồi được đếm.',
    en: 'The members’ evidence: each is evaluated with its form (a lower collective with its framework), then counted.',
  },
  'CriteriaCase.members[].collective': {
    vi: 'Một tập thể cấp dưới (gia đình của dòng họ hoặc thôn), được đánh giá trước từ các thành viên của nó.',
    en: 'A lower collective (a family of a clan or village), judged first from its own members.',
  },
  'CriteriaCase.members[].members': {
    vi: 'Hồ sơ của các thành viên của tập thể cấp dưới.',
    en: 'The evidence of the lower collective’s members.',
  },
  'CaseExpect.level': {
    vi: 'Ca tập thể: mức chắc chắn đạt (mã danh hiệu), `null` nếu không đạt mức nào.',
    en: 'Collective cases: the level certainly reached (a title id), `null` for none.',
    examples: ['muc2', null],
  },
  'CaseExpect.recognised': {
    vi: 'Ca tập thể: có đạt mức thấp nhất hay không (`awarded`, `not-awarded`, `undetermined`).',
    en: 'Collective cases: whether the lowest level is reached (`awarded`, `not-awarded`, `undetermined`).',
    examples: ['awarded'],
  },
  'CaseExpect.members': {
    vi: 'Ca tập thể: số thành viên đã nhận, còn thiếu, chưa xác định.',
    en: 'Collective cases: members received, missing and undetermined.',
  },
  'CaseExpect.members.received': { vi: 'Số kết quả thành viên đã nhận.', en: 'Member results received.' },
  'CaseExpect.members.missing': {
    vi: 'Số thành viên còn thiếu kết quả (theo `size`).',
    en: 'Members without a result (by `size`).',
  },
  'CaseExpect.members.undetermined': {
    vi: 'Số thành viên mà điều kiện được đếm còn chưa xác định.',
    en: 'Members for whom a counted condition is still undetermined.',
  },
};
