import { type ParseArgsConfig, parseArgs } from 'node:util';
import { parseVietnameseDate } from '../index.js';

import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed options: strings, booleans and repeated strings, by long name. */
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * Parses a command's arguments strictly; any mistake becomes a {@link UsageError} naming the command.
 *
 * @param command - the command name, for the usage line
 * @param args - the arguments after the command name
 * @param options - the command's options (`--help` is added)
 * @returns option values and positional arguments
 */
export function parseCommand(
  command: string,
  args: readonly string[],
  options: Options,
): { values: ParsedValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedValues, positionals };
  } catch (error) {
    throw new UsageError(parseArgsMessage(error, Object.keys(options)), command);
  }
}

/** The nearest of `names` to `word` by edit distance, when close enough to be a likely typo. */
function nearest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const name of names) {
    const d = editDistance(word, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * Node's argument-parser errors (English only) in the user's language: an unknown option (with the
 * nearest known one), a missing value, a value given to a switch, an unexpected argument.
 *
 * @param error - what `parseArgs` threw
 * @param known - the command's long option names
 * @returns the message in Vietnamese and English
 */
export function parseArgsMessage(error: unknown, known: readonly string[]): { vi: string; en: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = option.startsWith('--') ? nearest(option.slice(2), [...known, 'help']) : undefined;
      const hint = guess === undefined ? undefined : `--${guess}`;
      return {
        vi: `không có tùy chọn ${option}${hint ? ` (có phải ${hint}?)` : ''}; xem --help`,
        en: `unknown option ${option}${hint ? ` (did you mean ${hint}?)` : ''}; see --help`,
      };
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(text)
        ? { vi: `tùy chọn ${option} cần một giá trị`, en: `option ${option} needs a value` }
        : { vi: `tùy chọn ${option} không nhận giá trị`, en: `option ${option} takes no value` };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return {
        vi: `lệnh này không nhận tham số “${quoted}”`,
        en: `this command takes no argument “${quoted}”`,
      };
    default:
      return { vi: `tham số không hợp lệ: ${text}`, en: `invalid arguments: ${text}` };
  }
}

/**
 * A string option's value.
 *
 * @param values - parsed values
 * @param name - option name
 * @returns the value, or undefined
 */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A repeatable string option's values.
 *
 * @param values - parsed values
 * @param name - option name
 * @returns the values, possibly empty
 */
export function listOption(values: ParsedValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/**
 * Checks an option against its allowed values.
 *
 * @param command - command name, for the usage line
 * @param name - option name
 * @param value - given value
 * @param allowed - allowed values
 * @param fallback - the value when the option is absent
 * @returns the value, typed
 */
export function choice<T extends string>(
  command: string,
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    {
      vi: `--${name} phải là một trong ${allowed.join(', ')} (nhận được "${value}")`,
      en: `--${name} must be one of ${allowed.join(', ')} (got "${value}")`,
    },
    command,
  );
}

/**
 * Checks a `yyyy-MM-dd` date option.
 *
 * @param command - command name
 * @param name - option name
 * @param value - given value
 * @returns the date, or undefined when absent
 */
export function dateOption(command: string, name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // People type 31/12/2025; scripts pass 2025-12-31. Both are accepted, impossible dates are not.
  const iso = parseVietnameseDate(value);
  if (iso === null)
    throw new UsageError(
      {
        vi: `--${name} phải là một ngày dd/MM/yyyy hoặc yyyy-MM-dd (nhận được "${value}")`,
        en: `--${name} must be a date dd/MM/yyyy or yyyy-MM-dd (got "${value}")`,
      },
      command,
    );
  return iso;
}

/**
 * Requires at least `min` positional arguments.
 *
 * @param command - command name
 * @param positionals - the positionals
 * @param min - how many are needed
 * @param what - what they are, in both languages
 */
export function needPositionals(
  command: string,
  positionals: readonly string[],
  min: number,
  what: { vi: string; en: string },
): void {
  if (positionals.length < min) throw new UsageError({ vi: `thiếu ${what.vi}`, en: `missing ${what.en}` }, command);
}
