/**
 * The loops of the fast path: one per top-level list, computing every {@link Pipe} over it. Each pipe
 * stops where the engine's evaluation would: a quantifier without stages closes at its first deciding
 * item (the loop ends when all are closed); stages run over every item, as the engine builds the whole
 * filtered or mapped list first. A list with a hole is left to the exact path (`filter`, `map` and
 * `reduce` skip holes, quantifiers read them as undefined), as is an item that is the data itself
 * (the engine would read it through the slots).
 *
 * @module
 * @internal
 */
import type { ItemRead, Pipe } from './fastTypes.js';

/** A quantifier without stages: it can close the loop early. */
function closes(p: Pipe): boolean {
  return (p.end.kind === 'all' || p.end.kind === 'some' || p.end.kind === 'none') && p.stages.length === 0;
}

/** The statements consuming one item that came out of a pipe's stages. */
function terminal(p: Pipe, open: string, reached: string | null): string[] {
  const end = p.end;
  switch (end.kind) {
    case 'all':
    case 'some':
    case 'none': {
      // all stops at the first false (false); some at the first true (true); none at the first true (false).
      const stopOn = end.kind !== 'all';
      return [
        ...(reached === null ? [] : [`${reached} = true;`]),
        `if (${open} && ${end.test} === ${stopOn}) {`,
        `  ${p.name} = ${end.kind === 'some'};`,
        `  ${open} = false;`,
        '}',
      ];
    }
    case 'reduce':
      return [`${p.name} = ${end.step};`];
    case 'collect':
      return [`${p.name}.push(${end.item});`];
    case 'count':
      return [`if (${end.test}) ${p.name}++;`];
    case 'sum':
      // sumInPeriod adds numbers only (not NaN).
      return [
        `if (${end.test}) {`,
        `  ${end.v} = ${end.value};`,
        `  if (typeof ${end.v} === 'number' && ${end.v} === ${end.v}) ${p.name} += ${end.v};`,
        '}',
      ];
  }
}

/** A pipe's statements for one item: its stages around its terminal. */
function pipeBody(p: Pipe, open: string, reached: string | null): string[] {
  let inner = terminal(p, open, reached);
  for (let j = p.stages.length - 1; j >= 0; j--) {
    const s = p.stages[j];
    if (s === undefined) continue;
    if (s.kind === 'filter') inner = [`if (${s.test}) {`, ...inner.map((l) => `  ${l}`), '}'];
    else inner = [`const ${s.out} = ${s.value};`, ...inner];
  }
  return ['{', ...inner.map((l) => `  ${l}`), '}'];
}

/** What a pipe holds before its list is read (and keeps when the list is not a non-empty array). */
export function initialValue(p: Pipe): string {
  switch (p.end.kind) {
    case 'none':
      return 'true';
    case 'all':
    case 'some':
      return 'false';
    case 'reduce':
      return p.end.init;
    case 'collect':
      return '[]';
    case 'count':
    case 'sum':
      return '0';
  }
}

/**
 * One loop over a list for every pipe over it (the pipes' results are declared with their initial values).
 *
 * @param group - the pipes over one list, in the order written
 * @param reads - the item fields the pipes read, each read once per item
 * @returns the statements, indented for the fast function's body
 */
export function fusedLoop(group: readonly Pipe[], reads: ReadonlyMap<string, ItemRead>): string[] {
  const first = group[0] as Pipe;
  const L = `L${first.name}`;
  const open = group.map((_p, j) => `o${first.name}_${j}`);
  const reached = group.map((p, j) => (p.end.kind === 'all' && p.stages.length > 0 ? `n${first.name}_${j}` : null));
  const quantifiers = group.flatMap((p, j) =>
    p.end.kind === 'all' || p.end.kind === 'some' || p.end.kind === 'none' ? [j] : [],
  );
  const lines = [`const ${L} = ${first.list};`, `if (Array.isArray(${L}) && ${L}.length > 0) {`];
  // Results that the first item would change: quantifiers start from their value for an empty list.
  for (const j of quantifiers) lines.push(`  let ${open[j]} = true;`);
  for (const r of reached) if (r !== null) lines.push(`  let ${r} = false;`);
  for (const p of group) if (p.end.kind === 'all') lines.push(`  ${p.name} = true;`);
  lines.push(`  for (let i = 0; i < ${L}.length; i++) {`, `    const it = ${L}[i];`, '    if (it === d) return null;');
  if (!group.every(closes)) lines.push(`    if (it === undefined && !(i in ${L})) return null;`);
  lines.push(
    "    const pi = it !== null && typeof it === 'object' && ((tp = Object.getPrototypeOf(it)) === OP_ || tp === null);",
  );
  for (const r of reads.values()) lines.push(`    const ${r.name} = ${r.read};`);
  group.forEach((p, j) => {
    lines.push(...pipeBody(p, open[j] as string, reached[j] ?? null).map((l) => `    ${l}`));
  });
  if (group.every(closes)) lines.push(`    if (!(${open.join(' || ')})) break;`);
  lines.push('  }');
  group.forEach((p, j) => {
    const r = reached[j];
    if (r !== null && r !== undefined) lines.push(`  if (${open[j]}) ${p.name} = ${r};`);
  });
  lines.push('}');
  const nullable = group.filter((p) => p.nullable);
  if (nullable.length > 0) {
    lines.push(`if (${L} === null || ${L} === undefined) {`, ...nullable.map((p) => `  ${p.name} = null;`), '}');
  }
  return lines.map((l) => `  ${l}`);
}
