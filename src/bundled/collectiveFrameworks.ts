// Generated from criteria/ by scripts/generate-criteria.ts (`npm run criteria`): do not edit.
// `npm run criteria:check` (part of `npm test`) fails when this file and criteria/ differ.
import cong_dong_hoc_tap_thon_1_0_0 from '../../criteria/cong-dong-hoc-tap-thon/1.0.0.json' with { type: 'json' };
import cong_dong_hoc_tap_xa_1_0_0 from '../../criteria/cong-dong-hoc-tap-xa/1.0.0.json' with { type: 'json' };
import don_vi_hoc_tap_huyen_1_0_0 from '../../criteria/don-vi-hoc-tap-huyen/1.0.0.json' with { type: 'json' };
import don_vi_hoc_tap_tinh_1_0_0 from '../../criteria/don-vi-hoc-tap-tinh/1.0.0.json' with { type: 'json' };
import don_vi_hoc_tap_xa_1_0_0 from '../../criteria/don-vi-hoc-tap-xa/1.0.0.json' with { type: 'json' };
import dong_ho_hoc_tap_1_0_0 from '../../criteria/dong-ho-hoc-tap/1.0.0.json' with { type: 'json' };
import gia_dinh_hoc_tap_1_0_0 from '../../criteria/gia-dinh-hoc-tap/1.0.0.json' with { type: 'json' };
import { _deepFreeze } from './freeze.js';
import type { BundledFramework } from './types.js';

/**
 * Every collective framework file bundled with the package (families, clans, communities, units), in file order: `engine.loadAll([...frameworks, ...collectiveFrameworks])`.
 *
 * @category Criteria
 */
export const collectiveFrameworks: readonly BundledFramework[] = /* @__PURE__ */ _deepFreeze([
  {
    file: 'criteria/cong-dong-hoc-tap-thon/1.0.0.json',
    id: 'cong-dong-hoc-tap-thon',
    version: '1.0.0',
    json: cong_dong_hoc_tap_thon_1_0_0,
  },
  {
    file: 'criteria/cong-dong-hoc-tap-xa/1.0.0.json',
    id: 'cong-dong-hoc-tap-xa',
    version: '1.0.0',
    json: cong_dong_hoc_tap_xa_1_0_0,
  },
  {
    file: 'criteria/don-vi-hoc-tap-huyen/1.0.0.json',
    id: 'don-vi-hoc-tap-huyen',
    version: '1.0.0',
    json: don_vi_hoc_tap_huyen_1_0_0,
  },
  {
    file: 'criteria/don-vi-hoc-tap-tinh/1.0.0.json',
    id: 'don-vi-hoc-tap-tinh',
    version: '1.0.0',
    json: don_vi_hoc_tap_tinh_1_0_0,
  },
  {
    file: 'criteria/don-vi-hoc-tap-xa/1.0.0.json',
    id: 'don-vi-hoc-tap-xa',
    version: '1.0.0',
    json: don_vi_hoc_tap_xa_1_0_0,
  },
  { file: 'criteria/dong-ho-hoc-tap/1.0.0.json', id: 'dong-ho-hoc-tap', version: '1.0.0', json: dong_ho_hoc_tap_1_0_0 },
  {
    file: 'criteria/gia-dinh-hoc-tap/1.0.0.json',
    id: 'gia-dinh-hoc-tap',
    version: '1.0.0',
    json: gia_dinh_hoc_tap_1_0_0,
  },
]);
