/**
 * Self-contained HTML rendering of the documentation blocks: one file with inline CSS (including
 * print rules), no scripts and no external resources; every text is escaped.
 *
 * @module
 */
import type { Locale } from '../format/common.js';
import type { Framework } from '../format/framework.js';
import { htmlEscape as escapeHtml } from '../report/escape.js';
import { codeSpans, type DocBlock, type DocRow, type DocSpan, type DocText, plainText } from './blocks.js';
import { type FrameworkDocOptions, frameworkDocument } from './frameworkDocument.js';
import { DOC_STYLE } from './htmlStyle.js';

function span(part: DocSpan): string {
  if (typeof part === 'string')
    return codeSpans(part)
      .map((p) => (typeof p === 'string' ? escapeHtml(p) : `<code>${escapeHtml(p.code)}</code>`))
      .join('');
  if ('code' in part) return `<code>${escapeHtml(part.code)}</code>`;
  if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
  // Only relative links to other generated pages: a page never points outside itself.
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(part.href)) return escapeHtml(part.link);
  return `<a href="${escapeHtml(part.href)}">${escapeHtml(part.link)}</a>`;
}

function inline(text: DocText): string {
  return typeof text === 'string' ? span(text) : text.map(span).join('');
}

function anchor(id: string | undefined): string {
  return id === undefined ? '' : ` id="${escapeHtml(id.replace(/[^A-Za-z0-9_.-]/g, '-'))}"`;
}

function cell(tag: 'td' | 'th', text: DocText, numeric: boolean): string {
  return `<${tag}${numeric ? ' class="num"' : ''}>${inline(text)}</${tag}>`;
}

function tableRow(r: DocRow, numeric: readonly number[]): string {
  const cls = r.role ? ` class="${r.role}"` : '';
  return `<tr${cls}>${r.cells.map((c, i) => cell('td', c, numeric.includes(i))).join('')}</tr>`;
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${anchor(b.anchor)}>${inline(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`;
    case 'notice': {
      const items =
        b.items && b.items.length > 0 ? `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>` : '';
      return `<div class="notice notice-${b.tone}" role="note"><p>${inline(b.text)}</p>${items}</div>`;
    }
    case 'list':
      return b.checklist
        ? `<ul class="checklist">\n${b.items.map((i) => `<li><span class="box">☐</span>${inline(i)}</li>`).join('\n')}\n</ul>`
        : `<ul>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const numeric = b.numeric ?? [];
      const head = `<thead><tr>${b.head.map((h, i) => cell('th', h, numeric.includes(i))).join('')}</tr></thead>`;
      const body = `<tbody>\n${b.rows.map((r) => tableRow(r, numeric)).join('\n')}\n</tbody>`;
      return `<table${b.variant ? ` class="${b.variant}"` : ''}>\n${head}\n${body}\n</table>`;
    }
    case 'blanks':
      return `<div class="blanks">${b.items.map((i) => `<p><span>${inline(i)}:</span><span class="line"></span></p>`).join('')}</div>`;
    case 'signatures':
      return `<div class="signatures">${b.items.map((i) => `<div class="signature"><p>${inline(i)}</p><div class="space"></div></div>`).join('')}</div>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

/**
 * Renders documentation blocks as a complete, self-contained HTML page.
 *
 * @param blocks - the blocks
 * @param options - the page language and title
 * @returns the HTML document
 * @internal
 */
export function renderHtml(
  blocks: readonly DocBlock[],
  options: { readonly locale: Locale; readonly title: DocText },
): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(plainText(options.title))}</title>`,
    `<style>\n${DOC_STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...blocks.map(block),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A framework's documentation as one self-contained HTML page that prints well: inline CSS with
 * print rules, the self-assessment sheet on a new page, no external resources, all text escaped.
 *
 * @param framework - a resolved framework (from `engine.get`)
 * @param options - language, operators and groups (from the engine), previous version
 * @returns the HTML document
 * @example
 * const html = renderFrameworkHtml(engine.get('cdht')!, { locale: 'en', operators: engine.operators, groups: engine.groups });
 * @category Docs
 */
export function renderFrameworkHtml(framework: Framework, options: FrameworkDocOptions): string {
  return renderHtml(frameworkDocument(framework, options), {
    locale: options.locale,
    title: `${framework.title[options.locale]} — ${framework.id} ${framework.version}`,
  });
}
