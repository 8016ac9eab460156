import { CdhtError, issue } from '../errors/issue.js';
import type { Framework } from '../format/framework.js';

/** What choosing a form needs: the frameworks in force on a date. @internal */
export interface FormCatalogue {
  /** Every framework id. */
  ids(): readonly string[];
  /** The version of `id` in force on `date`, if any. */
  inForce(id: string, date: string): Framework | undefined;
}

/**
 * Whether people can fill a framework as their form: every framework except a shared base
 * (`form.kind` `base`, e.g. 324/QĐ-KHVN part 1, which no official text offers as a form).
 *
 * @param framework - a loaded framework
 * @returns true for official, alias and local forms
 * @example isForm(engine.get('cdht')!) // false: the base; isForm(engine.get('cdht-resident')!) // true
 * @category Frameworks
 */
export function isForm(framework: Framework): boolean {
  return framework.form.kind !== 'base';
}

const fail = (code: string, vi: string, en: string, path: string): CdhtError =>
  new CdhtError([issue(code, [path], vi, en)]);

/**
 * The form a record is evaluated with, in force on a date: its `framework` (the form filled), else
 * the one form of its group (`cdht-<group>` when several; examples never chosen). A shared base is
 * never chosen: a record naming one is refused, and a group with only a base has no form.
 *
 * @param catalogue - the frameworks (an engine's registry)
 * @param record - the record's `framework` and `group` (default `citizen`)
 * @param date - the evaluation date `yyyy-MM-dd`
 * @returns the framework
 * @throws CdhtError `unknown_framework` (none in force, or no single form for the group), `not_a_form`
 * @internal
 */
export function formForRecord(
  catalogue: FormCatalogue,
  record: { readonly framework?: string | undefined; readonly group?: string | undefined },
  date: string,
): Framework {
  if (record.framework !== undefined) {
    const f = catalogue.inForce(record.framework, date);
    if (!f)
      throw fail(
        'unknown_framework',
        `không có bộ tiêu chí "${record.framework}" có hiệu lực ngày ${date}`,
        `no framework "${record.framework}" in force on ${date}`,
        'framework',
      );
    if (!isForm(f))
      throw fail(
        'not_a_form',
        `"${f.id}" là bộ tiêu chí khung dùng chung, không phải phiếu đánh giá; hãy ghi phiếu đã điền (ví dụ ${formsOf(catalogue, date)})`,
        `"${f.id}" is the shared base framework, not a form; name the form filled (e.g. ${formsOf(catalogue, date)})`,
        'framework',
      );
    return f;
  }
  const group = record.group ?? 'citizen';
  const candidates = catalogue
    .ids()
    .map((id) => catalogue.inForce(id, date))
    .filter(
      (f): f is Framework => f !== undefined && f.group === group && isForm(f) && f.verification?.status !== 'example',
    );
  const preferred =
    candidates.find((f) => f.id === `cdht-${group}`) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!preferred)
    throw fail(
      'unknown_framework',
      `không chọn được phiếu đánh giá cho nhóm "${group}" ngày ${date} (${candidates.length} phiếu phù hợp); hãy ghi rõ framework`,
      `cannot choose a form for group "${group}" on ${date} (${candidates.length} match); name the framework`,
      'group',
    );
  return preferred;
}

/** The official forms in force, for messages. */
function formsOf(catalogue: FormCatalogue, date: string): string {
  const ids = catalogue
    .ids()
    .map((id) => catalogue.inForce(id, date))
    .filter((f): f is Framework => f?.form.kind === 'official')
    .map((f) => f.id);
  return ids.length > 0 ? ids.join(', ') : 'cdht-resident';
}
