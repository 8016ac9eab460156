/**
 * Kon Rẫy district (Kon Tum province) as used by the SYNTHETIC sample population: the 7
 * commune-level units are real (CRITERIA.md §9); village counts add up to the district's 49 but
 * every village name other than "Thôn N" is invented in Ba Na / Xơ Đăng style, and every agency
 * name is illustrative.
 */
export const PROVINCE = 'Kon Tum';
export const DISTRICT = 'Kon Rẫy';

export interface SampleCommune {
  /** Name as used in units (without "xã"/"thị trấn"). */
  readonly name: string;
  /** `xã` or `thị trấn`. */
  readonly kind: 'xã' | 'thị trấn';
  /** 2009 census population, used only to weight how many persons live there. */
  readonly people: number;
  readonly villages: readonly string[];
}

const numbered = (n: number): string[] => Array.from({ length: n }, (_, i) => `Thôn ${i + 1}`);

/** The communes, with synthetic villages (49 in all). */
export const COMMUNES: readonly SampleCommune[] = [
  { name: 'Đắk Rve', kind: 'thị trấn', people: 4861, villages: [...numbered(5), 'Kon Bơ Đe', 'Kon Kơ Lah'] },
  {
    name: 'Đắk Kôi',
    kind: 'xã',
    people: 2233,
    villages: [...numbered(3), 'Kon Blơ', 'Kon Rơ Ngang', 'Kon Jơ Dri'],
  },
  {
    name: 'Đắk Pne',
    kind: 'xã',
    people: 1620,
    villages: ['Kon Hnang', 'Kon Klông', 'Đăk Lâng Pơ', 'Tu Rơ Hơi'],
  },
  { name: 'Đắk Ruồng', kind: 'xã', people: 3742, villages: [...numbered(7), 'Kon Hơ Drei', 'Kon Sơ Mă'] },
  { name: 'Đắk Tơ Lung', kind: 'xã', people: 2010, villages: [...numbered(4), 'Kon Tơ Jông', 'Đăk Ơ Ring'] },
  { name: 'Đắk Tờ Re', kind: 'xã', people: 4771, villages: [...numbered(8), 'Kon Bơ Dreh', 'Kon Hơ Lơng'] },
  { name: 'Tân Lập', kind: 'xã', people: 3385, villages: [...numbered(6), 'Kon Rơ Wang'] },
];

export interface SampleAgency {
  readonly name: string;
  /** The commune it belongs to, when it is a commune-level unit. */
  readonly commune?: string;
  readonly group: 'official' | 'worker';
  /** Relative size, used to spread persons. */
  readonly weight: number;
}

/** Agencies and units whose staff take the self-assessment (illustrative names). */
export const AGENCIES: readonly SampleAgency[] = [
  { name: 'UBND huyện Kon Rẫy', group: 'official', weight: 6 },
  { name: 'Phòng Giáo dục và Đào tạo huyện Kon Rẫy', group: 'official', weight: 2 },
  { name: 'Trung tâm Y tế huyện Kon Rẫy', group: 'worker', weight: 6 },
  { name: 'Trường Phổ thông Dân tộc nội trú huyện Kon Rẫy', group: 'official', weight: 3 },
  ...COMMUNES.flatMap((c): SampleAgency[] => [
    { name: `UBND ${c.kind} ${c.name}`, commune: c.name, group: 'official', weight: 3 },
    { name: `Trường Tiểu học ${c.name}`, commune: c.name, group: 'official', weight: 2 },
    { name: `Hợp tác xã nông nghiệp ${c.name}`, commune: c.name, group: 'worker', weight: 1 },
  ]),
];

/** Kinh family names, weighted roughly by frequency. */
export const KINH_FAMILY = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
export const KINH_MIDDLE_MALE = ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành'];
export const KINH_MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Hồng'];
export const KINH_GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thắng',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
];
export const KINH_GIVEN_FEMALE = [
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Liên',
  'Mai',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phương',
  'Thảo',
  'Trang',
  'Yến',
];
/** Ba Na / Xơ Đăng style given names (invented combinations); men are often called A…, women Y…. */
export const MINORITY_GIVEN = [
  'Blưn',
  'Brông',
  'Djơ',
  'Hyơk',
  'Klưch',
  'Krông',
  'Luih',
  'Mlơ',
  'Nhưm',
  'Pơ Lê',
  'Rin',
  'Rơh',
  'Thiêu',
  'Tơ Ngar',
  'Wưch',
  'Xíu',
  'Hmới',
  'Drim',
];
/** Family names common among Ba Na and Xơ Đăng people when one is written. */
export const MINORITY_FAMILY = ['Đinh', 'A', 'Y'];

/** Learning activities as a commune records them. */
export const ACTIVITIES = [
  'Lớp tập huấn kỹ thuật trồng cà phê',
  'Sinh hoạt câu lạc bộ đọc sách',
  'Đọc sách tại thư viện xã',
  'Lớp học tiếng Việt cho người dân tộc thiểu số',
  'Tọa đàm về chuyển đổi số',
  'Khoá học trực tuyến về dịch vụ công',
  'Lớp xoá mù chữ buổi tối',
  'Tập huấn chăn nuôi bò',
];

/** Roles of study-promotion association cadres. */
export const CADRE_ROLES = [
  'Chủ tịch Hội Khuyến học xã',
  'Phó Chủ tịch Hội Khuyến học xã',
  'Chi hội trưởng khuyến học thôn',
  'Ủy viên Ban chấp hành Hội Khuyến học',
];
