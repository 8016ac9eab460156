import type { GroupDefinition } from './common.js';

/** The citizen groups of the Learning Citizen programme (677/QĐ-TTg, 324/QĐ-KHVN). */
export const coreGroups: Readonly<Record<string, GroupDefinition>> = Object.freeze({
  citizen: { label: { vi: 'Người dân', en: 'Citizens' } },
  household: { label: { vi: 'Người lớn trong gia đình học tập', en: 'Adults in learning families' } },
  clan: { label: { vi: 'Người lớn trong dòng họ học tập', en: 'Adults in learning clans' } },
  community: {
    label: {
      vi: 'Người lớn trong cộng đồng học tập (thôn, làng, tổ dân phố)',
      en: 'Adults in learning communities (villages, residential groups)',
    },
  },
  official: {
    label: {
      vi: 'Cán bộ, công chức, viên chức trong đơn vị học tập',
      en: 'Officials, civil servants and public employees in learning units',
    },
  },
  worker: { label: { vi: 'Người lao động', en: 'Workers' } },
  learner: { label: { vi: 'Học sinh, sinh viên, học viên', en: 'Pupils, students and learners' } },
});
