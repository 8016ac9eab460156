/**
 * The one place that runs plugin hooks. The engine calls these while loading and evaluating; batch
 * runs, in this thread or in a worker thread, call the same functions with the same engine's hooks,
 * so a hook never runs by other rules in some door.
 *
 * Strategies (see `PluginHooks`): `transform*` hooks are sequential (each handler gets the previous
 * one's result); `on*` hooks are observers (called in order, results ignored).
 *
 * @module
 * @internal
 */
import { CdhtError, formatPath, type Issue } from '../errors/issue.js';
import type { EvaluateOptions } from '../evaluate/evaluate.js';
import { _evaluateGeneral } from '../evaluate/general.js';
import type { EvidenceTypes } from '../evidence/checkField.js';
import { validateEvidenceRecord } from '../evidence/validate.js';
import type { Evaluation } from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { Framework } from '../format/framework.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import { PluginError } from '../plugins/pluginError.js';
import type { Registrations } from '../plugins/register.js';

/** The hooks of an engine, in execution order. @internal */
export type EngineHooks = Registrations['hooks'];

/**
 * Runs the `transformFramework` hooks over a framework file's JSON.
 *
 * @internal
 */
export function _transformFramework(hooks: EngineHooks, json: unknown, file: string | undefined): unknown {
  let value = json;
  for (const h of hooks.transformFramework) value = h.handler(value, { file });
  return value;
}

/**
 * Runs the `onFrameworkLoaded` hooks.
 *
 * @internal
 */
export function _frameworkLoaded(hooks: EngineHooks, framework: Framework): void {
  for (const h of hooks.onFrameworkLoaded) h.handler(framework);
}

/**
 * Whether any hook runs per record: without one, a batch may take the lean scoring path.
 *
 * @internal
 */
export function _hasRecordHooks(hooks: EngineHooks): boolean {
  return hooks.transformRecord.length > 0 || hooks.onEvaluation.length > 0;
}

/**
 * Evaluates a validated record with its compiled framework: `transformRecord` hooks, the
 * evaluation, then `onEvaluation` hooks. The result is a new object the caller owns (without
 * explanations, `evaluateCompiled` shares its recurring parts frozen: see its documentation).
 *
 * @param hooks - the engine's hooks
 * @param compiled - the compiled framework
 * @param record - a record that passed validation against that framework
 * @param options - evaluation date (ISO) and detail
 * @param evidenceTypes - the engine's evidence types, to check what a `transformRecord` hook returns
 * @param evaluate - what evaluates the record: `evaluateCompiled`'s general path by default, so the
 *   engine's bundle leaves out the scoring pass (batches pass `evaluateCompiled`; the value is the same)
 * @returns the evaluation
 * @throws PluginError when a `transformRecord` hook throws or returns a record the framework rejects
 * @internal
 */
export function _evaluateWithHooks(
  hooks: EngineHooks,
  compiled: CompiledFramework,
  record: EvidenceRecord,
  options: EvaluateOptions,
  evidenceTypes: EvidenceTypes,
  evaluate: (cf: CompiledFramework, record: EvidenceRecord, options: EvaluateOptions) => Evaluation = _evaluateGeneral,
): Evaluation {
  if (!_hasRecordHooks(hooks)) return evaluate(compiled, record, options);
  let subject = record;
  for (const h of hooks.transformRecord) {
    // The record was validated before the hooks; what a hook returns is checked the same way, so a
    // plugin cannot slip a score of 11 or a missing id past the front door.
    const checked = validateEvidenceRecord(
      h.handler(subject, { framework: compiled.framework }),
      compiled.framework.evidence,
      evidenceTypes,
    );
    if (!checked.success) {
      const first = checked.issues[0];
      throw new PluginError(h.plugin, 'hooks.transformRecord', new CdhtError(checked.issues as [Issue, ...Issue[]]), {
        expected: 'record',
        got: first ? `${first.code} ${formatPath(first.path)}` : 'invalid',
      });
    }
    subject = checked.data;
  }
  const evaluation = evaluate(compiled, subject, options);
  for (const h of hooks.onEvaluation) h.handler(evaluation, subject);
  return evaluation;
}
