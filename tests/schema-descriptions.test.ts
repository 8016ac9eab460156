import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaHelp } from '../src/format/descriptions/index.js';
import { cdht, requireBuild } from './fixtures/cli/run.js';

/*
 * Editor help (issue 17): hovering a key of a framework, plan or case file in a JSON-Schema-aware
 * editor shows what it means in Vietnamese. These tests read the committed schema/*.json files (what
 * editors load) and walk them independently of the code that writes the help.
 */
const dir = fileURLToPath(new URL('../schema/', import.meta.url));
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const read = (name: string): Node => JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as Node;

/** Every property node of a schema as [path, node], through branches, array items and record values. */
function properties(doc: Node): [string, Node][] {
  const out: [string, Node][] = [];
  const walk = (node: Node, path: string): void => {
    for (const k of ['oneOf', 'anyOf', 'allOf']) {
      const b = node[k];
      if (Array.isArray(b)) for (const x of b) if (isNode(x)) walk(x, path);
    }
    if (isNode(node.properties))
      for (const [name, child] of Object.entries(node.properties)) {
        if (!isNode(child)) continue;
        out.push([`${path}.${name}`, child]);
        walk(child, `${path}.${name}`);
      }
    if (isNode(node.items)) walk(node.items, `${path}[]`);
    if (isNode(node.additionalProperties)) walk(node.additionalProperties, `${path}.*`);
  };
  for (const [name, def] of Object.entries(doc.$defs as Node)) if (isNode(def)) walk(def, name);
  return out;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('the JSON Schemas explain every property in Vietnamese and English', () => {
  for (const name of ['framework.schema.json', 'plan.schema.json', 'cases.schema.json', 'evidence.schema.json']) {
    it(`${name}: every property has a non-empty Vietnamese description and a bilingual markdownDescription`, () => {
      const props = properties(read(name));
      expect(props.length).toBeGreaterThan(30);
      const missing = props
        .filter(([, node]) => {
          const d = node.description;
          const md = node.markdownDescription;
          return (
            typeof d !== 'string' ||
            !VIETNAMESE.test(d) ||
            d !== d.normalize('NFC') ||
            typeof md !== 'string' ||
            !md.startsWith(d) ||
            !md.includes('*English:* ')
          );
        })
        .map(([path]) => path);
      // A new property fails here: add its help to src/format/descriptions/ and run `npm run schema`.
      expect(missing).toEqual([]);
    });
  }

  it('hovering addIndicators in a framework file shows the Vietnamese help, with an example', () => {
    const framework = read('framework.schema.json');
    const add = ((framework.$defs as Node).Framework as { properties: Record<string, Node> }).properties
      .addIndicators as Node;
    expect(add.description).toBe(
      'Thêm chỉ số mới vào một tiêu chí thừa kế từ bộ cha. Tổng điểm tối đa tăng thêm đúng số điểm của chỉ số mới; xem lại ngưỡng danh hiệu cho phù hợp.',
    );
    expect(add.markdownDescription).toContain('*English:* Indicators added to criteria of the parent.');
    expect((add.examples as Node[])[0]).toMatchObject({ criterion: 'TC3', indicator: { id: 'TC3.3', points: 10 } });
  });

  it('an override of an inherited indicator reads the indicator’s own help', () => {
    const overrides = ((read('framework.schema.json').$defs as Node).FrameworkOverrides as Node).properties as Node;
    const patch = ((overrides.indicators as Node).additionalProperties as Node).properties as Record<string, Node>;
    expect(patch.points?.description).toBe(schemaHelp['Indicator.points']?.vi);
  });

  it('every help entry names a property that exists (no help left behind by a rename)', () => {
    const paths = new Set<string>();
    for (const name of ['framework', 'plan', 'cases', 'evidence', 'population', 'evaluation']) {
      const doc = read(`${name}.schema.json`);
      for (const [path] of properties(doc)) paths.add(path);
      for (const def of Object.keys(doc.$defs as Node)) paths.add(def);
    }
    expect(Object.keys(schemaHelp).filter((key) => !paths.has(key))).toEqual([]);
  });
});

describe('cdht init points the new file at the described schema', () => {
  it('the $schema written by `cdht init` resolves to a framework schema whose addIndicators is explained in Vietnamese', () => {
    requireBuild();
    const dir = mkdtempSync(join(tmpdir(), 'cdht-init-schema-'));
    expect(cdht(['init', 'cdht-dak-ruong', '--extends', 'cdht-household'], dir).code).toBe(0);
    const file = join(dir, 'cdht-dak-ruong', '1.0.0.json');
    const ref = (JSON.parse(readFileSync(file, 'utf8')) as { $schema: string }).$schema;
    const schema = JSON.parse(readFileSync(resolve(dirname(file), ref), 'utf8')) as Node;
    expect(schema.$id).toBe('https://cdht.dev/schema/framework.schema.json');
    const props = ((schema.$defs as Node).Framework as { properties: Record<string, Node> }).properties;
    expect(props.addIndicators?.description).toMatch(/^Thêm chỉ số mới vào một tiêu chí/);
    expect(props.extends?.examples).toEqual(['cdht-household@^2.0.0', 'cdht@^2.0.0']);
  });
});
