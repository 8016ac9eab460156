// Generated from criteria/ by scripts/generate-criteria.ts (`npm run criteria`): do not edit.
// `npm run criteria:check` (part of `npm test`) fails when this file and criteria/ differ.
import cdht_1_0_0_cases from '../../criteria/cdht/1.0.0.cases.json' with { type: 'json' };
import cdht_2_0_0_cases from '../../criteria/cdht/2.0.0.cases.json' with { type: 'json' };
import cdht_clan_1_0_0_cases from '../../criteria/cdht-clan/1.0.0.cases.json' with { type: 'json' };
import cdht_clan_2_0_0_cases from '../../criteria/cdht-clan/2.0.0.cases.json' with { type: 'json' };
import cdht_community_1_0_0_cases from '../../criteria/cdht-community/1.0.0.cases.json' with { type: 'json' };
import cdht_community_2_0_0_cases from '../../criteria/cdht-community/2.0.0.cases.json' with { type: 'json' };
import cdht_household_1_0_0_cases from '../../criteria/cdht-household/1.0.0.cases.json' with { type: 'json' };
import cdht_household_2_0_0_cases from '../../criteria/cdht-household/2.0.0.cases.json' with { type: 'json' };
import cdht_learner_2_0_0_cases from '../../criteria/cdht-learner/2.0.0.cases.json' with { type: 'json' };
import cdht_official_1_0_0_cases from '../../criteria/cdht-official/1.0.0.cases.json' with { type: 'json' };
import cdht_official_2_0_0_cases from '../../criteria/cdht-official/2.0.0.cases.json' with { type: 'json' };
import cdht_resident_1_0_0_cases from '../../criteria/cdht-resident/1.0.0.cases.json' with { type: 'json' };
import cdht_resident_2_0_0_cases from '../../criteria/cdht-resident/2.0.0.cases.json' with { type: 'json' };
import cdht_worker_1_0_0_cases from '../../criteria/cdht-worker/1.0.0.cases.json' with { type: 'json' };
import cdht_worker_2_0_0_cases from '../../criteria/cdht-worker/2.0.0.cases.json' with { type: 'json' };
import cong_dong_hoc_tap_thon_1_0_0_cases from '../../criteria/cong-dong-hoc-tap-thon/1.0.0.cases.json' with {
  type: 'json',
};
import cong_dong_hoc_tap_xa_1_0_0_cases from '../../criteria/cong-dong-hoc-tap-xa/1.0.0.cases.json' with {
  type: 'json',
};
import don_vi_hoc_tap_huyen_1_0_0_cases from '../../criteria/don-vi-hoc-tap-huyen/1.0.0.cases.json' with {
  type: 'json',
};
import don_vi_hoc_tap_tinh_1_0_0_cases from '../../criteria/don-vi-hoc-tap-tinh/1.0.0.cases.json' with { type: 'json' };
import don_vi_hoc_tap_xa_1_0_0_cases from '../../criteria/don-vi-hoc-tap-xa/1.0.0.cases.json' with { type: 'json' };
import dong_ho_hoc_tap_1_0_0_cases from '../../criteria/dong-ho-hoc-tap/1.0.0.cases.json' with { type: 'json' };
import gia_dinh_hoc_tap_1_0_0_cases from '../../criteria/gia-dinh-hoc-tap/1.0.0.cases.json' with { type: 'json' };
import { _deepFreeze } from './freeze.js';
import type { BundledCaseFile } from './types.js';

/**
 * Every case file bundled with the package (worked examples with expected results), in file order.
 *
 * @category Criteria
 */
export const cases: readonly BundledCaseFile[] = /* @__PURE__ */ _deepFreeze([
  { file: 'criteria/cdht/1.0.0.cases.json', framework: 'cdht', version: '1.0.0', json: cdht_1_0_0_cases },
  { file: 'criteria/cdht/2.0.0.cases.json', framework: 'cdht', version: '2.0.0', json: cdht_2_0_0_cases },
  {
    file: 'criteria/cdht-clan/1.0.0.cases.json',
    framework: 'cdht-clan',
    version: '1.0.0',
    json: cdht_clan_1_0_0_cases,
  },
  {
    file: 'criteria/cdht-clan/2.0.0.cases.json',
    framework: 'cdht-clan',
    version: '2.0.0',
    json: cdht_clan_2_0_0_cases,
  },
  {
    file: 'criteria/cdht-community/1.0.0.cases.json',
    framework: 'cdht-community',
    version: '1.0.0',
    json: cdht_community_1_0_0_cases,
  },
  {
    file: 'criteria/cdht-community/2.0.0.cases.json',
    framework: 'cdht-community',
    version: '2.0.0',
    json: cdht_community_2_0_0_cases,
  },
  {
    file: 'criteria/cdht-household/1.0.0.cases.json',
    framework: 'cdht-household',
    version: '1.0.0',
    json: cdht_household_1_0_0_cases,
  },
  {
    file: 'criteria/cdht-household/2.0.0.cases.json',
    framework: 'cdht-household',
    version: '2.0.0',
    json: cdht_household_2_0_0_cases,
  },
  {
    file: 'criteria/cdht-learner/2.0.0.cases.json',
    framework: 'cdht-learner',
    version: '2.0.0',
    json: cdht_learner_2_0_0_cases,
  },
  {
    file: 'criteria/cdht-official/1.0.0.cases.json',
    framework: 'cdht-official',
    version: '1.0.0',
    json: cdht_official_1_0_0_cases,
  },
  {
    file: 'criteria/cdht-official/2.0.0.cases.json',
    framework: 'cdht-official',
    version: '2.0.0',
    json: cdht_official_2_0_0_cases,
  },
  {
    file: 'criteria/cdht-resident/1.0.0.cases.json',
    framework: 'cdht-resident',
    version: '1.0.0',
    json: cdht_resident_1_0_0_cases,
  },
  {
    file: 'criteria/cdht-resident/2.0.0.cases.json',
    framework: 'cdht-resident',
    version: '2.0.0',
    json: cdht_resident_2_0_0_cases,
  },
  {
    file: 'criteria/cdht-worker/1.0.0.cases.json',
    framework: 'cdht-worker',
    version: '1.0.0',
    json: cdht_worker_1_0_0_cases,
  },
  {
    file: 'criteria/cdht-worker/2.0.0.cases.json',
    framework: 'cdht-worker',
    version: '2.0.0',
    json: cdht_worker_2_0_0_cases,
  },
  {
    file: 'criteria/cong-dong-hoc-tap-thon/1.0.0.cases.json',
    framework: 'cong-dong-hoc-tap-thon',
    version: '1.0.0',
    json: cong_dong_hoc_tap_thon_1_0_0_cases,
  },
  {
    file: 'criteria/cong-dong-hoc-tap-xa/1.0.0.cases.json',
    framework: 'cong-dong-hoc-tap-xa',
    version: '1.0.0',
    json: cong_dong_hoc_tap_xa_1_0_0_cases,
  },
  {
    file: 'criteria/don-vi-hoc-tap-huyen/1.0.0.cases.json',
    framework: 'don-vi-hoc-tap-huyen',
    version: '1.0.0',
    json: don_vi_hoc_tap_huyen_1_0_0_cases,
  },
  {
    file: 'criteria/don-vi-hoc-tap-tinh/1.0.0.cases.json',
    framework: 'don-vi-hoc-tap-tinh',
    version: '1.0.0',
    json: don_vi_hoc_tap_tinh_1_0_0_cases,
  },
  {
    file: 'criteria/don-vi-hoc-tap-xa/1.0.0.cases.json',
    framework: 'don-vi-hoc-tap-xa',
    version: '1.0.0',
    json: don_vi_hoc_tap_xa_1_0_0_cases,
  },
  {
    file: 'criteria/dong-ho-hoc-tap/1.0.0.cases.json',
    framework: 'dong-ho-hoc-tap',
    version: '1.0.0',
    json: dong_ho_hoc_tap_1_0_0_cases,
  },
  {
    file: 'criteria/gia-dinh-hoc-tap/1.0.0.cases.json',
    framework: 'gia-dinh-hoc-tap',
    version: '1.0.0',
    json: gia_dinh_hoc_tap_1_0_0_cases,
  },
]);
