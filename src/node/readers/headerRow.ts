import { CdhtError, type Issue } from '../../errors/issue.js';
import { type _AliasLookup, _looksLikeHeader, _readHeader, _unknownColumns } from '../../evidence/header.js';
import type { EvidenceField } from '../../format/framework.js';
import { _aliasKey, _headerAliases } from './aliases.js';

type Path = readonly (string | number)[];

/** How many rows may sit above the header (titles, the unit, the date, blank lines). */
export const _TITLE_ROWS = 20;

/** What the first cell of a template's example row says (`cdht template` writes it). */
const EXAMPLE_MARKS = new Set(['ví dụ', 'example']);

/**
 * Finds the header of a CSV or XLSX sheet below any title rows and reads it, field paths and
 * aliases alike: the first of the first {@link _TITLE_ROWS} non-empty rows that looks like a header
 * ({@link _looksLikeHeader}). When none does, the first row's own header problems are thrown, as
 * they were when the first row had to be the header.
 *
 * @internal
 */
export class _HeaderSearch {
  readonly #aliases: _AliasLookup;
  #seen = 0;
  #first: readonly unknown[] | undefined;
  /** The header's paths, once found (`null` for a column read past). */
  paths: readonly (Path | null)[] | undefined;
  /** The columns read past (STT, Ghi chú): a template's example row is marked in one of them. */
  #ignored: number[] = [];

  /** The declared evidence fields the sheet's cells are typed by. */
  readonly evidence: Readonly<Record<string, EvidenceField>> | undefined;

  /**
   * @param evidence - the declared evidence fields (their labels and aliases name columns)
   * @param extra - what else may name a column (a unit table's count columns), after the aliases
   */
  constructor(evidence: Readonly<Record<string, EvidenceField>> | undefined, extra?: _AliasLookup) {
    this.evidence = evidence;
    const aliases = _headerAliases(evidence);
    this.#aliases = extra === undefined ? aliases : (text) => aliases(text) ?? extra(text);
  }

  /**
   * Offers a non-empty row before the header.
   *
   * @returns whether it was the header (then {@link paths} is set)
   * @throws CdhtError when it is the header but unusable, or the search is over without one
   */
  offer(cells: readonly unknown[]): boolean {
    this.#first ??= cells;
    this.#seen++;
    if (!_looksLikeHeader(cells, this.#aliases)) {
      if (this.#seen >= _TITLE_ROWS) this.end();
      return false;
    }
    const header = _readHeader(cells, this.#aliases);
    if ('issues' in header) throw new CdhtError(header.issues as [Issue, ...Issue[]]);
    this.paths = header.paths;
    this.#ignored = header.paths.flatMap((p, i) => (p === null ? [i] : []));
    return true;
  }

  /**
   * Whether a data row is the example row of a template: "Ví dụ" in a column read past (STT).
   *
   * @param cells - the row's cells
   */
  isExample(cells: readonly unknown[]): boolean {
    return this.#ignored.some((i) => {
      const cell = cells[i];
      return typeof cell === 'string' && EXAMPLE_MARKS.has(_aliasKey(cell));
    });
  }

  /**
   * The end of the file (or of the search) without a header: the first row's problems.
   *
   * @throws CdhtError always, when rows were seen and none was the header
   */
  end(): void {
    if (this.paths !== undefined || this.#first === undefined) return;
    const header = _readHeader(this.#first, this.#aliases);
    if ('issues' in header) throw new CdhtError(header.issues as [Issue, ...Issue[]]);
    // Field paths, but not of a record (`foo`, a title such as `CDHT`): the rows after it were
    // taken for titles, so it cannot become the header now; its columns are named instead.
    const unknown = _unknownColumns(this.#first, this.#aliases);
    throw new CdhtError(unknown as [Issue, ...Issue[]]);
  }
}
