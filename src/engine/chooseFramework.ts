import type { Engine } from '../engine.js';
import { CdhtError, issue } from '../errors/issue.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { Framework } from '../format/framework.js';

/**
 * The framework a record is evaluated with, as every door chooses it: the version of the named
 * framework id in force on the date when one is named, otherwise the record's own choice (its
 * `framework` field, else its group's framework).
 *
 * @param engine - what the choice needs of an engine
 * @param frameworkId - a framework id named by the caller, or undefined
 * @param record - the record (shape-checked)
 * @param on - the evaluation date (ISO)
 * @returns the framework
 * @throws CdhtError `unknown_framework` when none is in force
 * @internal
 */
export function _chooseFramework(
  engine: Pick<Engine, 'frameworkFor' | 'frameworkForRecord'>,
  frameworkId: string | undefined,
  record: EvidenceRecord,
  on: string,
): Framework {
  if (frameworkId === undefined) return engine.frameworkForRecord(record, on);
  const f = engine.frameworkFor(frameworkId, on);
  if (f) return f;
  throw new CdhtError([issue('unknown_framework', ['framework'], { kind: 'not_found', id: frameworkId, date: on })]);
}
