import type { Reason } from '../format/evaluation.js';

const fmt = (n: number): string => String(Math.round(n * 100) / 100);
const fmtVi = (n: number): string => fmt(n).replace('.', ',');

/** @internal */
export function totalBelow(actual: number, expected: number, possible: boolean): Reason {
  return {
    code: 'total_below_min',
    actual,
    expected,
    message: possible
      ? {
          vi: `tổng điểm tối đa có thể đạt ${fmtVi(actual)} < ${fmtVi(expected)}`,
          en: `highest possible total ${fmt(actual)} < ${fmt(expected)}`,
        }
      : { vi: `tổng điểm ${fmtVi(actual)} < ${fmtVi(expected)}`, en: `total ${fmt(actual)} < ${fmt(expected)}` },
  };
}

/** @internal */
export function indicatorBelow(id: string, actual: number, expected: number): Reason {
  return {
    code: 'indicator_below_min',
    target: id,
    actual,
    expected,
    message: {
      vi: `chỉ số ${id} đạt ${fmtVi(actual)} < ${fmtVi(expected)}`,
      en: `indicator ${id} scored ${fmt(actual)} < ${fmt(expected)}`,
    },
  };
}

/** @internal */
export function criterionBelow(id: string, actual: number, expected: number, possible: boolean): Reason {
  return {
    code: 'criterion_below_min',
    target: id,
    actual,
    expected,
    message: possible
      ? {
          vi: `tiêu chí ${id} tối đa có thể đạt ${fmtVi(actual)} < ${fmtVi(expected)}`,
          en: `criterion ${id} can reach at most ${fmt(actual)} < ${fmt(expected)}`,
        }
      : {
          vi: `tiêu chí ${id} đạt ${fmtVi(actual)} < ${fmtVi(expected)}`,
          en: `criterion ${id} scored ${fmt(actual)} < ${fmt(expected)}`,
        },
  };
}

/** @internal */
export function ruleFailed(titleId: string): Reason {
  return {
    code: 'title_rule_failed',
    target: titleId,
    message: {
      vi: `không thỏa điều kiện bổ sung của danh hiệu ${titleId}`,
      en: `the additional condition of title ${titleId} is not met`,
    },
  };
}

/** @internal */
export function evidenceMissing(ids: readonly string[]): Reason {
  const list = ids.join(', ');
  return {
    code: 'evidence_missing',
    message: {
      vi: `thiếu minh chứng cho ${ids.length > 1 ? 'các chỉ số' : 'chỉ số'} ${list}; kết quả có thể thay đổi khi bổ sung`,
      en: `evidence is missing for ${ids.length > 1 ? 'indicators' : 'indicator'} ${list}; the outcome may change once supplied`,
    },
  };
}

/** @internal */
export function requirementsMet(total: number, expected: number): Reason {
  return {
    code: 'requirements_met',
    actual: total,
    expected,
    message: {
      vi: `đạt mọi yêu cầu (tổng điểm ${fmtVi(total)} ≥ ${fmtVi(expected)})`,
      en: `meets every requirement (total ${fmt(total)} ≥ ${fmt(expected)})`,
    },
  };
}
