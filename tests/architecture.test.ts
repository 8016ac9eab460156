import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = files(src);
/**
 * The layers, lowest first (see ../shared/design/ARCHITECTURE.md). A file belongs to the first
 * layer whose prefix it starts with; an import may only reach the same layer or a lower one.
 */
const layers: readonly (readonly string[])[] = [
  ['errors/', 'format/', 'i18n/', 'bundled/'],
  ['rules/'],
  ['framework/'],
  // Units that change (attributes, mappings): loading and pure lookups over unit data that
  // evaluation (area variants), aggregation (roll-ups by date) and the workflow all read.
  ['units/'],
  ['evidence/'],
  ['evaluate/'],
  // Ahead-of-time compilation: rule trees written as code, and the runtime the code imports.
  ['aot/'],
  ['aggregate/'],
  ['workflow/'],
  ['report/', 'docs/'],
  ['plugins/'],
  ['engine.ts', 'engine/', 'index.ts', 'criteria.ts', 'schema.ts', 'aot-runtime.ts'],
  ['node/', 'node.ts'],
  ['cli/'],
];

function layerOf(file: string): number {
  const rel = relative(src, file).split('\\').join('/');
  const at = layers.findIndex((prefixes) => prefixes.some((p) => rel === p || rel.startsWith(p)));
  if (at < 0) throw new Error(`${rel} belongs to no layer: add it to the architecture test`);
  return at;
}

/** Every relative import, `import type` included: a type import still ties a lower layer to a higher one. */
function allImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    out.push(resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
  }
  return out;
}

/** Value imports only: `import type` and `export type` vanish at run time and cannot form a cycle. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) {
    out.push(resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
  }
  return out;
}

describe('architecture', () => {
  it('has no circular value imports between modules', () => {
    const graph = new Map(sources.map((f) => [f, valueImports(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (f: string, stack: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(f)), f].map((p) => relative(src, p)).join(' → '));
        return;
      }
      state.set(f, 'visiting');
      for (const next of graph.get(f) ?? []) visit(next, [...stack, f]);
      state.set(f, 'done');
    };
    for (const f of sources) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the layer order: no import runs from a lower layer to a higher one', () => {
    const upward: string[] = [];
    for (const f of sources) {
      for (const target of allImports(f)) {
        if (!target.startsWith(src)) continue;
        if (layerOf(target) > layerOf(f)) upward.push(`${relative(src, f)} → ${relative(src, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the CLI reaches the library only through the public entries (cdht, cdht/node, cdht/schema, cdht/criteria)', () => {
    const entries = new Set(['index.ts', 'node.ts', 'schema.ts', 'criteria.ts'].map((name) => join(src, name)));
    const inside: string[] = [];
    for (const f of sources.filter((s) => relative(src, s).startsWith('cli'))) {
      for (const target of allImports(f)) {
        if (!target.startsWith(src) || relative(src, target).startsWith('cli') || entries.has(target)) continue;
        inside.push(`${relative(src, f)} → ${relative(src, target)}`);
      }
    }
    expect(inside).toEqual([]);
  });

  it('index files only re-export', () => {
    for (const f of ['index.ts', 'node.ts', 'criteria.ts', 'schema.ts'].map((name) => join(src, name))) {
      const code = readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.trim().startsWith('//'));
      const joined = code.join('\n');
      expect(joined.replace(/export (type )?(\*|\{[^}]*\}) from '[^']+';/g, '').trim(), relative(src, f)).toBe('');
    }
  });

  it('never evaluates code from strings', () => {
    for (const f of sources) {
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(/\beval\(|new Function\(/.test(text), relative(src, f)).toBe(false);
    }
  });
});
