import type { IssueParams, XlsxProblem } from '../errors/params.js';
import type { ToolingIssueMessages } from './catalogue.js';
import { formatDate, formatList, formatNumber, formatPercent } from './format.js';

// Vietnamese messages of the tooling codes: readers, batches, plans, lint and the command line. They
// are kept apart from vi.ts so that an app bundling only the engine does not carry them.

const n = (x: number): string => formatNumber(x, 'vi');
const d = (iso: string): string => formatDate(iso, 'vi');

const notValidJson = (row: number, why: string): string => `Bản ghi thứ ${row} không phải JSON hợp lệ: ${why}`;

const xlsxWhy = (p: XlsxProblem): string => {
  switch (p.kind) {
    case 'unreadable':
      return `tệp hỏng hoặc không phải bảng tính XLSX (${p.detail})`;
    case 'no_worksheet':
      return `không có trang tính (${p.part})`;
    case 'doctype':
      return 'có DOCTYPE hoặc khai báo, tệp bảng tính không có';
    case 'tag_without_name':
      return 'thẻ không có tên';
    case 'ends_inside_tag':
      return 'XML kết thúc giữa một thẻ';
    case 'cell_outside_row':
      return 'một ô nằm ngoài dòng';
    case 'row_closed_twice':
      return 'một dòng đóng hai lần';
    case 'row_number':
      return `số dòng "${p.value}" sau dòng ${p.previous} không hợp lệ`;
    case 'cell_reference':
      return `địa chỉ ô "${p.value}" không hợp lệ`;
    case 'token_too_long':
      return `một thẻ, chú thích hoặc thực thể dài quá ${n(p.limit)} ký tự`;
    case 'too_deep':
      return `các phần tử lồng nhau quá ${n(p.limit)} cấp`;
    case 'too_many_styles':
      return `quá ${n(p.limit)} kiểu định dạng`;
    case 'too_many_merges':
      return `quá ${n(p.limit)} vùng gộp ô`;
    case 'too_many_parts':
      return `quá ${n(p.limit)} phần`;
    case 'missing_shared_string':
      return `chuỗi dùng chung số ${p.index} không tồn tại`;
    case 'not_a_number':
      return `"${p.text}" không phải là số`;
  }
};

const xlsxLimit = (p: IssueParams['xlsx_too_large']): string => {
  switch (p.kind) {
    case 'rows':
      return `trang tính có hơn ${n(p.limit)} dòng`;
    case 'shared_strings':
      return `bảng chuỗi dùng chung có hơn ${n(p.limit)} chuỗi`;
    case 'shared_string_chars':
      return `các chuỗi dùng chung dài hơn ${n(p.limit)} ký tự`;
    case 'stream':
      return `tệp từ luồng lớn hơn ${n(p.limit)} byte`;
    case 'part':
      return `phần ${p.part} lớn hơn ${n(p.limit)} byte khi giải nén`;
  }
};

const STATE: Readonly<Record<string, string>> = {
  draft: 'bản nháp',
  'self-assessed': 'đã tự đánh giá',
  reviewed: 'đã thẩm định',
  recognised: 'đã công nhận',
  refused: 'không công nhận',
  revoked: 'đã thu hồi',
};
const ACTION: Readonly<Record<string, string>> = {
  submit: 'nộp (tự đánh giá)',
  review: 'thẩm định',
  recognise: 'công nhận',
  refuse: 'từ chối công nhận',
  return: 'trả lại',
  revoke: 'thu hồi',
};
const LEVEL: Readonly<Record<string, string>> = {
  commune: 'xã',
  district: 'huyện',
  province: 'tỉnh',
  central: 'trung ương',
};
const DECISION: Readonly<Record<string, string>> = {
  awarded: 'đạt',
  'not-awarded': 'không đạt',
  undetermined: 'chưa xác định',
};

/**
 * Vietnamese messages of the tooling issue codes.
 *
 * @category Messages
 */
export const viTooling: ToolingIssueMessages = {
  aot_unsupported: (p) =>
    p.kind === 'operator'
      ? `không biên dịch trước được "${p.operator}": mô-đun độc lập chỉ dùng được các toán tử chuẩn và toán tử nghiệp vụ (toán tử của plugin chỉ chạy trong bộ máy)`
      : p.kind === 'value'
        ? `không ghi được giá trị kiểu ${p.type} vào mô-đun (luật đọc từ tệp JSON không có giá trị như vậy)`
        : 'không biên dịch trước được bộ tiêu chí tập thể: thành viên do bộ máy đánh giá (evaluateCollective)',
  batch_plugins_required: (p) =>
    p.kind === 'missing'
      ? `engine có plugin (${formatList(p.plugins)}): hãy truyền mô-đun của chúng (plugins) để các luồng nạp lại`
      : `các mô-đun plugin cho luồng song song nạp (${formatList(p.workers) || '–'}) khác plugin của engine (${formatList(p.engine) || '–'})`,
  batch_sources_required: () => 'chạy song song cần các tệp bộ tiêu chí (sources) để nạp lại trong từng luồng',
  batch_worker_failed: (p) => `luồng đánh giá song song bị lỗi: ${p.detail}`,
  cell_error: (p) => `Ô ${p.cell} chứa giá trị lỗi ${p.value}.`,
  duplicate_record: (p) =>
    `Người có mã "${p.id}" đã có bản ghi kỳ ${p.period} ở ${p.firstFile === undefined ? '' : `${p.firstFile} `}${p.at === 'record' ? 'bản ghi thứ' : 'dòng'} ${p.first}; bản ghi này bị loại.`,
  duplicate_unit: (p) =>
    p.kind === 'population'
      ? 'Đơn vị có hai dòng dân số.'
      : p.kind === 'listed'
        ? `đơn vị ${p.unit} đã có ở units[${p.first}] trong cùng thời gian`
        : `đơn vị cũ ${p.unit} đã được chuyển ở entries[${p.first}]`,
  effective_overlap: (p) =>
    `${p.framework} có hiệu lực từ ${d(p.from)} nhưng ${p.previous} vẫn còn hiệu lực (${d(p.previousFrom)} – ${
      p.previousUntil === null ? 'không thời hạn' : d(p.previousUntil)
    })`,
  evidence_never_read: (p) => `minh chứng "${p.field}" được khai báo nhưng không quy tắc nào đọc`,
  field_too_large: (p) =>
    p.kind === 'csv'
      ? `Dòng ${p.row}, cột ${p.column} dài quá ${n(p.limit)} byte (giới hạn của một ô).`
      : `Ô ${p.cell} dài quá ${n(p.limit)} ký tự (giới hạn của một ô).`,
  formula_without_value: (p) =>
    `Ô ${p.cell} có công thức nhưng không lưu kết quả (tệp do chương trình không tính công thức tạo ra); hãy mở và lưu lại bằng Excel hoặc LibreOffice.`,
  indicator_always_scores: (p) =>
    p.kind === 'literal'
      ? `chỉ số ${p.indicator} luôn được ${n(p.points)} điểm với mọi người (award là ${p.award})`
      : `quy tắc của chỉ số ${p.indicator} không đọc minh chứng nào nên cho mọi người cùng số điểm`,
  indicator_never_scores: (p) =>
    p.kind === 'never_applies'
      ? `chỉ số ${p.indicator} không bao giờ áp dụng (when luôn sai)`
      : `chỉ số ${p.indicator} không bao giờ có điểm (award là ${p.award})`,
  invalid_csv: (p) => {
    switch (p.kind) {
      case 'unclosed_quote':
        return `Dòng ${p.row} hỏng: dấu ngoặc kép mở nhưng không đóng đến hết tệp.`;
      case 'text_after_quote':
        return `Dòng ${p.row} hỏng: ký tự "${p.char}" đứng sau dấu ngoặc kép đóng.`;
      case 'cell_count':
        return `Dòng ${p.row} có ${n(p.cells)} ô nhưng dòng tiêu đề có ${n(p.columns)} cột.`;
      case 'beyond_header':
        return `Dòng ${p.row} có ô nằm ngoài các cột của dòng tiêu đề.`;
      case 'header_not_path':
        return `Cột ${p.column} của dòng tiêu đề "${p.text}" không phải đường dẫn trường (ví dụ data.tc1_1.self).`;
      case 'duplicate_column':
        return `Cột "${p.text}" bị lặp lại ở dòng tiêu đề.`;
      case 'unsplit':
        return `Dòng ${p.row} hỏng: không tách được các ô.`;
      case 'unreadable':
        return `Không đọc được tệp CSV: ${p.detail}`;
    }
  },
  invalid_date: (p) => `Tháng ${p.month} không có ngày ${p.day}.`,
  invalid_date_range: (p) => {
    switch (p.kind) {
      case 'plan_period':
        return 'Ngày bắt đầu sau ngày kết thúc.';
      case 'milestone':
        return `Mốc "${p.id}" bắt đầu sau khi kết thúc.`;
      case 'reporting_years':
        return 'Năm báo cáo đầu tiên sau năm cuối cùng.';
      case 'unit':
        return `đơn vị ${p.unit} hết hiệu lực (${d(p.until)}) trước khi có hiệu lực (${d(p.from)})`;
      case 'rule':
        return `quy định "${p.rule}" hết hiệu lực (${d(p.until)}) trước khi có hiệu lực (${d(p.from)})`;
    }
  },
  invalid_encoding: (p) => {
    const at = p.byte === undefined ? '' : `, byte thứ ${p.byte}`;
    if (p.kind === 'nul')
      return `Dòng ${p.row} chứa byte NUL (0x00) ở byte thứ ${p.byte}; tệp văn bản không có byte này (tệp hỏng, tệp nhị phân hoặc UTF-16?).`;
    return p.kind === 'utf16'
      ? `Tệp có vẻ được mã hoá UTF-16 (dòng ${p.row}${at}); hãy lưu lại dưới dạng UTF-8.`
      : `Dòng ${p.row} có byte không hợp lệ theo UTF-8${at} (có thể tệp lưu bằng Windows-1258 hoặc Latin-1); hãy lưu lại dưới dạng UTF-8.`;
  },
  invalid_json: (p) => {
    switch (p.kind) {
      case 'not_utf8':
        return 'tệp không phải UTF-8';
      case 'syntax':
        return `JSON không hợp lệ${p.line === undefined ? '' : ` (${p.line}:${p.column ?? 1})`}: ${p.detail}`;
      case 'line':
        return `Dòng ${p.line} không phải JSON hợp lệ: ${p.detail}`;
      case 'record':
        return notValidJson(p.row, p.detail);
      case 'empty_element':
        return notValidJson(p.row, 'phần tử rỗng (hai dấu phẩy liền nhau hoặc dấu phẩy thừa)');
      case 'unterminated_record':
        return notValidJson(p.row, 'tệp kết thúc giữa bản ghi này');
      case 'trailing':
        return `Có nội dung thừa sau khi tài liệu JSON đã kết thúc (dòng ${p.line}, cột ${p.column}).`;
      case 'not_records':
        return 'Tệp JSON phải là một mảng bản ghi hoặc một đối tượng có khoá "records" là mảng.';
    }
  },
  invalid_metric: (p) => `chỉ tiêu "${p.metric}" dùng "use" thì không ghi population/counted`,
  invalid_row: () => 'Dòng không phải kết quả đánh giá hợp lệ.',
  invalid_unit: () => 'Đơn vị phải là đối tượng cấp → tên.',
  invalid_xlsx: (p) => {
    if (p.kind === 'missing_shared_string' || p.kind === 'not_a_number') return `Ô ${p.cell}: ${xlsxWhy(p)}.`;
    return `Không đọc được tệp XLSX${p.row === undefined ? '' : ` từ dòng ${p.row}`}: ${xlsxWhy(p)}`;
  },
  merged_cell: (p) =>
    `Ô ${p.cell} nằm trong vùng gộp ô ${p.range} nên đọc ra rỗng; hãy bỏ gộp ô và điền giá trị cho từng dòng.`,
  missing_dependency: (p) =>
    `Cần gói "${p.package}" để ghi tệp XLSX nhưng gói này chưa được cài: chạy \`npm install ${p.package}\`.`,
  missing_metrics: () => 'Kế hoạch không có chỉ tiêu nào.',
  not_evaluations: (p) => {
    switch (p.kind) {
      case 'format':
        return `đây là tệp ${p.format.toUpperCase()}; lệnh report đọc kết quả đánh giá dạng NDJSON hoặc JSON (cdht evaluate --format ndjson hoặc json)`;
      case 'evidence':
        return `tệp chứa minh chứng (${n(p.rows)} dòng), không phải kết quả đánh giá: hãy chạy cdht evaluate trên tệp này rồi lập báo cáo từ kết quả`;
      case 'none':
        return `không dòng nào trong ${n(p.rows)} dòng là kết quả đánh giá hay dòng số liệu`;
    }
  },
  outside_scope: () => 'Đơn vị không thuộc phạm vi của kế hoạch.',
  plan_mismatch: (p) => {
    switch (p.kind) {
      case 'merge':
        return `Không thể gộp số liệu của kế hoạch "${p.other}" với "${p.plan}".`;
      case 'progress':
        return `Số liệu thuộc kế hoạch "${p.aggregate}", không phải "${p.plan}".`;
      case 'units':
        return `Không thể gộp số liệu theo đơn vị ${p.other === null ? 'như đã ghi' : `có hiệu lực ngày ${d(p.other)}`} với số liệu theo đơn vị ${p.asOf === null ? 'như đã ghi' : `có hiệu lực ngày ${d(p.asOf)}`}.`;
    }
  },
  plugin_load_failed: (p) => {
    const why =
      p.kind === 'import'
        ? p.detail
        : p.kind === 'factory'
          ? `hàm tạo plugin bị lỗi: ${p.detail}`
          : 'mô-đun không xuất plugin (cần export default một plugin { name, … }, một mảng plugin hoặc một hàm trả về chúng)';
    return `không nạp được plugin "${p.module}": ${why}`;
  },
  record_too_large: (p) =>
    `Bản ghi ở dòng ${p.row} dài quá ${n(p.limit)} ${p.unit === 'bytes' ? 'byte' : 'ký tự'} (giới hạn của một bản ghi); bản ghi bị loại, các dòng sau vẫn được đọc.`,
  scale_changed: (p) => {
    const share = (s: { total: number; max: number }): string =>
      `${n(s.total)}/${n(s.max)} điểm (${formatPercent(s.total / s.max, 'vi')})`;
    if (p.kind === 'maximum' && p.shared === true)
      return `điểm tối đa đổi từ ${n(p.before)} (${p.parent}) thành ${n(p.after)}: mọi danh hiệu ghi ngưỡng theo tỷ lệ điểm tối đa (totalShare) nên ngưỡng tự theo điểm mới`;
    return p.kind === 'maximum'
      ? `điểm tối đa đổi từ ${n(p.before)} (${p.parent}) thành ${n(p.after)}: ngưỡng tính theo điểm tuyệt đối của các danh hiệu đổi tỷ lệ; dùng totalShare nếu muốn giữ tỷ lệ`
      : `danh hiệu "${p.title}" cần ${share(p.after)} thay vì ${share(p.before)} như ${p.parent}: tỷ lệ người đạt sẽ thay đổi`;
  },
  rule_type_mismatch: (p) =>
    `${p.owner}: so sánh "${p.field}" (kiểu ${p.type}) với ${p.literal} bằng "${p.operator}": sai kiểu dữ liệu`,
  sample_missing: (p) => `không có dữ liệu mẫu ${p.path} (lệnh demo chạy trong kho mã nguồn cdht)`,
  unknown_file_kind: () => 'tệp không phải bộ tiêu chí, kế hoạch hay ca kiểm thử (cần một đối tượng JSON)',
  unknown_level: (p) =>
    p.kind === 'unit'
      ? 'Đơn vị có cấp không thuộc hệ thống cấp nào của kế hoạch.'
      : p.kind === 'scope'
        ? `Cấp "${p.level}" của phạm vi không có trong mọi hệ thống cấp.`
        : `quy định "${p.rule}" giao cho cấp "${p.level}" nhưng không hệ thống cấp nào có cấp này`,
  unknown_metric: (p) => `không có chỉ tiêu plugin "${p.metric}" (có: ${formatList(p.known) || 'không'})`,
  unordered_targets: (p) => `Các mục tiêu của "${p.metric}" phải theo thứ tự ngày tăng dần.`,
  xlsx_too_large: (p) => `Tệp XLSX vượt giới hạn: ${xlsxLimit(p)}; tệp không được đọc.`,
  date_order: (p) => `ngày ${d(p.date)} trước bước trước đó (${d(p.last)}); nhật ký chỉ ghi tiếp theo thứ tự thời gian`,
  invalid_transition: (p) => {
    switch (p.kind) {
      case 'state':
        return `không thể ${ACTION[p.action] ?? p.action} hồ sơ đang ở trạng thái “${STATE[p.state] ?? p.state}”: cần trạng thái ${p.from.map((x) => `“${STATE[x] ?? x}”`).join(' hoặc ')}`;
      case 'scores':
        return `chỉ bước thẩm định mới được ghi điểm, không phải bước ${ACTION[p.action] ?? p.action}`;
      case 'sequence':
        return `số thứ tự ${p.seq}, cần ${p.expected}`;
      case 'recorded':
        return `bước ${p.seq} ghi ${STATE[p.from] ?? p.from} → ${STATE[p.to] ?? p.to}, nhưng quy trình cho ${STATE[p.expectedFrom] ?? p.expectedFrom} → ${STATE[p.expectedTo] ?? p.expectedTo}`;
      case 'dossier_state':
        return `hồ sơ ghi trạng thái “${STATE[p.state] ?? p.state}” nhưng nhật ký cho “${STATE[p.log] ?? p.log}”`;
    }
  },
  no_recognition_rule: (p) =>
    `quy trình không quy định ai công nhận ${p.level === null ? 'người dân (không có đơn vị công tác)' : `cán bộ của đơn vị cấp ${LEVEL[p.level] ?? p.level}`} vào ngày ${d(p.date)}`,
  not_eligible: (p) =>
    `không thể công nhận: kết quả đánh giá là “${DECISION[p.decision] ?? p.decision}”, chưa đạt danh hiệu`,
  not_the_person: (p) => `chỉ chính người có hồ sơ (${p.person}) được thực hiện bước này`,
  reason_required: (p) =>
    p.scores
      ? 'người thẩm định thay điểm tự đánh giá thì phải ghi lý do'
      : `${ACTION[p.action] ?? p.action} hồ sơ phải ghi lý do`,
  role_not_allowed: (p) =>
    `vai trò “${p.role}” không được ${ACTION[p.action] ?? p.action} hồ sơ này (được: ${formatList(p.allowed)})`,
  unit_not_in_force: () =>
    'Đơn vị không thuộc hệ thống đơn vị có hiệu lực vào ngày báo cáo (ví dụ đơn vị cấp huyện sau 01/7/2025); cần bảng chuyển đổi đơn vị cũ sang đơn vị mới.',
  wrong_unit: (p) =>
    p.expected === null
      ? `người thực hiện thuộc ${p.actual}, nhưng đơn vị của hồ sơ không thuộc hệ thống đơn vị có hiệu lực ngày đó`
      : `người thực hiện thuộc ${p.actual}, nhưng hồ sơ này do ${p.expected} xử lý`,
};
