import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CdhtError, type Framework } from '../../index.js';
import { resolveBundledCriteriaDir } from '../../node.js';

import { listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { isError } from '../criteria.js';
import { type CliIo, ExitCode, println, UsageError } from '../io.js';
import { displayPath, issueLine } from '../issues.js';
import { writeOutputFile } from '../outputFile.js';
import { pickFramework } from '../pickFramework.js';

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The scaffold of a local framework adapting `parent`: extends the parent's major version, titles
 * marked as to be edited, no overrides yet, verification `unverified`.
 *
 * @param id - the new framework id
 * @param parent - the official framework it adapts
 * @param schemaRef - the `$schema` reference, relative to the new file
 * @returns the framework file as JSON
 */
export function scaffold(id: string, parent: Framework, schemaRef: string): Record<string, unknown> {
  const major = parent.version.split('.')[0] ?? '1';
  return {
    $schema: schemaRef,
    id,
    version: '1.0.0',
    extends: `${parent.id}@^${major}.0.0`,
    title: {
      vi: `CẦN SỬA: tên bộ tiêu chí của địa phương, điều chỉnh từ “${parent.title.vi}”`,
      en: `TO EDIT: the local framework's name, adapted from “${parent.title.en}”`,
    },
    description: {
      vi: `CẦN SỬA: vì sao và điều chỉnh những gì so với ${parent.id}@${parent.version}; nêu văn bản ban hành khi có.`,
      en: `TO EDIT: why and what this changes from ${parent.id}@${parent.version}; name the issuing document when there is one.`,
    },
    verification: {
      status: 'unverified',
      notes: [
        {
          vi: 'Khung do `cdht init` tạo; chưa đối chiếu với văn bản nào. Sửa tên, mô tả, overrides rồi cập nhật trạng thái.',
          en: 'Scaffold made by `cdht init`; not checked against any document. Edit the title, description and overrides, then update the status.',
        },
      ],
    },
    overrides: {},
  };
}

/** `$schema` for a file at `file`: the installed package's framework schema, relative when possible. */
function schemaRefFor(file: string): string {
  const schema = resolve(resolveBundledCriteriaDir(), '..', 'schema', 'framework.schema.json');
  const rel = relative(dirname(file), schema).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * `cdht init <new-id> --extends <id>`: writes `<new-id>/1.0.0.json` (or `--out`), then loads it
 * over the bundled criteria to prove it is valid.
 *
 * @param args - command arguments
 * @param io - streams, working folder
 * @returns 0 when written and valid; 1 when the file exists (without `--force`) or does not load
 * @category CLI
 */
export async function init(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('init', args, {
    extends: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
  });
  needPositionals('init', positionals, 1, { vi: 'id của bộ tiêu chí mới', en: 'the new framework id' });
  const id = positionals[0] as string;
  if (!ID.test(id))
    throw new UsageError(
      {
        vi: `id "${id}" không hợp lệ: chữ thường, số và dấu gạch ngang, vd. cdht-kon-ray`,
        en: `invalid id "${id}": lowercase letters, digits and dashes, e.g. cdht-kon-ray`,
      },
      'init',
    );
  const parentId = stringOption(values, 'extends');
  if (parentId === undefined)
    throw new UsageError({ vi: 'thiếu --extends <id>', en: 'missing --extends <id>' }, 'init');
  const criteria = listOption(values, 'criteria');
  const bundled = values['no-bundled'] !== true;
  const { framework: parent } = await pickFramework(io, parentId, criteria, undefined, bundled);
  const file = resolve(io.cwd, stringOption(values, 'out') ?? join(id, '1.0.0.json'));
  if (existsSync(file) && values.force !== true) {
    println(
      io.stderr,
      io.lang === 'vi'
        ? `cdht: ${displayPath(file, io.cwd)} đã có; dùng --force để ghi đè`
        : `cdht: ${displayPath(file, io.cwd)} exists; use --force to overwrite`,
    );
    return ExitCode.problems;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeOutputFile(
    file,
    displayPath(file, io.cwd),
    `${JSON.stringify(scaffold(id, parent, schemaRefFor(file)), null, 2)}\n`,
  );
  try {
    await pickFramework(io, displayPath(file, io.cwd), criteria, undefined, bundled);
  } catch (error) {
    if (!(error instanceof CdhtError)) throw error;
    for (const i of error.issues.filter(isError)) println(io.stderr, issueLine(i, io.lang, io.cwd));
    return ExitCode.problems;
  }
  println(io.stdout, displayPath(file, io.cwd));
  println(
    io.stderr,
    io.lang === 'vi'
      ? `Đã tạo ${displayPath(file, io.cwd)} kế thừa ${parent.id}@${parent.version}. Sửa các chỗ “CẦN SỬA”, thêm overrides, rồi chạy: cdht validate ${displayPath(file, io.cwd)}`
      : `Created ${displayPath(file, io.cwd)} extending ${parent.id}@${parent.version}. Edit the “TO EDIT” parts, add overrides, then run: cdht validate ${displayPath(file, io.cwd)}`,
  );
  return ExitCode.ok;
}
