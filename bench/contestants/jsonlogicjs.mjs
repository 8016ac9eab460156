// json-logic-js `apply` per indicator: the reference interpreter.
import jsonLogic from 'json-logic-js';
import { awardPoints, indicatorsOf, makeDecider } from './common.mjs';

export default {
  name: 'json-logic-js apply',
  prepare({ framework }) {
    const inds = indicatorsOf(framework);
    const decide = makeDecider(framework);
    const points = new Float64Array(inds.length);
    const applicable = new Uint8Array(inds.length);
    return {
      score(record) {
        const data = record.data;
        for (let i = 0; i < inds.length; i++) {
          const ind = inds[i];
          const ok = ind.when === undefined || jsonLogic.truthy(jsonLogic.apply(ind.when, data));
          applicable[i] = ok ? 1 : 0;
          points[i] = ok ? awardPoints(jsonLogic.apply(ind.award, data), ind.points) : 0;
        }
        return decide(points, applicable);
      },
    };
  },
};
