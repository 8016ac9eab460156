import { CdhtError, type Issue, issue } from '../errors/issue.js';
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
 * (`form.kind` `base`, e.g. 324/QĐ-KHVN part 1, which no official text offers as a form) and a
 * collective framework (which judges a family, clan, community or unit, not a person).
 *
 * @param framework - a loaded framework
 * @returns true for official, alias and local forms
 * @example isForm(engine.get('cdht')!) // false: the base; isForm(engine.get('cdht-resident')!) // true
 * @category Frameworks
 */
export function isForm(framework: Framework): boolean {
  return framework.form.kind !== 'base' && framework.kind !== 'collective';
}

const fail = (made: Issue): CdhtError => new CdhtError([made]);

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
    if (!f) throw fail(issue('unknown_framework', ['framework'], { kind: 'not_found', id: record.framework, date }));
    if (!isForm(f)) {
      const kind = f.kind === 'collective' ? 'collective' : 'base';
      throw fail(issue('not_a_form', ['framework'], { kind, id: f.id, forms: formsOf(catalogue, date) }));
    }
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
    throw fail(issue('unknown_framework', ['group'], { kind: 'no_choice', group, date, count: candidates.length }));
  return preferred;
}

/** The official forms in force, for messages. */
function formsOf(catalogue: FormCatalogue, date: string): string[] {
  const ids = catalogue
    .ids()
    .map((id) => catalogue.inForce(id, date))
    .filter((f): f is Framework => f?.form.kind === 'official')
    .map((f) => f.id);
  return ids.length > 0 ? ids : ['cdht-resident'];
}
