/**
 * Every file of the criteria documentation, computed in memory: one page per framework version
 * and language, plus an index per language. Pure and deterministic (no dates, no clock).
 *
 * @module
 */
import type { GroupDefinition, Locale } from '../format/common.js';
import type { Framework } from '../format/framework.js';
import type { OperatorTable } from '../rules/types.js';
import { buildCriteriaDocPath, type DocFormat, renderCriteriaIndex, sortFrameworks } from './criteriaIndex.js';
import { renderFrameworkHtml } from './html.js';
import { renderFrameworkMarkdown } from './markdown.js';
import { findPreviousVersion } from './previousVersion.js';

/**
 * Options of {@link renderCriteriaDocs} and `writeCriteriaDocs`.
 *
 * @category Docs
 */
export interface CriteriaDocsOptions {
  /** `md` or `html`. */
  readonly format: DocFormat;
  /** Languages to write; `['vi', 'en']` by default. */
  readonly locales?: readonly Locale[] | undefined;
  /** Operators for rule sentences (use `engine.operators`). */
  readonly operators?: OperatorTable | undefined;
  /** Citizen groups for labels (use `engine.groups`). */
  readonly groups?: Readonly<Record<string, GroupDefinition>> | undefined;
  /** `true` for the frameworks that ship with cdht (the index says so); a user's own by default. */
  readonly bundled?: boolean | undefined;
}

/** A generated documentation file: its path relative to the output folder, and its text. @category Docs */
export interface DocFile {
  readonly path: string;
  readonly content: string;
}

/**
 * The documentation files of frameworks: `<id>/<version>.<locale>.<format>` for each framework and
 * language (each compared with the previous version of the same id among `frameworks`) and
 * `index.<locale>.<format>`.
 *
 * @param frameworks - resolved frameworks
 * @param options - format, languages, operators, groups
 * @returns the files, sorted by path
 * @example renderCriteriaDocs(engine.frameworks(), { format: 'md', operators: engine.operators })
 * @category Docs
 */
export function renderCriteriaDocs(frameworks: readonly Framework[], options: CriteriaDocsOptions): DocFile[] {
  const { format, operators, groups, bundled } = options;
  const render = format === 'html' ? renderFrameworkHtml : renderFrameworkMarkdown;
  const files: DocFile[] = [];
  for (const locale of options.locales ?? (['vi', 'en'] as const)) {
    files.push({
      path: `index.${locale}.${format}`,
      content: renderCriteriaIndex(frameworks, { locale, format, groups, bundled }),
    });
    for (const framework of sortFrameworks(frameworks)) {
      const previous = findPreviousVersion(framework, frameworks);
      files.push({
        path: buildCriteriaDocPath(framework, locale, format),
        content: render(framework, { locale, operators, groups, previous }),
      });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
