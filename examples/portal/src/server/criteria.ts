import { CdhtError, createEngine, type Engine, type Framework, type Issue } from 'cdht';
import { frameworks } from 'cdht/criteria';
import { readFrameworkInputs } from 'cdht/node';
import { loadPortalWorkflow, type PortalWorkflow } from './workflow/policy.js';

/** The criteria the portal serves: one engine, and each framework file as written (for browsers). */
export interface PortalCriteria {
  readonly engine: Engine;
  /** Framework files as written, by `id@version`: a browser loads a form's lineage from them. */
  readonly sources: ReadonlyMap<string, unknown>;
  /** The recognition policy, unit mappings and plan of the workflow and the reports. */
  readonly workflow: PortalWorkflow;
}

/**
 * Loads the bundled criteria and any extra folders (a district framework, for example) into one
 * engine. Any error stops the start: a portal must not offer a form it cannot evaluate.
 */
export async function loadPortalCriteria(extraDirs: readonly string[]): Promise<PortalCriteria> {
  const extra = await readFrameworkInputs(extraDirs);
  const inputs = [...frameworks, ...extra.inputs];
  const issues = extra.issues;
  const engine = createEngine();
  const loaded = engine.loadAll(inputs);
  const errors = [...issues, ...loaded.issues].filter((i: Issue) => i.severity !== 'warning');
  if (errors.length > 0) throw new CdhtError(errors as [Issue, ...Issue[]]);
  const sources = new Map<string, unknown>();
  for (const input of inputs) {
    const json = input.json as { id?: unknown; version?: unknown };
    sources.set(`${String(json.id)}@${String(json.version)}`, input.json);
  }
  return { engine, sources, workflow: loadPortalWorkflow() };
}

/** What the form picker shows. */
export interface FormSummary {
  readonly id: string;
  readonly version: string;
  readonly group: string;
  readonly title: { readonly vi: string; readonly en: string };
  readonly verification: string;
}

/**
 * The forms a person may fill for a period: every framework in force at the period's end except
 * the base framework (group `citizen`), which no official text offers as a form.
 */
export function offeredForms(engine: Engine, period: string): FormSummary[] {
  const on = `${period}-12-31`;
  const ids = [...new Set(engine.frameworks().map((f) => f.id))];
  return ids
    .map((id) => engine.frameworkFor(id, on))
    .filter((f): f is Framework => f !== undefined && f.group !== 'citizen')
    .map((f) => ({
      id: f.id,
      version: f.version,
      group: f.group,
      title: f.title,
      verification: f.verification?.status ?? 'unverified',
    }))
    .sort((a, b) => a.id.localeCompare(b.id, 'vi'));
}

/** The files a browser loads to rebuild `id@version`: its parents first, then itself. */
export function lineageSources(criteria: PortalCriteria, framework: Framework): unknown[] {
  const chain = [...framework.lineage].reverse().concat(`${framework.id}@${framework.version}`);
  return chain.map((key) => criteria.sources.get(key)).filter((json) => json !== undefined);
}
