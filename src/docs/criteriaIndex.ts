/**
 * The index page of the criteria documentation: every framework and version, with its group,
 * source document, effective dates, verification status and a link to its page.
 *
 * @module
 */
import type { GroupDefinition, Locale } from '../format/common.js';
import type { Framework } from '../format/framework.js';
import { coreGroups } from '../format/groups.js';
import { compareVersions } from '../framework/semver.js';
import { codeList, type DocBlock, type DocRow } from './blocks.js';
import { docWords, formatDate, formatEffective } from './docText.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { formText, groupLabel, verificationStatus } from './overview.js';

/** Output formats of the documentation. @category Docs */
export type DocFormat = 'md' | 'html';

/**
 * Options of {@link renderCriteriaIndex}.
 *
 * @category Docs
 */
export interface CriteriaIndexOptions {
  readonly locale: Locale;
  readonly format: DocFormat;
  /** Citizen groups, for group labels (use `engine.groups`); the built-in ones by default. */
  readonly groups?: Readonly<Record<string, GroupDefinition>> | undefined;
  /** Relative link to a framework's page; `<id>/<version>.<locale>.<format>` by default. */
  readonly link?: ((framework: Framework) => string) | undefined;
  /**
   * `true` only for the frameworks that ship with cdht: the page then says they are bundled with
   * the library. A user's own frameworks (the default) are not called bundled.
   */
  readonly bundled?: boolean | undefined;
}

/**
 * The relative path of a framework's page in the documentation folder.
 *
 * @param framework - the framework
 * @param locale - the language
 * @param format - `md` or `html`
 * @returns e.g. `cdht-household/2.0.0.vi.md`
 * @category Docs
 */
export function buildCriteriaDocPath(
  framework: Pick<Framework, 'id' | 'version'>,
  locale: Locale,
  format: DocFormat,
): string {
  return `${framework.id}/${framework.version}.${locale}.${format}`;
}

/**
 * Frameworks in documentation order: by id, then by version.
 *
 * @param frameworks - any frameworks
 * @returns a sorted copy
 * @internal
 */
export function sortFrameworks(frameworks: readonly Framework[]): Framework[] {
  return [...frameworks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareVersions(a.version, b.version)));
}

/**
 * The index page listing every framework and version.
 *
 * @param frameworks - the frameworks (any order)
 * @param options - language, format, groups and how to link pages
 * @returns Markdown or a self-contained HTML page
 * @example renderCriteriaIndex(engine.frameworks(), { locale: 'vi', format: 'md' })
 * @category Docs
 */
export function renderCriteriaIndex(frameworks: readonly Framework[], options: CriteriaIndexOptions): string {
  const { locale, format } = options;
  const w = docWords(locale);
  const groups = options.groups ?? coreGroups;
  const link = options.link ?? ((f: Framework) => buildCriteriaDocPath(f, locale, format));
  const rows: DocRow[] = sortFrameworks(frameworks).map((f) => ({
    cells: [
      [{ code: f.id }],
      [{ link: f.version, href: link(f) }],
      f.title[locale],
      groupLabel(f.group, groups, locale),
      formText(f, locale),
      f.lineage.length > 0 ? codeList(f.lineage) : '—',
      f.source ? w.sourceLine(f.source.document, formatDate(f.source.date, locale)) : w.notDeclared,
      formatEffective(f.effective, locale),
      w.statuses[verificationStatus(f)],
    ],
  }));
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: w.documentsIndex },
    { kind: 'paragraph', text: options.bundled === true ? w.indexIntro : w.indexIntroOwn },
    {
      kind: 'table',
      head: [w.framework, w.version, w.titleColumn, w.group, w.formRow, w.extends, w.source, w.effective, w.status],
      rows,
    },
  ];
  return format === 'html' ? renderHtml(blocks, { locale, title: w.documentsIndex }) : renderMarkdown(blocks);
}
