import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeChanges, diffFrameworks, type Framework, type LocalizedText } from '../../index.js';
import { readJsonFile } from '../../node.js';

import { listOption, needPositionals, parseCommand } from '../args.js';
import { type CliIo, ExitCode, println, UsageError } from '../io.js';
import { pickFramework } from '../pickFramework.js';

/**
 * `cdht diff <old> <new>`: what changed between two versions of a framework, one sentence per
 * change. Each side is a framework file or `id@version`; each is loaded in its own engine, so a
 * working copy can be compared with the file it edits.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 0 (a difference is not a problem), 1 when a side does not load
 * @category CLI
 */
export async function diff(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('diff', args, {
    json: { type: 'boolean' },
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
  });
  needPositionals('diff', positionals, 2, {
    vi: 'hai bộ tiêu chí cần so sánh (cũ và mới)',
    en: 'two frameworks to compare (old and new)',
  });
  if (positionals.length > 2)
    throw new UsageError({ vi: 'chỉ so sánh hai bộ tiêu chí', en: 'only two frameworks can be compared' }, 'diff');
  const criteria = listOption(values, 'criteria');
  const bundled = values['no-bundled'] !== true;
  const before = await pickFramework(io, positionals[0] as string, criteria, undefined, bundled);
  // A newer file often extends the older one it is compared with: it loads on top of it.
  const older = await olderFileUnderneath(io, positionals[0] as string, positionals[1] as string);
  const after = await pickFramework(io, positionals[1] as string, [...criteria, ...older], undefined, bundled);
  const changes = diffFrameworks(before.framework, after.framework);
  const sentences = describeChanges(changes, io.lang, {
    operators: after.engine.operators,
    labels: { ...labelsOf(before.framework), ...labelsOf(after.framework) },
  });
  if (values.json === true) {
    println(
      io.stdout,
      JSON.stringify(
        changes.map((change, i) => ({ ...change, text: sentences[i] })),
        null,
        2,
      ),
    );
    return ExitCode.ok;
  }
  const a = `${before.framework.id}@${before.framework.version}`;
  const b = `${after.framework.id}@${after.framework.version}`;
  if (sentences.length === 0) {
    println(io.stdout, io.lang === 'vi' ? `${a} → ${b}: không có thay đổi.` : `${a} → ${b}: no changes.`);
    return ExitCode.ok;
  }
  println(
    io.stdout,
    io.lang === 'vi'
      ? `${a} → ${b}: ${sentences.length} thay đổi`
      : `${a} → ${b}: ${sentences.length} change${sentences.length === 1 ? '' : 's'}`,
  );
  for (const s of sentences) println(io.stdout, `- ${s}`);
  return ExitCode.ok;
}

/**
 * The old side's file, when both sides are framework files of different id@version: the new one
 * may `extends` it (a district's 1.1.0 over its 1.0.0), and a working copy of the same version
 * must not be loaded twice.
 */
async function olderFileUnderneath(io: CliIo, before: string, after: string): Promise<string[]> {
  const files = [before, after].map((name) => resolve(io.cwd, name));
  if (!files.every((f) => f.endsWith('.json') && existsSync(f))) return [];
  const [a, b] = await Promise.all(files.map((f) => readJsonFile(f) as Promise<{ id?: unknown; version?: unknown }>));
  return a?.id === b?.id && a?.version === b?.version ? [] : [before];
}

/** What rule sentences call the names a framework's rules read: its evidence fields and derived values. */
function labelsOf(framework: Framework): Record<string, LocalizedText> {
  const labels: Record<string, LocalizedText> = {};
  for (const [name, field] of Object.entries(framework.evidence)) labels[name] = field.label;
  for (const [name, derived] of Object.entries(framework.derived)) labels[name] = derived.label;
  return labels;
}
