import { helpFor, type PropertyHelp } from './descriptions/index.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Adds the Vietnamese and English help of src/format/descriptions/ to a generated JSON Schema:
 * `description` in Vietnamese (what editors show on hover), `markdownDescription` with both
 * languages (VS Code prefers it), and `examples` (offered as completions).
 *
 * @param doc - a schema from `z.toJSONSchema` with its named parts under `$defs`
 * @returns a copy with the help applied; `doc` is not changed
 */
export function describeJsonSchema<T extends Node>(doc: T): T {
  const copy = JSON.parse(JSON.stringify(doc)) as T;
  const defs = copy.$defs;
  if (!isNode(defs)) return copy;
  for (const [name, def] of Object.entries(defs)) {
    if (!isNode(def)) continue;
    const own = helpFor(name);
    if (own) describe(def, own);
    walk(def, name);
  }
  return copy;
}

/** Describes every property under `node` (branches, array items, record values), `path` naming `node`. */
function walk(node: Node, path: string): void {
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const b of branches) if (isNode(b)) walk(b, path);
  }
  if (isNode(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) {
      if (!isNode(child)) continue;
      const help = helpFor(`${path}.${name}`);
      if (help) describe(child, help);
      walk(child, `${path}.${name}`);
    }
  }
  if (isNode(node.items)) walk(node.items, `${path}[]`);
  if (isNode(node.additionalProperties)) walk(node.additionalProperties, `${path}.*`);
}

function describe(node: Node, help: PropertyHelp): void {
  node.description = help.vi;
  node.markdownDescription = `${help.vi}\n\n*English:* ${help.en}`;
  if (help.examples) node.examples = [...help.examples];
}
