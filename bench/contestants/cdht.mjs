// cdht: the framework loaded and compiled by the built library (closures, no eval).
import { cdht } from '../lib.mjs';
import { decisionLetters } from './common.mjs';

const letter = { awarded: 'A', 'not-awarded': 'N', undetermined: 'U' };

function compile(framework) {
  const engine = cdht.createEngine();
  return engine.compile(engine.load(framework));
}

/** The full Evaluation, without explanations and gaps. */
export const full = {
  name: 'cdht evaluateCompiled (full result)',
  prepare({ framework }) {
    const compiled = compile(framework);
    const options = { explain: false, gap: false };
    return {
      score(record) {
        const e = cdht.evaluateCompiled(compiled, record, options);
        return { total: e.total, decisions: decisionLetters(e.titles) };
      },
      run: (record) => cdht.evaluateCompiled(compiled, record, options).total,
    };
  },
};

/**
 * The full Evaluation serialised whole, as `--detail full` output is: every reason message, every
 * indicator result. Had any part of the evaluation been built lazily, this row would pay for it.
 */
export const fullJson = {
  name: 'cdht evaluateCompiled + JSON.stringify',
  prepare({ framework }) {
    const compiled = compile(framework);
    const options = { explain: false, gap: false };
    return {
      score(record) {
        const e = JSON.parse(JSON.stringify(cdht.evaluateCompiled(compiled, record, options)));
        return { total: e.total, decisions: decisionLetters(e.titles) };
      },
      run: (record) => JSON.stringify(cdht.evaluateCompiled(compiled, record, options)).length,
    };
  },
};

/** The lean batch path: createScorer → { total, possible, missing, decisions }. */
export const lean = {
  name: 'cdht createScorer (lean result)',
  prepare({ framework }) {
    const score = cdht.createScorer(compile(framework));
    return {
      score(record) {
        const s = score(record);
        let decisions = '';
        for (const d of s.decisions) decisions += letter[d];
        return { total: s.total, decisions };
      },
      run: (record) => score(record).total,
    };
  },
};

export default lean;
