/**
 * Markdown rendering of the documentation blocks, and the framework document in Markdown.
 *
 * @module
 */
import type { Framework } from '../format/framework.js';
import { codeSpans, type DocBlock, type DocRow, type DocSpan, type DocText, type NoticeTone } from './blocks.js';
import { type FrameworkDocOptions, frameworkDocument } from './frameworkDocument.js';

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\r?\n/g, ' ');
}

// A line starting with these would become a heading, list or quote.
function escapeLineStart(text: string): string {
  return text.replace(/^(#|[-+] |\d+[.)] )/, (m) => (/^\d/.test(m) ? m.replace(/([.)])/, '\\$1') : `\\${m}`));
}

function codeSpan(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

function span(part: DocSpan): string {
  if (typeof part === 'string')
    return codeSpans(part)
      .map((p) => (typeof p === 'string' ? escapeMarkdown(p) : codeSpan(p.code)))
      .join('');
  if ('code' in part) return codeSpan(part.code);
  if ('strong' in part)
    return part.strong === '' ? '' : `**${escapeMarkdown(part.strong.trim())}**${part.strong.endsWith(' ') ? ' ' : ''}`;
  return `[${escapeMarkdown(part.link)}](${encodeURI(part.href).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

/**
 * Inline text as Markdown, escaped.
 *
 * @param text - inline text
 * @returns Markdown
 * @internal
 */
export function inlineMarkdown(text: DocText): string {
  return escapeLineStart(typeof text === 'string' ? span(text) : text.map(span).join(''));
}

const ALERT: Record<NoticeTone, string> = { warning: 'WARNING', example: 'CAUTION', info: 'NOTE' };

function row(cells: readonly DocText[]): string {
  return `| ${cells.map((c) => inlineMarkdown(c) || ' ').join(' | ')} |`;
}

function table(head: readonly DocText[], rows: readonly DocRow[], numeric: readonly number[]): string {
  const rule = `|${head.map((_, i) => (numeric.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [row(head), rule, ...rows.map((r) => row(r.cells))].join('\n');
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inlineMarkdown(b.text)}`;
    case 'paragraph':
      return inlineMarkdown(b.text);
    case 'notice':
      return [
        `> [!${ALERT[b.tone]}]`,
        `> ${inlineMarkdown(b.text)}`,
        ...(b.items ?? []).map((i) => `> - ${inlineMarkdown(i)}`),
      ].join('\n');
    case 'list':
      return b.items.map((i) => `- ${b.checklist ? '[ ] ' : ''}${inlineMarkdown(i)}`).join('\n');
    case 'table':
      return table(b.head, b.rows, b.numeric ?? []);
    case 'blanks':
      return b.items.map((i) => `${inlineMarkdown(i)}: ${'.'.repeat(60)}`).join('\\\n');
    case 'signatures':
      return table(b.items, [{ cells: b.items.map(() => '') }], []);
    case 'pageBreak':
      return '---';
  }
}

/**
 * Renders documentation blocks as Markdown (GitHub flavour: tables, alerts, task lists).
 *
 * @param blocks - the blocks
 * @returns Markdown text ending with a newline
 * @internal
 */
export function renderMarkdown(blocks: readonly DocBlock[]): string {
  return `${blocks.map(block).join('\n\n')}\n`;
}

/**
 * A framework's documentation in Markdown: source document, effective dates, verification status,
 * criteria and indicator tables, each rule as a sentence, title requirements, evidence and proof
 * checklist, changes from the previous version and the self-assessment sheet.
 *
 * @param framework - a resolved framework (from `engine.get`)
 * @param options - language, operators and groups (from the engine), previous version
 * @returns Markdown text
 * @example
 * const md = renderFrameworkMarkdown(engine.get('cdht', '2.0.0')!, { locale: 'vi', operators: engine.operators });
 * @category Docs
 */
export function renderFrameworkMarkdown(framework: Framework, options: FrameworkDocOptions): string {
  return renderMarkdown(frameworkDocument(framework, options));
}
