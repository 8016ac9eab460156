// Generated from criteria/ by scripts/generate-criteria.ts (`npm run criteria`): do not edit.
// `npm run criteria:check` (part of `npm test`) fails when this file and criteria/ differ.
import policy_kon_ray_2022 from '../../criteria/policies/kon-ray-2022.json' with { type: 'json' };
import { _deepFreeze } from './freeze.js';
import type { BundledPolicy } from './types.js';

/**
 * Every recognition policy bundled with the package (who submits, reviews and recognises), for `loadRecognitionPolicy(policy.json)`.
 *
 * @category Criteria
 */
export const policies: readonly BundledPolicy[] = /* @__PURE__ */ _deepFreeze([
  { file: 'criteria/policies/kon-ray-2022.json', id: 'kon-ray-2022', version: '1.0.0', json: policy_kon_ray_2022 },
]);
