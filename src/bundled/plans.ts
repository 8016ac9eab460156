// Generated from criteria/ by scripts/generate-criteria.ts (`npm run criteria`): do not edit.
// `npm run criteria:check` (part of `npm test`) fails when this file and criteria/ differ.
import plan_kon_ray_2022 from '../../criteria/plans/kon-ray-2022.json' with { type: 'json' };
import plan_kon_tum_1514_2022 from '../../criteria/plans/kon-tum-1514-2022.json' with { type: 'json' };
import plan_qd_387_2022 from '../../criteria/plans/qd-387-2022.json' with { type: 'json' };
import plan_qd_677_2022 from '../../criteria/plans/qd-677-2022.json' with { type: 'json' };
import { _deepFreeze } from './freeze.js';
import type { BundledPlan } from './types.js';

/**
 * Every target plan bundled with the package, in file order. `loadPlan` resolves their ids as parents.
 *
 * @category Criteria
 */
export const plans: readonly BundledPlan[] = /* @__PURE__ */ _deepFreeze([
  { file: 'criteria/plans/kon-ray-2022.json', id: 'kon-ray-2022', version: '1.0.0', json: plan_kon_ray_2022 },
  {
    file: 'criteria/plans/kon-tum-1514-2022.json',
    id: 'kon-tum-1514-2022',
    version: '1.0.0',
    json: plan_kon_tum_1514_2022,
  },
  { file: 'criteria/plans/qd-387-2022.json', id: 'qd-387-2022', version: '1.0.0', json: plan_qd_387_2022 },
  { file: 'criteria/plans/qd-677-2022.json', id: 'qd-677-2022', version: '1.0.0', json: plan_qd_677_2022 },
]);
