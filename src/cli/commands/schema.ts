import { evidenceJsonSchema } from '../../schema.js';

import { choice, listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { type CliIo, ExitCode, println } from '../io.js';
import { pickFramework } from '../pickFramework.js';

/**
 * `cdht schema <framework>`: prints the JSON Schema (draft 2020-12) of the framework's evidence.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 0, or 1 when the framework is unknown
 * @category CLI
 */
export async function schema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('schema', args, {
    scope: { type: 'string' },
    version: { type: 'string' },
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
  });
  needPositionals('schema', positionals, 1, {
    vi: 'bộ tiêu chí (id hoặc tệp)',
    en: 'a framework (id or file)',
  });
  const scope = choice('schema', 'scope', stringOption(values, 'scope'), ['record', 'data'] as const, 'record');
  const { framework } = await pickFramework(
    io,
    positionals[0] as string,
    listOption(values, 'criteria'),
    stringOption(values, 'version'),
    values['no-bundled'] !== true,
  );
  const doc = evidenceJsonSchema(framework.evidence, {
    scope,
    id: `urn:cdht:${framework.id}@${framework.version}:evidence${scope === 'data' ? ':data' : ''}`,
    title: framework.title[io.lang],
  });
  println(io.stdout, JSON.stringify(doc, null, 2));
  return ExitCode.ok;
}
