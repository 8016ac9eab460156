import type { Engine } from '../../engine.js';
import { CdhtError, issue } from '../../errors/issue.js';
import { resolvePeriod } from '../../evaluate/period.js';
import type { EvidenceRecord } from '../../format/evidence.js';
import type { Framework } from '../../format/framework.js';

/**
 * The framework a batch evaluates a record with: the version of `frameworkId` in force on the date
 * when one is given, otherwise the record's own choice (`framework` field, else its group).
 *
 * @param engine - what the choice needs of an engine
 * @param record - the record
 * @param frameworkId - a framework id every record is evaluated against, or undefined
 * @param asOf - the evaluation date; by default the last day of the record's period
 * @returns the framework
 * @throws CdhtError `unknown_framework` when none is in force
 * @internal
 */
export function chooseFramework(
  engine: Pick<Engine, 'frameworkFor' | 'frameworkForRecord'>,
  record: EvidenceRecord,
  frameworkId: string | undefined,
  asOf: string | undefined,
): Framework {
  const on = asOf ?? resolvePeriod(record.period).to;
  if (frameworkId === undefined) return engine.frameworkForRecord(record, on);
  const f = engine.frameworkFor(frameworkId, on);
  if (!f) {
    throw new CdhtError([
      issue(
        'unknown_framework',
        ['framework'],
        `không có bộ tiêu chí "${frameworkId}" có hiệu lực ngày ${on}`,
        `no framework "${frameworkId}" in force on ${on}`,
      ),
    ]);
  }
  return f;
}
