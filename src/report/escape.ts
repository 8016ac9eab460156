const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML and SVG, in element content and in quoted attributes.
 *
 * @param text - the text
 * @returns the text with `& < > " '` as character references
 * @example htmlEscape('<script>alert(1)</script>') // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * @category Reports
 */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Shortens a label to at most `max` characters, ending with `…` when cut.
 *
 * @internal
 */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
