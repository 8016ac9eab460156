import type { IssueParams, PatternForm, ReasonParams, ShapeParams, TitleRequirementsParam } from '../errors/params.js';
import type { EngineCatalogue } from './catalogue.js';
import { formatDate, formatList, formatNumber, joinWith } from './format.js';

// Vietnamese messages, the default language. To add a message, see README.md in this folder. Text is NFC with full diacritics; numbers and dates
// go through formatNumber/formatDate (1.086; 7,5; 31/12/2025). Row, line and column numbers are
// positions in a file and print as they are.

const n = (x: number): string => formatNumber(x, 'vi');
const d = (iso: string): string => formatDate(iso, 'vi');
const range = (min: number | null, max: number | null): string =>
  `${min === null ? '−∞' : n(min)}–${max === null ? '∞' : n(max)}`;

const FORM: Readonly<Record<PatternForm, string>> = {
  version: 'số phiên bản dạng 2.0.0',
  id: 'mã chữ thường, ví dụ cdht-xa-a',
  name: 'tên dạng learningHours',
  code: 'mã dạng TC1 hoặc TC1.1',
  extends: 'mã@phiên bản, ví dụ cdht@^2.0.0',
  group: 'mã nhóm chữ thường, ví dụ household',
  date: 'ngày dạng yyyy-MM-dd',
};

const shape = (p: ShapeParams): string => {
  switch (p.kind) {
    case 'required':
      return `thiếu trường bắt buộc "${p.property}"`;
    case 'unknown_property':
      return `trường không được phép "${p.property}"${p.suggestion === undefined ? '' : ` (có phải "${p.suggestion}"?)`}`;
    case 'type':
      return `cần kiểu ${p.type}`;
    case 'pattern':
      return p.form === undefined ? `không đúng định dạng (${p.pattern})` : `cần ${FORM[p.form]}`;
    case 'enum':
      return `phải là một trong: ${formatList(p.values)}`;
    case 'limit':
      return `phải ${p.comparison} ${n(p.limit)}`;
    case 'min_items':
      return `cần ít nhất ${n(p.limit)} phần tử`;
    case 'max_items':
      return `chỉ được tối đa ${n(p.limit)} phần tử`;
    case 'min_length':
      return `cần ít nhất ${n(p.limit)} ký tự`;
    case 'max_length':
      return `chỉ được tối đa ${n(p.limit)} ký tự`;
    case 'other':
      return `không hợp lệ: ${p.detail}`;
  }
};

const TYPE: Readonly<Record<string, string>> = {
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'giá trị đúng/sai (true/false)',
  date: 'một ngày dạng yyyy-MM-dd',
  list: 'một danh sách',
  object: 'một đối tượng',
};
const expected = (p: Extract<IssueParams['invalid_evidence'], { kind: 'wrong_type' }>): string => {
  if (p.type === 'assessment') return `điểm tự đánh giá {self, reviewed} từ ${n(p.min ?? 0)} đến ${n(p.max ?? 10)}`;
  if (Object.hasOwn(TYPE, p.type)) return TYPE[p.type] as string;
  return p.values ? `một trong ${formatList(p.values.map((v) => `"${v}"`))}` : 'một chuỗi văn bản';
};

const CONTRIBUTION: Readonly<
  Record<Extract<IssueParams['invalid_plugin'], { kind: 'bad_contribution' }>['problem'], string>
> = {
  invalid_name: 'có tên không hợp lệ',
  not_object: 'phải là một đối tượng',
  needs_description: 'cần description {vi, en}',
  needs_kind: "cần kind 'eager' hoặc 'lazy'",
  old_lazy_form: "dùng { kind: 'lazy', evaluate(argFns, ctx, data) } thay cho lazy/evaluateLazy",
  needs_evaluate: 'cần hàm evaluate',
  needs_label: 'cần label {vi, en}',
  needs_json_schema: 'cần jsonSchema',
  needs_metric_functions: 'cần noun, population() và counted()',
  needs_format: 'cần format() và name trùng khoá',
  needs_messages: 'cần label và messages',
  bad_message: 'chỉ chứa chuỗi hoặc hàm trong messages',
};

const VERIFIED: Readonly<Record<string, string>> = {
  official: 'đã đối chiếu văn bản chính thức',
  partial: 'kiểm chứng một phần',
  unverified: 'chưa kiểm chứng',
  example: 'ví dụ minh hoạ',
};
/** `area của đơn vị là remote hoặc especially-difficult`. */
const condition = (when: ReasonParams['variant_applied']['when']): string =>
  joinWith(
    Object.entries(when).map(([name, values]) => `${name} của đơn vị là ${joinWith(values.map(String), 'hoặc')}`),
    'và',
  );
/** `tổng điểm từ 70 (thay vì 80)`. */
const changes = (c: TitleRequirementsParam, before: TitleRequirementsParam): string => {
  const was = (v: number | undefined): string => (v === undefined ? '' : ` (thay vì ${n(v)})`);
  const out: string[] = [];
  if (c.total !== undefined) out.push(`tổng điểm từ ${n(c.total)}${was(before.total)}`);
  if (c.totalShare !== undefined) out.push(`tổng điểm từ ${n(c.totalShare * 100)}% điểm tối đa`);
  if (c.eachIndicator !== undefined) out.push(`mỗi chỉ số từ ${n(c.eachIndicator)}${was(before.eachIndicator)}`);
  if (c.eachCriterion !== undefined) out.push(`mỗi tiêu chí từ ${n(c.eachCriterion)}${was(before.eachCriterion)}`);
  for (const [id, v] of Object.entries(c.criteria ?? {})) out.push(`tiêu chí ${id} từ ${n(v)}`);
  for (const [id, v] of Object.entries(c.indicators ?? {})) out.push(`chỉ số ${id} từ ${n(v)}`);
  if (c.required !== undefined) out.push(`đạt tối đa: ${formatList(c.required)}`);
  return out.join('; ');
};

const DUPLICATE: Readonly<Record<Exclude<IssueParams['duplicate_id']['kind'], 'id'>, (id: string) => string>> = {
  title: (id) => `danh hiệu "${id}" bị trùng`,
  inherited_indicator: (id) => `chỉ số "${id}" đã có trong bộ tiêu chí gốc; dùng overrides để sửa`,
  inherited_criterion: (id) => `tiêu chí "${id}" đã có trong bộ tiêu chí gốc; dùng overrides để sửa`,
  inherited_title: (id) => `danh hiệu "${id}" đã có trong bộ tiêu chí gốc; dùng overrides để sửa`,
  milestone: (id) => `Mốc "${id}" bị lặp.`,
  variant: (id) => `biến thể "${id}" đã có; dùng overrides.variants để sửa biến thể kế thừa`,
  metric: (id) => `Chỉ tiêu "${id}" bị trùng.`,
  member_condition: (id) => `điều kiện thành viên "${id}" trùng tên một minh chứng hoặc giá trị dẫn xuất`,
};

const MEMBER_EXPECTED: Readonly<Record<Exclude<IssueParams['invalid_member']['kind'], 'not_list'>, string>> = {
  not_object: 'một kết quả đánh giá (đối tượng JSON)',
  framework: 'framework.id là chuỗi',
  titles: 'danh sách {id, decision} của các danh hiệu',
  period: 'kỳ đánh giá {from, to}',
  memberships: 'danh sách {kind, id} các nơi thành viên thuộc về',
  collective: 'collective {kind, id}',
  person: 'mã người (person)',
};

const invalidCollective = (p: IssueParams['invalid_collective']): string => {
  switch (p.kind) {
    case 'missing_section':
      return 'bộ tiêu chí tập thể (kind: collective) phải có mục "collective" (loại tập thể, thành viên, các mức)';
    case 'section_without_kind':
      return 'mục "collective" chỉ dành cho bộ tiêu chí tập thể: thêm "kind": "collective"';
    case 'has_form':
      return 'bộ tiêu chí tập thể không phải phiếu tự đánh giá của cá nhân: bỏ mục "form"';
    case 'own_kind':
      return `thành viên của một tập thể loại "${p.collective}" không thể là tập thể cùng loại`;
    case 'inherited':
      return `bộ tiêu chí kế thừa ${p.parent} (${p.was}) nên không thể là ${p.now}`;
    case 'needs_members':
      return `${p.framework} là bộ tiêu chí tập thể: hãy dùng evaluateCollective với hồ sơ của tập thể và kết quả của các thành viên`;
    case 'not_collective':
      return `bộ tiêu chí ${p.framework} không phải bộ tiêu chí tập thể (kind: collective)`;
    case 'wrong_kind':
      return `bộ tiêu chí ${p.framework} đánh giá tập thể loại "${p.judges}", không phải "${p.given}"`;
  }
};

const memberMismatch = (p: IssueParams['member_mismatch']): string => {
  switch (p.kind) {
    case 'member_kind':
      return `thành viên "${p.member}" là ${p.memberKind}; bộ tiêu chí ${p.framework} chỉ tính ${formatList(p.counted)}`;
    case 'not_named':
      return `thành viên "${p.member}" không ghi thuộc ${p.collectiveKind} "${p.collective}" trong memberships`;
    case 'period':
      return `kỳ đánh giá của thành viên "${p.member}" (${p.period}) khác kỳ của tập thể (${p.expected})`;
  }
};

const share = (actual: number, counted: number): number =>
  counted === 0 ? 0 : Math.round((1000 * actual) / counted) / 10;

/**
 * Vietnamese messages of the codes the engine raises and of every reason (the tooling codes are in viTooling.ts).
 *
 * @category Messages
 */
export const vi: EngineCatalogue = {
  issues: {
    derived_order: (p) => `giá trị dẫn xuất "${p.name}" được dùng trước khi được tính`,
    duplicate_collective: (p) =>
      `tập thể ${p.collectiveKind} "${p.collective}" đã có bản ghi kỳ ${p.period} ở bản ghi thứ ${p.first}; bản ghi này bị loại`,
    duplicate_id: (p) => (p.kind === 'id' ? `mã "${p.id}" bị trùng (đã có ở ${p.first})` : DUPLICATE[p.kind](p.id)),
    duplicate_key: (p) => {
      switch (p.kind) {
        case 'file':
          return `khóa "${p.key}" tại ${p.at.line}:${p.at.column} đã có trong cùng đối tượng (lần đầu tại ${p.first.line}:${p.first.column}); JSON.parse sẽ lặng lẽ giữ giá trị sau`;
        case 'nfc':
          return `hai khóa "${p.first}" và "${p.second}" là cùng một chữ sau khi chuẩn hóa Unicode (NFC)`;
        case 'record':
          return `Khóa "${p.key}" xuất hiện hai lần trong bản ghi${p.at ? ` (dòng ${p.at.line}, cột ${p.at.column})` : ''}; bản ghi bị loại.`;
      }
    },
    duplicate_member: (p) => `thành viên "${p.member}" có hai kết quả đánh giá`,
    duplicate_plugin: (p) => `plugin "${p.plugin}" được đăng ký hai lần`,
    duplicate_version: (p) => `${p.id}@${p.version} đã được nạp; mỗi phiên bản chỉ nạp một lần`,
    evidence_too_deep: (p) => `Bản ghi lồng nhau quá ${n(p.max)} cấp (đối tượng và mảng); bản ghi bị loại.`,
    extends_cycle: (p) => {
      switch (p.kind) {
        case 'self':
          return `bộ tiêu chí kế thừa chính nó (${p.extends})`;
        case 'cycle':
          return `vòng kế thừa: ${p.id} → ${p.parent} → … → ${p.id}`;
        case 'plan':
          return `Kế hoạch "${p.id}" không thể kế thừa chính nó.`;
      }
    },
    invalid_arity: (p) => {
      const want = p.min === p.max ? n(p.min) : p.max === null ? `≥ ${n(p.min)}` : `${n(p.min)}–${n(p.max)}`;
      return `Toán tử "${p.operator}" cần ${want} đối số, nhận được ${n(p.count)}`;
    },
    invalid_collective: invalidCollective,
    invalid_alias: (p) =>
      p.kind === 'must_extend'
        ? `bộ tiêu chí là tên gọi khác của "${p.of}" nên phải kế thừa (extends) "${p.of}"`
        : `tên gọi khác của "${p.of}" không được thay đổi nội dung đánh giá ("${p.key}"); hãy bỏ form hoặc bỏ "${p.key}"`,
    invalid_as_of: (p) =>
      `Ngày đánh giá (asOf) phải là ngày dạng yyyy-MM-dd hoặc dd/MM/yyyy, hoặc một Date; nhận được ${p.got}.`,
    invalid_effective_dates: (p) => `ngày hết hiệu lực ${d(p.until)} trước ngày có hiệu lực ${d(p.from)}`,
    invalid_evidence: (p) => {
      switch (p.kind) {
        case 'out_of_range':
          return `Giá trị ${n(p.value)} nằm ngoài khoảng ${range(p.min, p.max)} cho phép.`;
        case 'count_out_of_range':
          return `Số mục ${n(p.count)} nằm ngoài khoảng ${range(p.min, p.max)} cho phép.`;
        case 'wrong_type':
          return `Cần ${expected(p)}, nhận được ${p.got}.`;
        case 'assessment_key':
          return `Phiếu tự đánh giá chỉ có "self" và "reviewed", không có "${p.key}".`;
        case 'plugin':
          return `${p.problem.vi} (${p.label.vi}).`;
      }
    },
    invalid_member: (p) =>
      p.kind === 'not_list'
        ? 'members phải là danh sách kết quả đánh giá'
        : `thành viên thứ ${p.position} không phải kết quả đánh giá hợp lệ: cần ${MEMBER_EXPECTED[p.kind]}`,
    invalid_operator: (p) => `Toán tử "${p.operator}" cần kind 'eager' hoặc 'lazy' và một hàm evaluate`,
    invalid_plugin: (p) => {
      switch (p.kind) {
        case 'not_a_plugin':
          return 'plugin phải là một đối tượng có "name" hợp lệ';
        case 'unknown_part':
          return `plugin "${p.plugin}": phần "${p.part}" không được hỗ trợ`;
        case 'part_not_object':
          return `plugin "${p.plugin}": ${p.part} phải là đối tượng`;
        case 'unknown_hook':
          return `plugin "${p.plugin}": hook "${p.hook}" không tồn tại`;
        case 'bad_hook':
          return `plugin "${p.plugin}": hook "${p.hook}" phải là hàm hoặc { handler, order: 'pre' | 'post' }`;
        case 'bad_contribution':
          return `plugin "${p.plugin}": ${p.part}.${p.key} ${CONTRIBUTION[p.problem]}`;
      }
    },
    invalid_record: shape,
    invalid_rule_object: (p) =>
      p.keys.length === 0
        ? 'đối tượng trong quy tắc phải có đúng một khóa là tên toán tử, đối tượng này không có khóa nào'
        : `đối tượng trong quy tắc phải có đúng một khóa là tên toán tử, đối tượng này có ${n(p.keys.length)} khóa: ${p.keys.map((k) => JSON.stringify(k)).join(', ')}`,
    json_too_deep: (p) =>
      `giá trị lồng quá ${n(p.max)} cấp${p.at ? ` (vượt giới hạn tại ${p.at.line}:${p.at.column})` : ''}`,
    member_mismatch: memberMismatch,
    member_operator_misplaced: (p) =>
      p.kind === 'individual'
        ? `toán tử thành viên "${p.operator}" chỉ dùng được trong bộ tiêu chí tập thể (kind: collective)`
        : `toán tử thành viên "${p.operator}" không dùng được trong quy tắc danh hiệu; hãy đặt nó vào một chỉ tiêu`,
    members_exceed_size: (p) =>
      `tập thể "${p.collective}" khai ${n(p.size)} thành viên nhưng có ${n(p.received)} kết quả đánh giá thành viên`,
    missing_evidence: (p) => `Thiếu minh chứng bắt buộc "${p.label.vi}".`,
    missing_field: (p) => {
      switch (p.kind) {
        case 'framework_key':
          return `bộ tiêu chí không kế thừa (extends) phải có "${p.key}"`;
        case 'no_indicators':
          return `tiêu chí ${p.criterion} không còn chỉ số nào`;
        case 'metric_rules':
          return `chỉ tiêu "${p.metric}" cần population và counted (hoặc "use" một chỉ tiêu plugin)`;
        case 'mapping_side':
          return `entries[${p.index}].${p.side} phải nêu ít nhất một cấp (ví dụ province)`;
      }
    },
    missing_parent: (p) =>
      p.kind === 'framework'
        ? `không tìm thấy bộ tiêu chí gốc ${p.extends}; hãy nạp nó trước`
        : `Không tìm thấy kế hoạch "${p.extends}" để kế thừa (cả trong các kế hoạch có sẵn).`,
    non_finite_number: (p) => `số không hữu hạn (${p.value}); số quá lớn như 1e309 được JSON.parse đọc thành Infinity`,
    operator_conflict: (p) =>
      p.kind === 'rule'
        ? `Toán tử bổ sung "${p.operator}" trùng tên toán tử chuẩn của json-logic`
        : `plugin "${p.plugin}" không được thay toán tử chuẩn "${p.operator}"`,
    not_a_form: (p) =>
      p.kind === 'collective'
        ? `"${p.id}" là bộ tiêu chí tập thể (gia đình, dòng họ, cộng đồng, đơn vị), không phải phiếu đánh giá cá nhân; hãy ghi phiếu đã điền (ví dụ ${formatList(p.forms)})`
        : `"${p.id}" là bộ tiêu chí khung dùng chung, không phải phiếu đánh giá; hãy ghi phiếu đã điền (ví dụ ${formatList(p.forms)})`,
    not_found: (p) => `"${p.name}": không có tệp, thư mục hay mã có sẵn nào như vậy (có sẵn: ${formatList(p.bundled)})`,
    plugin_conflict: (p) => `${p.part}.${p.key} được cả plugin "${p.first}" và "${p.second}" khai báo`,
    plugin_error: (p) =>
      p.kind === 'bad_result'
        ? `plugin "${p.plugin}" trả về kết quả không dùng được ở ${p.hook}: cần ${p.expected === 'record' ? 'một bản ghi minh chứng hợp lệ với bộ tiêu chí' : 'văn bản (string) hoặc dữ liệu nhị phân (Uint8Array)'}, nhận được ${p.got}`
        : `plugin "${p.plugin}" gặp lỗi ở ${p.hook}: ${p.detail}`,
    points_inconsistent: (p) => {
      switch (p.kind) {
        case 'indicator_min':
          return `mức tối thiểu ${n(p.min)} lớn hơn điểm tối đa ${n(p.points)} của chỉ số ${p.indicator}`;
        case 'rubric_level':
          return `mức ${n(p.level)} điểm vượt điểm tối đa ${n(p.points)} của chỉ số ${p.indicator}`;
        case 'criterion_max':
          return `tiêu chí ${p.criterion} ghi tối đa ${n(p.max)} điểm nhưng tổng điểm các chỉ số là ${n(p.sum)}`;
        case 'criterion_min':
          return `mức tối thiểu ${n(p.min)} của tiêu chí ${p.criterion} lớn hơn tổng điểm ${n(p.sum)}`;
      }
    },
    rule_too_deep: (p) => `Quy tắc lồng quá sâu (tối đa ${n(p.max)} cấp)`,
    rule_too_large: (p) => `Quy tắc có quá nhiều nút (tối đa ${n(p.max)})`,
    schema_violation: shape,
    title_unreachable: (p) => {
      const why =
        p.kind === 'total'
          ? `cần ${n(p.need)} điểm nhưng tối đa ${n(p.best)}`
          : p.kind === 'indicator'
            ? `chỉ số ${p.indicator} cần ${n(p.need)} nhưng tối đa ${n(p.best)}`
            : p.kind === 'criterion'
              ? `tiêu chí ${p.criterion} cần ${n(p.need)} nhưng tối đa ${n(p.best)}`
              : 'rule luôn sai';
      return `danh hiệu ${p.title} không thể đạt: ${why}`;
    },
    undeclared_evidence: (p) =>
      p.kind === 'rule_reads'
        ? `quy tắc đọc "${p.read}" nhưng "${p.head}" không được khai báo trong evidence hoặc derived`
        : `chỉ số ${p.indicator} dùng minh chứng "${p.field}" chưa được khai báo`,
    unknown_evidence_field: (p) => `Trường "${p.field}" không được bộ tiêu chí khai báo; bỏ qua khi đánh giá.`,
    unknown_evidence_type: (p) =>
      `kiểu minh chứng "${p.type}" chưa được đăng ký (có sẵn: ${formatList(p.builtIn)}; hoặc do plugin cung cấp)`,
    unknown_format: (p) =>
      p.kind === 'evidence'
        ? `Không nhận ra định dạng của ${p.source ?? 'luồng dữ liệu'}; dùng .json, .ndjson/.jsonl, .csv, .xlsx hoặc tuỳ chọn format.`
        : `Không có định dạng báo cáo "${p.format}". Có: ${formatList(p.known)}.`,
    unknown_framework: (p) => {
      switch (p.kind) {
        case 'not_loaded':
          return `bộ tiêu chí ${p.id}@${p.version} chưa được nạp vào engine này`;
        case 'not_found':
          return `không có bộ tiêu chí "${p.id}"${p.date === undefined ? '' : ` có hiệu lực ngày ${d(p.date)}`}`;
        case 'no_choice':
          return `không chọn được phiếu đánh giá cho nhóm "${p.group}" ngày ${d(p.date)} (${n(p.count)} phiếu phù hợp); hãy ghi rõ framework`;
        case 'unknown_name':
          return `không có bộ tiêu chí "${p.name}" (có: ${formatList(p.known)})`;
        case 'cases':
          return `ca kiểm thử dùng bộ tiêu chí "${p.id}" chưa được nạp`;
        case 'no_collective_choice':
          return `không chọn được bộ tiêu chí tập thể cho "${p.level === null ? p.collective : `${p.collective}, ${p.level}`}" ngày ${d(p.date)} (${n(p.candidates.length)} phù hợp: ${p.candidates.length > 0 ? formatList(p.candidates) : 'không có'}); hãy ghi rõ framework hoặc level`;
      }
    },
    unknown_group: (p) => `nhóm đối tượng "${p.group}" chưa được đăng ký (có: ${formatList(p.known)})`,
    unknown_member_condition: (p) =>
      p.kind === 'not_literal'
        ? `toán tử "${p.operator}" cần tên một điều kiện thành viên (chuỗi) đã khai báo trong collective.members.conditions`
        : `điều kiện thành viên "${p.name}" chưa được khai báo trong collective.members.conditions (có: ${p.declared.length > 0 ? formatList(p.declared) : 'không có'})`,
    unknown_operator: (p) => `Toán tử không xác định "${p.operator}"`,
    unknown_reference: (p) => {
      switch (p.kind) {
        case 'title_requirement':
          return `danh hiệu ${p.title} yêu cầu "${p.id}" nhưng không có tiêu chí/chỉ số này`;
        case 'framework':
          return `không có "${p.id}" trong ${p.parent ?? 'bộ tiêu chí'}`;
        case 'plan_remove':
          return `Không có chỉ tiêu kế thừa "${p.id}" để bỏ.`;
        case 'level':
          return `mức "${p.id}" không phải là danh hiệu của bộ tiêu chí`;
        case 'plan_override':
          return `Không có chỉ tiêu kế thừa "${p.id}" để sửa.`;
        case 'variant':
          return `không có biến thể "${p.id}" để sửa`;
        case 'variant_title':
          return `biến thể "${p.variant}" đổi điều kiện của danh hiệu "${p.title}" nhưng không có danh hiệu này`;
        case 'role':
          return `quy định "${p.rule}" nêu vai trò "${p.role}" nhưng roles không khai báo vai trò này`;
      }
    },
    unsafe_var_path: (p) => `Đường dẫn "${p.path}" chứa __proto__, constructor hoặc prototype, không được phép`,
  },
  reasons: {
    criterion_below_min: (p) =>
      `tiêu chí ${p.target} ${p.possible ? 'tối đa có thể đạt' : 'đạt'} ${n(p.actual)} < ${n(p.expected)}`,
    evidence_missing: (p) =>
      `thiếu minh chứng cho ${p.indicators.length > 1 ? 'các chỉ số' : 'chỉ số'} ${formatList(p.indicators)}; kết quả có thể thay đổi khi bổ sung`,
    indicator_below_min: (p) => `chỉ số ${p.target} đạt ${n(p.actual)} < ${n(p.expected)}`,
    members_below: (p) =>
      p.percent
        ? `chỉ tiêu ${p.target}: ${n(p.actual)}/${n(p.counted)} ${p.who.vi} ${p.what.vi} (${n(share(p.actual, p.counted))}%) < ${n(p.threshold)}%; cần thêm ${n(p.expected - p.actual)} ${p.who.vi}`
        : `chỉ tiêu ${p.target}: ${n(p.actual)} ${p.who.vi} ${p.what.vi} < ${n(p.threshold)}; cần thêm ${n(p.expected - p.actual)} ${p.who.vi}`,
    members_undetermined: (p) => {
      const parts = [
        ...(p.undetermined > 0 ? [`${n(p.undetermined)} thành viên chưa xác định kết quả`] : []),
        ...(p.missing > 0 ? [`${n(p.missing)} thành viên chưa có kết quả đánh giá`] : []),
      ];
      return `${p.targets.length > 1 ? 'các chỉ tiêu' : 'chỉ tiêu'} ${formatList(p.targets)} phụ thuộc kết quả của thành viên: ${parts.join(', ')}; kết quả có thể thay đổi khi đủ`;
    },
    requirements_met: (p) => `đạt mọi yêu cầu (tổng điểm ${n(p.actual)} ≥ ${n(p.expected)})`,
    targets_met: (p) => `đạt mọi chỉ tiêu yêu cầu (${n(p.met)} chỉ tiêu)`,
    title_rule_failed: (p) => `không thỏa điều kiện bổ sung của danh hiệu ${p.target}`,
    total_below_min: (p) =>
      `${p.possible ? 'tổng điểm tối đa có thể đạt' : 'tổng điểm'} ${n(p.actual)} < ${n(p.expected)}`,
    variant_applied: (p) =>
      `áp dụng biến thể “${p.label.vi}”: ${changes(p.changes, p.before)}, vì ${condition(p.when)} (${p.source ? `nguồn: ${p.source}; ` : ''}${VERIFIED[p.verification]})`,
    variant_not_applied: (p) =>
      `không áp dụng biến thể “${p.label.vi}”: biến thể chỉ áp dụng khi ${condition(p.when)} (khi đó ${changes(p.changes, p.before)})`,
    variant_unknown: (p) =>
      `kết quả phụ thuộc vào biến thể ${p.variants.map((v) => `“${v.label.vi}” (khi ${condition(v.when)}: ${changes(v.changes, v.before)})`).join('; ')}, nhưng chưa biết thuộc tính của đơn vị; hãy cung cấp danh sách đơn vị (units)`,
  },
};
