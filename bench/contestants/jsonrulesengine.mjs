// json-rules-engine (async): one rule per indicator (a tiered indicator has one rule per tier, the
// highest wins). Arithmetic becomes computed facts and list quantifiers custom operators, the
// idiomatic way to express them in json-rules-engine.
import { Engine } from 'json-rules-engine';
import { indicatorsOf, makeDecider } from './common.mjs';

const COMPARE = {
  equal: (a, b) => a === b,
  in: (a, b) => b.includes(a),
  greaterThanInclusive: (a, b) => a >= b,
  onOrAfter: (a, b) => a >= b,
};
const matches = (item, conditions) => conditions.every((c) => COMPARE[c.operator](item[c.path], c.value));

const fact = (name, operator, value, path) =>
  path === undefined ? { fact: name, operator, value } : { fact: name, path, operator, value };
const rule = (indicator, points, conditions, priority = 1) => ({
  conditions,
  event: { type: 'award', params: { indicator, points } },
  priority,
});

function rules() {
  return [
    rule('A.1', 10, { all: [fact('hours', 'greaterThanInclusive', 60)] }, 3),
    rule('A.1', 6, { all: [fact('hours', 'greaterThanInclusive', 30)] }, 2),
    rule('A.1', 3, { all: [fact('hours', 'greaterThanInclusive', 10)] }),
    rule('A.2', 5, { all: [fact('reads', 'equal', true)] }),
    rule('A.3', 5, { all: [fact('totalHours', 'greaterThanInclusive', 50)] }),
    rule('A.4', 5, {
      all: [
        fact('courses', 'someItem', [
          { path: 'date', operator: 'onOrAfter', value: '2024-01-01' },
          { path: 'hours', operator: 'greaterThanInclusive', value: 8 },
        ]),
      ],
    }),
    rule('A.5', 5, { all: [fact('lang', 'in', ['good', 'fluent'])] }),
    rule('B.1', 5, { all: [fact('digital', 'equal', true, '$.phone')] }),
    rule('B.2', 5, {
      all: [fact('digital', 'equal', true, '$.internet'), fact('digital', 'equal', true, '$.phone')],
    }),
    rule('B.3', 5, {
      any: [
        fact('digital', 'equal', true, '$.publicService'),
        { all: [fact('digital', 'equal', true, '$.internet'), fact('age', 'lessThan', 30)] },
      ],
    }),
    rule('B.4', 5, {
      all: [
        fact('courses', 'everyItem', [{ path: 'kind', operator: 'in', value: ['digital', 'language', 'vocational'] }]),
      ],
    }),
    rule('B.5', 5, { all: [fact('clubs', 'contains', 'digital')] }),
    rule('C.1', 10, { all: [fact('volunteerDays', 'greaterThanInclusive', 5)] }, 2),
    rule('C.1', 5, { all: [fact('volunteerDays', 'greaterThanInclusive', 2)] }),
    rule('C.2', -1, { all: [fact('extraLearners', 'greaterThan', 0)] }),
    rule('C.3', 5, {
      all: [fact('job', 'in', ['teacher', 'official']), fact('familyLearners', 'greaterThanInclusive', 2)],
    }),
    rule('C.4', 5, {
      all: [fact('lastCheckup', 'onOrAfter', '2024-01-01'), fact('lastCheckup', 'onOrBefore', '2024-12-31')],
    }),
    rule('C.5', 5, {
      any: [fact('clubs', 'contains', 'library'), fact('volunteerDays', 'greaterThanInclusive', 10)],
    }),
    rule('D.1', 10, { all: [fact('learnerShare', 'greaterThanInclusive', 0.5)] }),
    rule('D.2', 5, {
      all: [
        fact('courses', 'someItem', [
          { path: 'kind', operator: 'equal', value: 'vocational' },
          { path: 'hours', operator: 'greaterThanInclusive', value: 20 },
        ]),
      ],
    }),
    rule('D.3', 5, {
      any: [
        { all: [fact('job', 'equal', 'farmer'), fact('clubs', 'contains', 'agriculture')] },
        { all: [fact('job', 'notEqual', 'farmer'), fact('selfStudyHours', 'greaterThanInclusive', 20)] },
      ],
    }),
    rule('D.4', 5, {
      all: [fact('reads', 'equal', true), fact('familyLearners', 'greaterThanInclusive', 1)],
    }),
    rule('D.5', 5, {
      all: [fact('courses', 'everyItem', [{ path: 'date', operator: 'onOrAfter', value: '2023-01-01' }])],
    }),
  ];
}

export default {
  name: 'json-rules-engine (async)',
  prepare({ framework }) {
    const inds = indicatorsOf(framework);
    const index = new Map(inds.map((ind, i) => [ind.id, i]));
    const decide = makeDecider(framework);
    const engine = new Engine(rules(), { allowUndefinedFacts: true });
    engine.addOperator(
      'someItem',
      (list, conditions) => Array.isArray(list) && list.some((item) => matches(item, conditions)),
    );
    engine.addOperator(
      'everyItem',
      (list, conditions) => Array.isArray(list) && list.length > 0 && list.every((item) => matches(item, conditions)),
    );
    engine.addOperator('onOrAfter', (a, b) => typeof a === 'string' && a >= b);
    engine.addOperator('onOrBefore', (a, b) => typeof a === 'string' && a <= b);
    engine.addFact('totalHours', (_p, almanac) =>
      Promise.all([almanac.factValue('hours'), almanac.factValue('selfStudyHours')]).then(([a, b]) => a + b),
    );
    engine.addFact('age', (_p, almanac) => almanac.factValue('birthYear').then((y) => 2024 - y));
    engine.addFact('extraLearners', (_p, almanac) => almanac.factValue('household').then((h) => h.learners - 1));
    engine.addFact('learnerShare', (_p, almanac) => almanac.factValue('household').then((h) => h.learners / h.size));
    const points = new Float64Array(inds.length);
    const applicable = new Uint8Array(inds.length).fill(1);
    return {
      async: true,
      async score(record) {
        points.fill(0);
        const { events, almanac } = await engine.run(record.data);
        for (const e of events) {
          const i = index.get(e.params.indicator);
          let p = e.params.points;
          if (p < 0) p = Math.min(inds[i].points, await almanac.factValue('extraLearners'));
          if (p > points[i]) points[i] = p;
        }
        return decide(points, applicable);
      },
    };
  },
};
