// cdht: the framework loaded and compiled by the built library (closures, no eval).
import { createEngine, evaluateCompiled } from '../../dist/index.js';
import { decisionLetters } from './common.mjs';

export default {
  name: 'cdht compiled (evaluateCompiled)',
  prepare({ framework }) {
    const engine = createEngine();
    const compiled = engine.compile(engine.load(framework));
    const options = { explain: false, gap: false };
    return {
      score(record) {
        const e = evaluateCompiled(compiled, record, options);
        return { total: e.total, decisions: decisionLetters(e.titles) };
      },
      run(record) {
        return evaluateCompiled(compiled, record, options).total;
      },
    };
  },
};
