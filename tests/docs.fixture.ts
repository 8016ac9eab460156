import { createEngine, type Engine } from '../src/engine.js';
import type { Framework } from '../src/format/framework.js';
import { clone, fixture } from './helpers.js';

/** The docs fixtures loaded into a fresh engine: docs-test 1.0.0, 2.0.0 and the child 1.0.0. */
export function docsFixtures(edit?: (files: Record<string, Record<string, unknown>>) => void): {
  engine: Engine;
  v1: Framework;
  v2: Framework;
  child: Framework;
} {
  const files: Record<string, Record<string, unknown>> = {};
  for (const name of ['docs-test-1.0.0', 'docs-test-2.0.0', 'docs-test-child-1.0.0']) {
    files[name] = clone(fixture(`docs/${name}.json`)) as Record<string, unknown>;
  }
  edit?.(files);
  const engine = createEngine();
  const { issues } = engine.loadAll(Object.entries(files).map(([file, json]) => ({ file, json })));
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.code} ${i.message.en}`).join('\n'));
  const get = (id: string, version: string): Framework => {
    const f = engine.get(id, version);
    if (!f) throw new Error(`${id}@${version} not loaded`);
    return f;
  };
  return {
    engine,
    v1: get('docs-test', '1.0.0'),
    v2: get('docs-test', '2.0.0'),
    child: get('docs-test-child', '1.0.0'),
  };
}
