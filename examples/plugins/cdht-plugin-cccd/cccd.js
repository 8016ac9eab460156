// Province codes that open a 12-digit citizen ID (số định danh cá nhân / CCCD), per Thông tư 07/2016/TT-BCA
// (63 provinces before the 2025 mergers). IDs issued before the mergers keep these codes.
const PROVINCE_CODES = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

/**
 * Normalises a typed citizen ID: strips spaces, dots and dashes people put between digit groups.
 * @param {unknown} raw
 * @returns {string | undefined}
 */
export function parseCccd(raw) {
  if (typeof raw === 'number' && Number.isInteger(raw)) raw = String(raw).padStart(12, '0');
  if (typeof raw !== 'string') return undefined;
  return raw.replace(/[\s.-]/g, '');
}

/**
 * What is wrong with a citizen ID, or null when it is well-formed.
 * The 4th digit encodes century and sex (0–9 all occur), digits 5–6 the birth year.
 * @param {unknown} value
 * @returns {{ vi: string, en: string } | null}
 */
export function checkCccd(value) {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) {
    return { vi: 'số CCCD phải gồm đúng 12 chữ số', en: 'a citizen ID has exactly 12 digits' };
  }
  if (!PROVINCE_CODES.has(value.slice(0, 3))) {
    return {
      vi: `mã tỉnh ${value.slice(0, 3)} không tồn tại`,
      en: `province code ${value.slice(0, 3)} does not exist`,
    };
  }
  return null;
}

/**
 * Birth year encoded in a well-formed citizen ID.
 * @param {string} value
 * @returns {number}
 */
export function birthYearOf(value) {
  const century = 1900 + Math.floor(Number(value[3]) / 2) * 100;
  return century + Number(value.slice(4, 6));
}
