import type { LocalizedText } from 'cdht';

/** Languages of the portal: Vietnamese first, English on request. */
export type Lang = 'vi' | 'en';

const KEY = 'cdht-portal-lang';

/** The chosen language (kept in this browser). */
export function lang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Switches the language and redraws. */
export function setLang(next: Lang): void {
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Storage refused (private mode): the switch lasts until the page reloads.
  }
  document.documentElement.lang = next;
}

/** A framework's or the library's text in the chosen language. */
export const pick = (text: LocalizedText | { vi: string; en: string } | undefined): string =>
  text ? text[lang()] : '';

const TEXT = {
  appTitle: { vi: 'Công dân học tập', en: 'Learning Citizen' },
  sampleBanner: {
    vi: 'DỮ LIỆU MẪU: mọi người và điểm số ở đây là tổng hợp, không phải người thật.',
    en: 'SAMPLE DATA: every person and score here is synthetic, not a real person.',
  },
  switchLang: { vi: 'English', en: 'Tiếng Việt' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  badCredentials: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  selfAssessment: { vi: 'Tự đánh giá', en: 'Self-assessment' },
  period: { vi: 'Năm đánh giá', en: 'Assessment year' },
  form: { vi: 'Mẫu phiếu (bộ tiêu chí)', en: 'Form (criteria)' },
  exampleForm: { vi: 'ví dụ, không chính thức', en: 'example, not official' },
  otherEvidence: { vi: 'Thông tin khác', en: 'Other information' },
  proofs: { vi: 'Giấy tờ minh chứng tôi có', en: 'Proof documents I have' },
  points: { vi: 'điểm', en: 'points' },
  range: { vi: 'Từ {min} đến {max}', en: 'From {min} to {max}' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  notAnswered: { vi: '— chưa trả lời —', en: '— not answered —' },
  add: { vi: 'Thêm', en: 'Add' },
  remove: { vi: 'Xoá', en: 'Remove' },
  result: { vi: 'Kết quả tạm tính', en: 'Provisional result' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  reasons: { vi: 'Lý do', en: 'Reasons' },
  gap: { vi: 'Còn thiếu', en: 'Still needed' },
  gapPoints: { vi: '{n} điểm', en: '{n} points' },
  awarded: { vi: 'Đạt', en: 'Awarded' },
  'not-awarded': { vi: 'Chưa đạt', en: 'Not awarded' },
  undetermined: { vi: 'Chưa xác định (còn thiếu thông tin)', en: 'Undetermined (information missing)' },
  problems: { vi: 'Cần sửa trước khi tính điểm', en: 'To fix before scoring' },
  saveDraft: { vi: 'Lưu nháp', en: 'Save draft' },
  submit: { vi: 'Nộp để thẩm định', en: 'Submit for review' },
  saved: { vi: 'Đã lưu nháp.', en: 'Draft saved.' },
  savedOffline: {
    vi: 'Không có mạng: đã lưu trên máy này, sẽ gửi khi có mạng.',
    en: 'Offline: saved on this device, to be sent when online.',
  },
  submitted: { vi: 'Đã nộp. Hồ sơ đang chờ thẩm định.', en: 'Submitted. The dossier awaits review.' },
  confirmSubmit: { vi: 'Nộp hồ sơ? Sau khi nộp không sửa được nữa.', en: 'Submit? It cannot be edited afterwards.' },
  state: { vi: 'Trạng thái', en: 'State' },
  draft: { vi: 'Nháp', en: 'Draft' },
  'self-assessed': { vi: 'Đã tự đánh giá, chờ thẩm định', en: 'Self-assessed, awaiting review' },
  reviewed: { vi: 'Đã thẩm định', en: 'Reviewed' },
  recognised: { vi: 'Đã công nhận', en: 'Recognised' },
  refused: { vi: 'Không công nhận', en: 'Refused' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  dossiers: { vi: 'Hồ sơ của xã', en: 'Dossiers of the commune' },
  name: { vi: 'Họ và tên', en: 'Name' },
  unit: { vi: 'Thôn', en: 'Village' },
  decision: { vi: 'Kết quả', en: 'Decision' },
  open: { vi: 'Mở', en: 'Open' },
  forbidden: { vi: 'Bạn không có quyền xem trang này.', en: 'You may not see this page.' },
  error: { vi: 'Có lỗi, vui lòng thử lại.', en: 'Something went wrong; please try again.' },
  notFound: { vi: 'Không tìm thấy.', en: 'Not found.' },
  reports: { vi: 'Báo cáo', en: 'Reports' },
  history: { vi: 'Lịch sử', en: 'History' },
  back: { vi: 'Quay lại', en: 'Back' },
  all: { vi: 'Tất cả', en: 'All' },
  reviewTitle: { vi: 'Thẩm định và công nhận', en: 'Review and recognition' },
  reviewHelp: {
    vi: 'Điểm thẩm định thay điểm tự đánh giá; đổi điểm thì phải ghi lý do.',
    en: 'The reviewer’s score replaces the self-assessment; a changed score needs a reason.',
  },
  indicator: { vi: 'Mục', en: 'Field' },
  selfScore: { vi: 'Tự chấm', en: 'Self-assessed' },
  reviewedScore: { vi: 'Điểm thẩm định', en: 'Reviewer’s score' },
  reason: {
    vi: 'Lý do (bắt buộc khi đổi điểm, trả lại, không công nhận, thu hồi)',
    en: 'Reason (required to change a score, return, refuse or revoke)',
  },
  actReview: { vi: 'Thẩm định', en: 'Review' },
  actRecognise: { vi: 'Công nhận', en: 'Recognise' },
  actRefuse: { vi: 'Không công nhận', en: 'Refuse' },
  actReturn: { vi: 'Trả lại để bổ sung', en: 'Return for completion' },
  actRevoke: { vi: 'Thu hồi', en: 'Revoke' },
  stepRefused: { vi: 'Không thực hiện được bước này:', en: 'This step was refused:' },
  rollUp: { vi: 'Tổng hợp theo xã', en: 'Roll-up by commune' },
  commune: { vi: 'Xã', en: 'Commune' },
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  waitDraft: { vi: 'Chờ người dân (nháp)', en: 'With the person (draft)' },
  waitReview: { vi: 'Chờ thẩm định', en: 'Awaiting review' },
  waitRecognition: { vi: 'Chờ công nhận', en: 'Awaiting recognition' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
  asOf: { vi: 'Tính đến ngày {date}', en: 'As of {date}' },
  noData: { vi: 'Chưa có hồ sơ.', en: 'No dossiers yet.' },
  downloads: { vi: 'Tải về', en: 'Downloads' },
  recognitionList: { vi: 'Danh sách công nhận', en: 'Recognition list' },
  progressReport: { vi: 'Báo cáo tiến độ', en: 'Progress report' },
  rollUpOnly: {
    vi: 'Cấp huyện, tỉnh chỉ xem số liệu tổng hợp, không có thông tin cá nhân.',
    en: 'District and province see counts only, no personal data.',
  },
} satisfies Record<string, { vi: string; en: string }>;

/** A text key. */
export type TextKey = keyof typeof TEXT;

/** A portal text in the chosen language, with `{name}` placeholders filled. */
export function t(key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang()].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Whether a string names a portal text (dossier states and decisions do). */
export const isTextKey = (key: string): key is TextKey => Object.hasOwn(TEXT, key);
