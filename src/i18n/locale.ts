import type { IssueCode, ReasonCode } from '../errors/codes.js';
import type { Issue } from '../errors/issue.js';
import type { IssueParams, ReasonParams } from '../errors/params.js';
import type { Reason } from '../format/evaluation.js';
import { formatList, formatNumber } from './format.js';

/**
 * A message in a plugin locale: a template whose `{name}` placeholders take the parameters
 * (numbers formatted for the language, lists joined, `{vi, en}` texts in English), or a function
 * of the parameters and the language tag.
 *
 * @category Plugins
 */
export type MessageTemplate<P = Readonly<Record<string, unknown>>> = string | ((params: P, lang: string) => string);

/**
 * A plugin locale's messages: by issue or reason code, or by `code.kind` for one wording of a code
 * with several (`invalid_evidence.out_of_range`). The more specific key wins; codes without a
 * message fall back to English.
 *
 * @category Plugins
 */
export type LocaleMessages = { readonly [C in IssueCode]?: MessageTemplate<IssueParams[C]> } & {
  readonly [C in ReasonCode]?: MessageTemplate<ReasonParams[C]>;
} & { readonly [codeAndKind: `${string}.${string}`]: MessageTemplate | undefined };

/**
 * Messages in another language, contributed by a plugin under a language tag (`locales: { km: … }`).
 *
 * @example
 * const fr: LocaleDefinition = {
 *   label: 'Français',
 *   messages: { 'invalid_evidence.out_of_range': 'La valeur {value} est hors de {min}–{max}.' },
 * };
 * @category Plugins
 */
export interface LocaleDefinition {
  /** The language's own name, e.g. `Français`. */
  readonly label: string;
  /** Messages by code (or `code.kind`). */
  readonly messages: LocaleMessages;
}

/** A problem with a message: an issue or a reason. */
type Problem = Issue | Reason;

/** The parameters of an issue (`params`) or a reason (its own fields besides code and message). */
function paramsOf(problem: Problem): Readonly<Record<string, unknown>> {
  if ('params' in problem) return problem.params as unknown as Readonly<Record<string, unknown>>;
  const { code: _code, message: _message, ...params } = problem;
  return params;
}

/**
 * An issue's or a reason's message in a language: Vietnamese and English come with the problem;
 * any other tag is looked up in `locales` (by `code.kind`, then `code`), and English is the fallback.
 *
 * @param problem - an issue or a reason
 * @param lang - a language tag
 * @param locales - plugin locales by tag
 * @returns the text
 * @example localize(issue, 'fr', { fr }) // 'La valeur 11 est hors de 0–10.'
 * @category Messages
 */
export function localize(
  problem: Problem,
  lang: string,
  locales: Readonly<Record<string, LocaleDefinition>> = {},
): string {
  if (lang === 'vi' || lang === 'en') return problem.message[lang];
  const messages = Object.hasOwn(locales, lang) ? locales[lang]?.messages : undefined;
  if (!messages) return problem.message.en;
  const params = paramsOf(problem);
  const kind = typeof params.kind === 'string' ? `${problem.code}.${params.kind}` : undefined;
  const own = (key: string | undefined): MessageTemplate | undefined =>
    key !== undefined && Object.hasOwn(messages, key)
      ? (messages as Readonly<Record<string, MessageTemplate | undefined>>)[key]
      : undefined;
  const template = own(kind) ?? own(problem.code);
  if (typeof template === 'string') return fillTemplate(template, params, lang);
  if (typeof template === 'function') {
    const text = template(params, lang);
    if (typeof text === 'string') return text;
  }
  return problem.message.en;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces each `{name}` of a template by the parameter of that name, written for `lang`;
 * unknown names stay as they are. Only the parameters' own properties are read.
 *
 * @param template - the text with placeholders
 * @param params - the parameters
 * @param lang - the language tag, for numbers
 * @returns the text
 * @example fillTemplate('{value} > {max}', { value: 1086, max: 10 }, 'fr') // '1 086 > 10'
 * @category Messages
 */
export function fillTemplate(template: string, params: Readonly<Record<string, unknown>>, lang: string): string {
  return template.replace(PLACEHOLDER, (all, name: string) =>
    Object.hasOwn(params, name) ? writeValue(params[name], lang) : all,
  );
}

function writeValue(value: unknown, lang: string): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return formatList(value.map((v) => writeValue(v, lang)));
  if (value !== null && typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string') {
    return (value as { en: string }).en;
  }
  return value === null || value === undefined ? '' : String(value);
}
