import type { GroupDefinition } from './common.js';

/**
 * The citizen groups of the Learning Citizen programme (677/QĐ-TTg, 324/QĐ-KHVN). A group picks a
 * record's form when the record does not name one. `resident`, `worker`, `official` and `learner`
 * are the four official forms of 324/QĐ-KHVN (parts 2–5); `household`, `clan` and `community` are
 * older names for the residents' form (part 2) that also say where the person belongs; `citizen`
 * is the shared base (part 1), which is not a form.
 */
export const coreGroups: Readonly<Record<string, GroupDefinition>> = /* @__PURE__ */ Object.freeze({
  citizen: {
    label: { vi: 'Người dân (bộ tiêu chí khung, không phải phiếu)', en: 'Citizens (the shared base, not a form)' },
  },
  resident: { label: { vi: 'Người dân trong xã', en: 'Residents of a commune' } },
  household: {
    label: { vi: 'Người lớn trong gia đình học tập', en: 'Adults in learning families' },
    description: {
      vi: 'Tên gọi khác của phiếu người dân trong xã (324/QĐ-KHVN, phần 2).',
      en: 'Another name for the residents’ form (324/QĐ-KHVN, part 2).',
    },
  },
  clan: {
    label: { vi: 'Người lớn trong dòng họ học tập', en: 'Adults in learning clans' },
    description: {
      vi: 'Tên gọi khác của phiếu người dân trong xã (324/QĐ-KHVN, phần 2).',
      en: 'Another name for the residents’ form (324/QĐ-KHVN, part 2).',
    },
  },
  community: {
    label: {
      vi: 'Người lớn trong cộng đồng học tập (thôn, làng, tổ dân phố)',
      en: 'Adults in learning communities (villages, residential groups)',
    },
    description: {
      vi: 'Tên gọi khác của phiếu người dân trong xã (324/QĐ-KHVN, phần 2).',
      en: 'Another name for the residents’ form (324/QĐ-KHVN, part 2).',
    },
  },
  official: { label: { vi: 'Cán bộ công nhân viên, doanh nhân', en: 'Staff and entrepreneurs' } },
  worker: { label: { vi: 'Người lao động', en: 'Workers' } },
  learner: { label: { vi: 'Học sinh, sinh viên, học viên', en: 'Pupils, students and learners' } },
});
