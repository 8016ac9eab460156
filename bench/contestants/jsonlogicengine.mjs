// json-logic-engine, interpreted (`run`) and compiled (`build`, which generates code with new Function).
import { LogicEngine } from 'json-logic-engine';
import { awardPoints, indicatorsOf, makeDecider } from './common.mjs';

const truthy = (v) => (Array.isArray(v) ? v.length > 0 : Boolean(v));

function contestant(name, compiled) {
  return {
    name,
    prepare({ framework }) {
      const engine = new LogicEngine();
      const inds = indicatorsOf(framework).map((ind) => ({
        ...ind,
        whenFn:
          ind.when === undefined ? null : compiled ? engine.build(ind.when) : (data) => engine.run(ind.when, data),
        awardFn: compiled ? engine.build(ind.award) : (data) => engine.run(ind.award, data),
      }));
      const decide = makeDecider(framework);
      const points = new Float64Array(inds.length);
      const applicable = new Uint8Array(inds.length);
      return {
        score(record) {
          const data = record.data;
          for (let i = 0; i < inds.length; i++) {
            const ind = inds[i];
            const ok = ind.whenFn === null || truthy(ind.whenFn(data));
            applicable[i] = ok ? 1 : 0;
            points[i] = ok ? awardPoints(ind.awardFn(data), ind.points) : 0;
          }
          return decide(points, applicable);
        },
      };
    },
  };
}

export const interpreted = contestant('json-logic-engine interpreted', false);
export const compiled = contestant('json-logic-engine compiled', true);
