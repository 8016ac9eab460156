import { type Issue, issue } from '../errors/issue.js';
import {
  type EvidenceField,
  EvidenceFieldTypeSchema,
  type Framework,
  type FrameworkFile,
} from '../format/framework.js';
import type { OperatorTable } from '../rules/types.js';
import { checkFrameworkFile } from './checkFile.js';
import { checkForm } from './checkForm.js';
import { checkIndividualRules, compileCollective } from './collective/compileCollective.js';
import { compileFramework } from './compileFramework.js';
import { toFilePath } from './filePath.js';
import { normalizeFramework } from './normalizeFramework.js';
import type { FrameworkRegistry, RegistryEntry } from './registry.js';
import { resolveFramework } from './resolveExtends.js';
import type { SchemaCheck } from './schemaValidator.js';
import { satisfiesRange } from './semver.js';

/** What loading needs from the engine. @internal */
export interface LoadContext {
  readonly registry: FrameworkRegistry;
  readonly operators: OperatorTable;
  readonly schemaCheck: SchemaCheck;
  readonly groups: Readonly<Record<string, unknown>>;
  readonly evidenceTypes: Readonly<Record<string, unknown>>;
  /** Runs the plugins' `transformFramework` hooks. */
  readonly transform: (json: unknown, file: string | undefined) => unknown;
  /** Runs the plugins' `onFrameworkLoaded` hooks. */
  readonly loaded: (framework: Framework) => void;
}

const BUILTIN_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(EvidenceFieldTypeSchema.options);

function checkEvidenceTypes(
  fields: Readonly<Record<string, EvidenceField>>,
  known: Readonly<Record<string, unknown>>,
  path: (string | number)[],
  issues: Issue[],
): void {
  for (const [name, field] of Object.entries(fields)) {
    if (!BUILTIN_TYPES.has(field.type) && !Object.hasOwn(known, field.type)) {
      issues.push(
        issue('unknown_evidence_type', [...path, name, 'type'], {
          type: field.type,
          builtIn: [...BUILTIN_TYPES],
        }),
      );
    }
    if (field.fields) checkEvidenceTypes(field.fields, known, [...path, name, 'fields'], issues);
    if (field.items) checkEvidenceTypes({ items: field.items }, known, [...path, name], issues);
  }
}

/**
 * Adds the member-operator issues, dropping the `undeclared_evidence` the same call caused (a
 * member condition name read as an evidence name): one problem, said once, the clearer way.
 */
function withoutEchoes(issues: Issue[], memberIssues: readonly Issue[]): Issue[] {
  const rules = new Set(memberIssues.map((i) => JSON.stringify(i.path.slice(0, -1))));
  for (let k = issues.length - 1; k >= 0; k--) {
    const i = issues[k] as Issue;
    if (i.code === 'undeclared_evidence' && rules.has(JSON.stringify(i.path))) issues.splice(k, 1);
  }
  return [...memberIssues];
}

/** Result of loading one framework file. */
export type LoadResult =
  | { readonly success: true; readonly framework: Framework; readonly issues: readonly Issue[] }
  | { readonly success: false; readonly issues: readonly Issue[] };

/** Splits `id@range` (range defaults to any version). @internal */
export function parseExtends(ref: string): { id: string; range: string } {
  const at = ref.indexOf('@');
  return at < 0 ? { id: ref, range: '*' } : { id: ref.slice(0, at), range: ref.slice(at + 1) };
}

/**
 * Validates, resolves and compiles one framework file and, when it has no problem, registers it.
 * Schema problems are reported together; when the shape is valid, every problem of meaning too.
 *
 * @internal
 */
export function loadFramework(json: unknown, ctx: LoadContext, file?: string): LoadResult {
  const withFile = (list: Issue[]): Issue[] => list.map((i) => (file === undefined ? i : { ...i, file }));
  // Nesting and numbers are checked first: every later pass may recurse over the value. A rule
  // too deep is cut (null) and the other checks go on, so every problem is reported at once;
  // anything else found here would only cause echoes in the later checks.
  const normalized = normalizeFramework(ctx.transform(json, file));
  if (normalized.issues.some((i) => i.code !== 'rule_too_deep')) {
    return { success: false, issues: withFile(normalized.issues) };
  }
  const value = normalized.value;
  const schemaIssues = ctx.schemaCheck(value, file);
  if (schemaIssues.length > 0) {
    // Unknown properties are ignored anyway: without them the file may be well formed, and then its
    // problems of meaning are reported too, in the same run, rather than after the typo is fixed.
    const rest = withoutUnknownProperties(value, schemaIssues);
    const meaning =
      rest !== undefined && ctx.schemaCheck(rest, file).length === 0
        ? checkValid(rest as FrameworkFile, json, [], ctx, file, false).issues
        : [];
    return { success: false, issues: [...withFile(normalized.issues), ...schemaIssues, ...meaning] };
  }
  return checkValid(value as FrameworkFile, json, normalized.issues, ctx, file, true);
}

/** A copy of `value` without the unknown properties the schema issues name; undefined when there are other issues. */
function withoutUnknownProperties(value: unknown, issues: readonly Issue[]): unknown {
  if (issues.some((i) => i.code !== 'schema_violation' || (i.params as { kind?: unknown }).kind !== 'unknown_property'))
    return undefined;
  const copy = structuredClone(value);
  for (const i of issues) {
    let at: unknown = copy;
    for (const key of i.path.slice(0, -1)) at = (at as Record<string | number, unknown> | null)?.[key];
    const last = i.path[i.path.length - 1];
    if (typeof at === 'object' && at !== null && last !== undefined)
      delete (at as Record<string | number, unknown>)[last];
  }
  return copy;
}

/** The checks of meaning of a well-formed file, then (when `register` and no error) its registration. */
function checkValid(
  data: FrameworkFile,
  json: unknown,
  earlier: readonly Issue[],
  ctx: LoadContext,
  file: string | undefined,
  register: boolean,
): LoadResult {
  const withFile = (list: Issue[]): Issue[] => list.map((i) => (file === undefined ? i : { ...i, file }));
  const issues = [...earlier, ...checkFrameworkFile(data)];

  let parent: RegistryEntry | undefined;
  if (data.extends !== undefined) {
    const { id, range } = parseExtends(data.extends);
    if (id === data.id && satisfiesRange(data.version, range)) {
      issues.push(issue('extends_cycle', ['extends'], { kind: 'self', extends: data.extends }));
    } else {
      parent = ctx.registry.resolve(id, range);
      if (!parent) {
        issues.push(issue('missing_parent', ['extends'], { kind: 'framework', extends: data.extends }));
      }
    }
  }
  if (ctx.registry.has(data.id, data.version)) {
    issues.push(issue('duplicate_version', ['version'], { id: data.id, version: data.version }));
  }
  if (issues.length > 0 && data.extends !== undefined && !parent) return { success: false, issues: withFile(issues) };

  const resolved = resolveFramework(data, parent?.framework);
  issues.push(...resolved.issues, ...checkForm(data, resolved.framework));
  // From here on the checks run over the resolved framework: their paths are turned back into the file's.
  const inFile = (list: readonly Issue[]): Issue[] =>
    list.map((i) => ({ ...i, path: toFilePath(i.path, data, resolved.framework) }));
  const types: Issue[] = [];
  checkEvidenceTypes(resolved.framework.evidence, ctx.evidenceTypes, ['evidence'], types);
  issues.push(...inFile(types));
  if (parent !== undefined && data.kind !== undefined && data.kind !== parent.framework.kind) {
    issues.push(
      issue('invalid_collective', ['kind'], {
        kind: 'inherited',
        parent: `${parent.framework.id}@${parent.framework.version}`,
        was: parent.framework.kind,
        now: data.kind,
      }),
    );
  }
  if (resolved.framework.kind === 'individual' && resolved.framework.collective !== undefined) {
    issues.push(issue('invalid_collective', ['collective'], { kind: 'section_without_kind' }));
  }
  // A collective framework's group is its kind of collective, not a citizen group.
  if (resolved.framework.kind === 'individual' && !Object.hasOwn(ctx.groups, resolved.framework.group)) {
    issues.push(
      issue('unknown_group', ['group'], {
        group: resolved.framework.group,
        known: Object.keys(ctx.groups),
      }),
    );
  }
  const { compiled: individual, issues: compileIssues } = compileFramework(resolved.framework, ctx.operators);
  const checked = [...compileIssues];
  let compiled = individual;
  const memberIssues =
    resolved.framework.kind === 'collective'
      ? compileCollective(resolved.framework, ctx.operators)
      : { collective: undefined, issues: checkIndividualRules(resolved.framework) };
  if (memberIssues.collective !== undefined) compiled = { ...individual, collective: memberIssues.collective };
  checked.push(...withoutEchoes(checked, memberIssues.issues));
  issues.push(...inFile(checked));
  const errors = issues.filter((i) => i.severity !== 'warning');
  if (errors.length > 0 || !register) return { success: false, issues: withFile(issues) };
  ctx.registry.add({ framework: resolved.framework, compiled, source: json, file });
  ctx.loaded(resolved.framework);
  return { success: true, framework: resolved.framework, issues: withFile(issues) };
}

/** A framework file to load: its JSON and, for messages, its name. */
export interface FrameworkInput {
  readonly file?: string | undefined;
  readonly json: unknown;
}

/**
 * Loads many framework files in dependency order (parents before children, the highest parent
 * version first), reporting every problem of every file, cycles and missing parents included.
 *
 * @internal
 */
export function loadFrameworks(
  inputs: readonly FrameworkInput[],
  ctx: LoadContext,
): { frameworks: Framework[]; issues: Issue[] } {
  const frameworks: Framework[] = [];
  const issues: Issue[] = [];
  type Pending = { input: FrameworkInput; id?: string; version?: string; parent?: { id: string; range: string } };
  let pending: Pending[] = [];
  for (const input of inputs) {
    // Only the identity is needed to order the files: read three fields, not the whole value.
    const v = input.json as Partial<FrameworkFile> | null;
    const p: Pending = { input };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const text = (key: 'id' | 'version' | 'extends'): string | undefined => {
        const field: unknown = Object.hasOwn(v, key) ? v[key] : undefined;
        return typeof field === 'string' ? field.normalize('NFC') : undefined;
      };
      const id = text('id');
      const version = text('version');
      const parent = text('extends');
      if (id !== undefined) p.id = id;
      if (version !== undefined) p.version = version;
      if (parent !== undefined) p.parent = parseExtends(parent);
    }
    pending.push(p);
  }
  const couldSatisfy = (p: Pending, q: Pending): boolean =>
    p.parent !== undefined &&
    q !== p &&
    q.id === p.parent.id &&
    q.version !== undefined &&
    satisfiesRange(q.version, p.parent.range);
  for (;;) {
    const ready = pending.filter((p) => !pending.some((q) => couldSatisfy(p, q)));
    if (ready.length === 0) break;
    for (const p of ready) {
      const r = loadFramework(p.input.json, ctx, p.input.file);
      if (r.success) frameworks.push(r.framework);
      issues.push(...r.issues);
    }
    pending = pending.filter((p) => !ready.includes(p));
  }
  for (const p of pending) {
    issues.push(
      issue(
        'extends_cycle',
        ['extends'],
        { kind: 'cycle', id: p.id ?? '?', parent: p.parent?.id ?? '?' },
        { file: p.input.file },
      ),
    );
  }
  return { frameworks, issues };
}
