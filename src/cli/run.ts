import { readFileSync } from 'node:fs';
import { CdhtError, type Locale } from '../index.js';
import { importPlugins, resolvePluginSpecifier, xlsxPlugin } from '../node.js';

import { compile } from './commands/compile.js';
import { demo } from './commands/demo.js';
import { diff } from './commands/diff.js';
import { docs } from './commands/docs.js';
import { evaluate } from './commands/evaluate.js';
import { init } from './commands/init.js';
import { lint } from './commands/lint.js';
import { list } from './commands/list.js';
import { report } from './commands/report.js';
import { schema } from './commands/schema.js';
import { template } from './commands/template.js';
import { test } from './commands/test.js';
import { validate } from './commands/validate.js';
import { type CliIo, type Command, ExitCode, println, UsageError } from './io.js';
import { issueLine } from './issues.js';
import { COMMANDS as HELP, helpText, usageLine } from './messages.js';
import { OutputError, outputErrorLine } from './outputFile.js';

/** Every command by name. */
const COMMANDS: Readonly<Record<string, Command>> = {
  validate,
  lint,
  evaluate,
  report,
  docs,
  diff,
  init,
  schema,
  template,
  compile,
  test,
  list,
  demo,
};

/** The package version, read from package.json beside dist/ or src/. */
export function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'cdht' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next depth
    }
  }
  return '0.0.0';
}

/** Takes the global options out of argv wherever they appear: `--lang`, `--plugin` (repeatable). */
function splitGlobals(argv: readonly string[]): {
  lang: string | undefined;
  plugins: string[];
  rest: string[];
} {
  let lang: string | undefined;
  const plugins: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const m = /^--(lang|plugin)(?:=(.*))?$/.exec(a);
    if (!m) {
      rest.push(a);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError({ vi: `thiếu giá trị cho --${m[1]}`, en: `--${m[1]} needs a value` });
    if (m[1] === 'lang') lang = value;
    else plugins.push(value);
  }
  return { lang, plugins, rest };
}

/** The language before arguments are parsed: `--lang` if readable, else Vietnamese. */
function guessLang(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === '--lang' || a === '--lang=en');
  return i >= 0 && (argv[i] === '--lang=en' || argv[i + 1] === 'en') ? 'en' : 'vi';
}

/**
 * Runs `cdht` with arguments and streams, returning the exit code: 0 ok, 1 problems found,
 * 2 usage error. Never calls `process.exit`, so tests can run it in-process.
 *
 * @param argv - the arguments after `cdht`
 * @param io - streams and working folder (language and plugins come from argv)
 * @returns the exit code
 * @category CLI
 */
export async function runCli(argv: readonly string[], io: Omit<CliIo, 'lang' | 'plugins'>): Promise<number> {
  let lang = guessLang(argv);
  let command: string | undefined;
  try {
    const g = splitGlobals(argv);
    if (g.lang !== undefined && g.lang !== 'vi' && g.lang !== 'en') {
      throw new UsageError({
        vi: `--lang phải là vi hoặc en (nhận được "${g.lang}")`,
        en: `--lang must be vi or en (got "${g.lang}")`,
      });
    }
    lang = (g.lang as Locale | undefined) ?? 'vi';
    const [name, ...args] = g.rest;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      println(io.stdout, helpText(lang, args[0] && HELP[args[0]] ? args[0] : undefined, packageVersion()));
      return name === undefined ? ExitCode.usage : ExitCode.ok;
    }
    if (name === '--version' || name === '-v') {
      println(io.stdout, packageVersion());
      return ExitCode.ok;
    }
    const run = COMMANDS[name];
    if (!run) throw new UsageError({ vi: `không có lệnh "${name}"`, en: `unknown command "${name}"` });
    command = name;
    if (args.includes('--help') || args.includes('-h')) {
      println(io.stdout, helpText(lang, name));
      return ExitCode.ok;
    }
    // xlsx reports need exceljs, so the format is a cdht/node plugin that the CLI always adds.
    const plugins = [xlsxPlugin, ...(await importPlugins(g.plugins, { cwd: io.cwd }))];
    const pluginSpecs = g.plugins.map((spec) => resolvePluginSpecifier(spec, io.cwd));
    return await run(args, { ...io, lang, plugins, pluginSpecs });
  } catch (error) {
    return reportError(error, { ...io, lang, plugins: [] }, command);
  }
}

function reportError(error: unknown, io: CliIo, command: string | undefined): number {
  if (error instanceof UsageError) {
    const which = error.command ?? command;
    println(io.stderr, `cdht: ${error.text[io.lang]}`);
    println(io.stderr, `${io.lang === 'vi' ? 'Cách dùng' : 'Usage'}: ${usageLine(which ?? '', io.lang)}`);
    println(
      io.stderr,
      io.lang === 'vi'
        ? `Xem: cdht ${which ?? ''} --help`.replace('  ', ' ')
        : `See: cdht ${which ?? ''} --help`.replace('  ', ' '),
    );
    return ExitCode.usage;
  }
  if (error instanceof CdhtError) {
    for (const i of error.issues) println(io.stderr, issueLine(i, io.lang, io.cwd));
    return ExitCode.problems;
  }
  if (error instanceof OutputError) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    println(io.stderr, outputErrorLine(error.file, error.errno, cause, io.lang));
    return ExitCode.problems;
  }
  const e = error as NodeJS.ErrnoException;
  if (e && e.syscall === 'write' && e.path === undefined && typeof e.code === 'string') {
    // A write to standard output failed (a full disk, a closed device): no stack trace, exit 1.
    println(io.stderr, outputErrorLine(undefined, e.code, e.message, io.lang));
    return ExitCode.problems;
  }
  if (e && (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES') && typeof e.path === 'string') {
    const what = {
      ENOENT: ['không tìm thấy', 'not found'],
      EISDIR: ['là thư mục, cần một tệp', 'is a folder, a file is needed'],
      EACCES: ['không có quyền đọc/ghi', 'permission denied'],
    }[e.code];
    println(io.stderr, io.lang === 'vi' ? `cdht: ${e.path}: ${what[0]}` : `cdht: ${e.path}: ${what[1]}`);
    return ExitCode.problems;
  }
  println(
    io.stderr,
    `cdht: ${io.lang === 'vi' ? 'lỗi không mong đợi' : 'unexpected error'}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
  );
  return ExitCode.problems;
}
