/**
 * The document model shared by the Markdown and HTML renderers: content is built once as blocks,
 * then each renderer escapes and lays it out for its format.
 *
 * @module
 */

/** An inline piece of text: plain, an identifier (code), bold, or a link to another generated page. */
export type DocSpan =
  | string
  | { readonly code: string }
  | { readonly strong: string }
  | { readonly link: string; readonly href: string };

/** Inline text: a string or a run of spans. */
export type DocText = string | readonly DocSpan[];

/** A table row; `group` rows head a criterion, `total` rows close a table. */
export interface DocRow {
  readonly cells: readonly DocText[];
  readonly role?: 'group' | 'total' | undefined;
}

/** Tones of a notice box. */
export type NoticeTone = 'warning' | 'example' | 'info';

/** A block of a generated document. */
export type DocBlock =
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2 | 3 | 4;
      readonly text: DocText;
      readonly anchor?: string | undefined;
    }
  | { readonly kind: 'paragraph'; readonly text: DocText }
  | {
      readonly kind: 'notice';
      readonly tone: NoticeTone;
      readonly text: DocText;
      readonly items?: readonly DocText[] | undefined;
    }
  | { readonly kind: 'list'; readonly items: readonly DocText[]; readonly checklist?: boolean | undefined }
  | {
      readonly kind: 'table';
      readonly head: readonly DocText[];
      readonly rows: readonly DocRow[];
      /** Columns whose cells are numbers (right-aligned). */
      readonly numeric?: readonly number[] | undefined;
      /** `sheet` tables are printed forms with empty columns to fill in. */
      readonly variant?: 'sheet' | undefined;
    }
  | { readonly kind: 'blanks'; readonly items: readonly DocText[] }
  | { readonly kind: 'signatures'; readonly items: readonly DocText[] }
  | { readonly kind: 'pageBreak' };

/**
 * The plain text of inline content (no markup), e.g. for HTML `<title>`.
 *
 * @param text - inline text
 * @returns the text without markup
 * @internal
 */
export function plainText(text: DocText): string {
  if (typeof text === 'string') return text;
  return text
    .map((span) =>
      typeof span === 'string' ? span : 'code' in span ? span.code : 'strong' in span ? span.strong : span.link,
    )
    .join('');
}

/**
 * Identifiers as code spans separated by commas.
 *
 * @param codes - identifiers
 * @returns inline text
 * @internal
 */
export function codeList(codes: readonly string[]): DocSpan[] {
  return codes.flatMap((code, i): DocSpan[] => (i === 0 ? [{ code }] : [', ', { code }]));
}

/**
 * Plain text with its `backquoted` words as code spans: descriptions and notes written by hand
 * often quote identifiers the Markdown way, and the HTML page must not show the backquotes.
 *
 * @param text - plain text
 * @returns the spans (a lone backquote stays text)
 * @example codeSpans('bật bằng `overrides.variants`') // ['bật bằng ', { code: 'overrides.variants' }]
 * @internal
 */
export function codeSpans(text: string): (string | { readonly code: string })[] {
  if (!text.includes('`')) return [text];
  const out: (string | { readonly code: string })[] = [];
  let at = 0;
  for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push({ code: m[1] as string });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
