/*
 * The criteria editor's model: pure functions over the framework file as JSON, on the public API
 * of `cdht` and `cdht/criteria` only, so the page runs the library's main entry in the browser and
 * the tests run the same code in Node. The page (app.js) only reads forms and draws what these return.
 */
import {
  createEngine,
  describeChanges,
  diffFrameworks,
  type Framework,
  formatPath,
  type Issue,
  lintFramework,
  parseCaseFile,
  renderFrameworkHtml,
  runCases,
} from 'cdht';
import { frameworks as bundled } from 'cdht/criteria';

/** A framework file as JSON (possibly partial: it `extends` a parent). */
export type FrameworkJson = Record<string, unknown>;
type Json = Record<string, unknown>;

/** A file as opened: its exact text and what it parsed to, so an unchanged file is saved byte for byte. */
export interface OpenedFile {
  readonly text: string;
  readonly json: FrameworkJson;
}

/** One problem, as the page shows it. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly code: string;
  /** Vietnamese message. */
  readonly message: string;
}

/** Everything the page shows about the current draft. */
export interface DraftReport {
  /** The resolved framework, when the draft loads. */
  readonly framework: Framework | undefined;
  /** The parent it extends, when it loads. */
  readonly parent: Framework | undefined;
  /** Validation errors and lint warnings. */
  readonly problems: readonly Problem[];
  /** The change from the parent in words (Vietnamese), scale first. */
  readonly changes: readonly string[];
  /** The criteria document (HTML body content, Vietnamese). */
  readonly preview: string;
}

/** A framework a local one may extend: every bundled id at its highest version. */
export interface ParentChoice {
  readonly id: string;
  readonly version: string;
  readonly title: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The bundled frameworks, highest version of each id, in id order. */
export function listParents(): ParentChoice[] {
  const engine = createEngine();
  engine.loadAll(bundled);
  const byId = new Map<string, Framework>();
  for (const f of engine.frameworks()) {
    const seen = byId.get(f.id);
    if (!seen || seen.version.localeCompare(f.version, 'en', { numeric: true }) < 0) byId.set(f.id, f);
  }
  return [...byId.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => ({ id: f.id, version: f.version, title: f.title.vi }));
}

/**
 * A new local framework extending `parent` (like `cdht init`): version 1.0.0, the parent's major
 * range, titles to edit, verification `unverified`, no changes yet.
 */
export function newFramework(id: string, parent: ParentChoice): FrameworkJson {
  const major = parent.version.split('.')[0] ?? '1';
  return {
    $schema: 'https://cdht.dev/schema/framework.schema.json',
    id,
    version: '1.0.0',
    extends: `${parent.id}@^${major}.0.0`,
    title: {
      vi: `CẦN SỬA: bộ tiêu chí của địa phương, từ ${parent.id}`,
      en: `TO EDIT: local framework, from ${parent.id}`,
    },
    verification: { status: 'unverified' },
    overrides: {},
  };
}

/** Parses a framework file; a file that is not a JSON object is an error in Vietnamese. */
export function openFramework(text: string): OpenedFile | { readonly error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `Tệp không phải JSON hợp lệ: ${(error as Error).message}` };
  }
  if (!isObject(json)) return { error: 'Tệp bộ tiêu chí phải là một đối tượng JSON { … }' };
  return { text, json };
}

/** JSON with object keys sorted: an edit undone after a key moved is still no edit. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_key, value: unknown) =>
    isObject(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );

/**
 * The text to save. A draft equal to the opened file is the opened text itself, so opening and
 * saving without an edit changes no byte; an edited draft is written with two-space indentation.
 */
export function saveFramework(draft: FrameworkJson, opened?: OpenedFile): string {
  if (opened && canonical(draft) === canonical(opened.json)) return opened.text;
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** Sum of the indicators' maximum points. */
export function maximumTotal(framework: Framework): number {
  return framework.criteria.reduce((sum, c) => sum + c.indicators.reduce((s, i) => s + i.points, 0), 0);
}

const SCALE_KINDS = new Set(['maximum_changed', 'title_share_changed', 'title_share_kept']);

/**
 * The change of scale in words, from the library (`diffFrameworks` + `describeChanges`, the same
 * sentences `cdht diff` prints): the maximum total and, per title, its threshold as a share of the
 * maximum — a threshold that looks higher can be looser once the maximum grows.
 */
export function describeScale(parent: Framework, child: Framework): string[] {
  return describeChanges(
    diffFrameworks(parent, child).filter((c) => SCALE_KINDS.has(c.kind)),
    'vi',
  );
}

function problem(i: Issue): Problem {
  return {
    severity: i.severity === 'warning' ? 'warning' : 'error',
    path: formatPath(i.path),
    code: i.code,
    message: i.message.vi,
  };
}

/** Loads the draft over the bundled frameworks in a fresh engine: the engine the checks and cases use. */
export function engineWith(draft: FrameworkJson) {
  const engine = createEngine();
  // A bundled file opened for editing replaces its bundled copy instead of clashing with it.
  engine.loadAll(bundled.filter((b) => !(b.id === draft.id && b.version === draft.version)));
  const loaded = engine.safeLoad(draft, { file: 'draft.json' });
  return { engine, loaded };
}

/** Validates and lints the draft, describes its change from the parent and renders its document. */
export function checkDraft(draft: FrameworkJson): DraftReport {
  const { engine, loaded } = engineWith(draft);
  if (!loaded.success) {
    return { framework: undefined, parent: undefined, problems: loaded.issues.map(problem), changes: [], preview: '' };
  }
  const framework = loaded.framework;
  const problems = [...loaded.issues, ...lintFramework(engine.compile(framework))].map(problem);
  const lineage = framework.lineage[0];
  const at = lineage?.lastIndexOf('@') ?? -1;
  const parent = lineage ? engine.get(lineage.slice(0, at), lineage.slice(at + 1)) : undefined;
  // Scale first: a threshold that reads higher can be looser once the maximum grows.
  const diff = parent ? diffFrameworks(parent, framework) : [];
  const changes = describeChanges(
    [...diff.filter((c) => SCALE_KINDS.has(c.kind)), ...diff.filter((c) => !SCALE_KINDS.has(c.kind))],
    'vi',
    { operators: engine.operators },
  );
  const html = renderFrameworkHtml(framework, { locale: 'vi', operators: engine.operators, groups: engine.groups });
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return { framework, parent, problems, changes, preview: body };
}

/** The criteria document of the draft as a whole HTML page (Vietnamese); empty when it does not load. */
export function renderDraftDocument(draft: FrameworkJson): string {
  const { engine, loaded } = engineWith(draft);
  if (!loaded.success) return '';
  return renderFrameworkHtml(loaded.framework, { locale: 'vi', operators: engine.operators, groups: engine.groups });
}

/** Result of running a case file against the draft. */
export interface CaseReport {
  readonly passed: number;
  readonly failed: readonly { readonly description: string; readonly mismatches: readonly string[] }[];
  readonly error?: string;
}

/** Runs a case file (text) against the draft loaded over the bundled frameworks. */
export function runDraftCases(draft: FrameworkJson, caseText: string): CaseReport {
  let json: unknown;
  try {
    json = JSON.parse(caseText);
  } catch (error) {
    return { passed: 0, failed: [], error: `Tệp ca kiểm thử không phải JSON hợp lệ: ${(error as Error).message}` };
  }
  const { caseFile, issues } = parseCaseFile(json, 'cases.json');
  if (!caseFile)
    return { passed: 0, failed: [], error: issues.map((i) => `${formatPath(i.path)}: ${i.message.vi}`).join('\n') };
  const { engine, loaded } = engineWith(draft);
  if (!loaded.success)
    return { passed: 0, failed: [], error: 'Bộ tiêu chí đang soạn còn lỗi; sửa trước khi chạy ca kiểm thử.' };
  const result = runCases(engine, caseFile);
  return { passed: result.passed, failed: result.failed };
}

/* Edits. Each returns a new draft; the draft passed in is not changed. */

type Where =
  | { kind: 'own'; criterion: number; indicator: number }
  | { kind: 'added'; index: number }
  | { kind: 'inherited' };

/** Where the draft defines indicator `id`: its own criteria, its addIndicators, or only the parent. */
function locate(draft: FrameworkJson, id: string): Where {
  const criteria = Array.isArray(draft.criteria) ? (draft.criteria as Json[]) : [];
  for (let c = 0; c < criteria.length; c++) {
    const list = (criteria[c]?.indicators as Json[] | undefined) ?? [];
    const i = list.findIndex((x) => x.id === id);
    if (i >= 0) return { kind: 'own', criterion: c, indicator: i };
  }
  const added = Array.isArray(draft.addIndicators) ? (draft.addIndicators as Json[]) : [];
  const index = added.findIndex((a) => isObject(a.indicator) && a.indicator.id === id);
  return index >= 0 ? { kind: 'added', index } : { kind: 'inherited' };
}

/** Sets one key of indicator `id`: in place when the draft defines it, otherwise as an override. */
export function setIndicator(draft: FrameworkJson, id: string, key: 'label' | 'points', value: unknown): FrameworkJson {
  const next = clone(draft);
  const where = locate(next, id);
  if (where.kind === 'own') {
    const list = (next.criteria as Json[])[where.criterion]?.indicators as Json[];
    list[where.indicator] = { ...list[where.indicator], [key]: value };
  } else if (where.kind === 'added') {
    const entry = (next.addIndicators as Json[])[where.index] as Json;
    entry.indicator = { ...(entry.indicator as Json), [key]: value };
  } else {
    const overrides = isObject(next.overrides) ? next.overrides : {};
    const indicators = isObject(overrides.indicators) ? overrides.indicators : {};
    indicators[id] = { ...(isObject(indicators[id]) ? indicators[id] : {}), [key]: value };
    next.overrides = { ...overrides, indicators };
  }
  return next;
}

/** Adds or drops `id` (an inherited indicator, criterion, title or field) from `remove`. */
export function setRemoved(draft: FrameworkJson, id: string, removed: boolean): FrameworkJson {
  const next = clone(draft);
  const list = Array.isArray(next.remove) ? (next.remove as string[]).filter((x) => x !== id) : [];
  if (removed) list.push(id);
  if (list.length > 0) next.remove = list;
  else delete next.remove;
  return next;
}

/**
 * Sets one threshold of a title. The whole `requirements` block is written (the resolved one with
 * the change), because an override replaces the parent's block: writing one key would drop the rest.
 */
export function setThreshold(
  draft: FrameworkJson,
  resolved: Framework,
  titleId: string,
  key: 'total' | 'eachIndicator',
  value: number | undefined,
): FrameworkJson {
  const next = clone(draft);
  const title = resolved.titles.find((t) => t.id === titleId);
  if (!title) return next;
  const requirements: Json = { ...title.requirements };
  if (value === undefined) delete requirements[key];
  else requirements[key] = value;
  const own = Array.isArray(next.titles) ? (next.titles as Json[]).find((t) => t.id === titleId) : undefined;
  if (own) own.requirements = requirements;
  else {
    const overrides = isObject(next.overrides) ? next.overrides : {};
    const titles = isObject(overrides.titles) ? overrides.titles : {};
    titles[titleId] = { ...(isObject(titles[titleId]) ? titles[titleId] : {}), requirements };
    next.overrides = { ...overrides, titles };
  }
  return next;
}

/** A new indicator to add to an inherited criterion, scored by a self-assessment of its own. */
export interface NewIndicator {
  readonly criterion: string;
  readonly id: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly points: number;
}

/**
 * Adds an indicator to a criterion of the parent, with a self-assessed score field declared for
 * it (`tc3_3` for `TC3.3`), 0 … points, read by `{ "assessed": field }`.
 */
export function addIndicator(draft: FrameworkJson, add: NewIndicator): FrameworkJson {
  const next = clone(draft);
  const field = add.id.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const evidence = isObject(next.evidence) ? next.evidence : {};
  evidence[field] = {
    type: 'assessment',
    label: { vi: `Điểm ${add.id}: ${add.label.vi}`, en: `${add.id} score: ${add.label.en}` },
    unit: 'điểm',
    min: 0,
    max: add.points,
  };
  next.evidence = evidence;
  const list = Array.isArray(next.addIndicators) ? (next.addIndicators as Json[]) : [];
  list.push({
    criterion: add.criterion,
    indicator: { id: add.id, label: add.label, points: add.points, award: { assessed: field }, evidence: [field] },
  });
  next.addIndicators = list;
  return next;
}
