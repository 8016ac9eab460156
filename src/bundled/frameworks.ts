// Generated from criteria/ by scripts/generate-criteria.ts (`npm run criteria`): do not edit.
// `npm run criteria:check` (part of `npm test`) fails when this file and criteria/ differ.
import cdht_1_0_0 from '../../criteria/cdht/1.0.0.json' with { type: 'json' };
import cdht_2_0_0 from '../../criteria/cdht/2.0.0.json' with { type: 'json' };
import cdht_clan_1_0_0 from '../../criteria/cdht-clan/1.0.0.json' with { type: 'json' };
import cdht_clan_2_0_0 from '../../criteria/cdht-clan/2.0.0.json' with { type: 'json' };
import cdht_community_1_0_0 from '../../criteria/cdht-community/1.0.0.json' with { type: 'json' };
import cdht_community_2_0_0 from '../../criteria/cdht-community/2.0.0.json' with { type: 'json' };
import cdht_household_1_0_0 from '../../criteria/cdht-household/1.0.0.json' with { type: 'json' };
import cdht_household_2_0_0 from '../../criteria/cdht-household/2.0.0.json' with { type: 'json' };
import cdht_learner_2_0_0 from '../../criteria/cdht-learner/2.0.0.json' with { type: 'json' };
import cdht_official_1_0_0 from '../../criteria/cdht-official/1.0.0.json' with { type: 'json' };
import cdht_official_2_0_0 from '../../criteria/cdht-official/2.0.0.json' with { type: 'json' };
import cdht_resident_1_0_0 from '../../criteria/cdht-resident/1.0.0.json' with { type: 'json' };
import cdht_resident_2_0_0 from '../../criteria/cdht-resident/2.0.0.json' with { type: 'json' };
import cdht_worker_1_0_0 from '../../criteria/cdht-worker/1.0.0.json' with { type: 'json' };
import cdht_worker_2_0_0 from '../../criteria/cdht-worker/2.0.0.json' with { type: 'json' };
import { _deepFreeze } from './freeze.js';
import type { BundledFramework } from './types.js';

/**
 * Every framework file bundled with the package, in file order, ready for `engine.loadAll(frameworks)`.
 *
 * @category Criteria
 */
export const frameworks: readonly BundledFramework[] = /* @__PURE__ */ _deepFreeze([
  { file: 'criteria/cdht/1.0.0.json', id: 'cdht', version: '1.0.0', json: cdht_1_0_0 },
  { file: 'criteria/cdht/2.0.0.json', id: 'cdht', version: '2.0.0', json: cdht_2_0_0 },
  { file: 'criteria/cdht-clan/1.0.0.json', id: 'cdht-clan', version: '1.0.0', json: cdht_clan_1_0_0 },
  { file: 'criteria/cdht-clan/2.0.0.json', id: 'cdht-clan', version: '2.0.0', json: cdht_clan_2_0_0 },
  { file: 'criteria/cdht-community/1.0.0.json', id: 'cdht-community', version: '1.0.0', json: cdht_community_1_0_0 },
  { file: 'criteria/cdht-community/2.0.0.json', id: 'cdht-community', version: '2.0.0', json: cdht_community_2_0_0 },
  { file: 'criteria/cdht-household/1.0.0.json', id: 'cdht-household', version: '1.0.0', json: cdht_household_1_0_0 },
  { file: 'criteria/cdht-household/2.0.0.json', id: 'cdht-household', version: '2.0.0', json: cdht_household_2_0_0 },
  { file: 'criteria/cdht-learner/2.0.0.json', id: 'cdht-learner', version: '2.0.0', json: cdht_learner_2_0_0 },
  { file: 'criteria/cdht-official/1.0.0.json', id: 'cdht-official', version: '1.0.0', json: cdht_official_1_0_0 },
  { file: 'criteria/cdht-official/2.0.0.json', id: 'cdht-official', version: '2.0.0', json: cdht_official_2_0_0 },
  { file: 'criteria/cdht-resident/1.0.0.json', id: 'cdht-resident', version: '1.0.0', json: cdht_resident_1_0_0 },
  { file: 'criteria/cdht-resident/2.0.0.json', id: 'cdht-resident', version: '2.0.0', json: cdht_resident_2_0_0 },
  { file: 'criteria/cdht-worker/1.0.0.json', id: 'cdht-worker', version: '1.0.0', json: cdht_worker_1_0_0 },
  { file: 'criteria/cdht-worker/2.0.0.json', id: 'cdht-worker', version: '2.0.0', json: cdht_worker_2_0_0 },
]);
