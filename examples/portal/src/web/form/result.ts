import type { Evaluation, Issue } from 'cdht';
import type { DossierEvaluation } from '../../shared/evaluate.js';
import { h } from '../dom.js';
import { isTextKey, pick, t } from '../i18n.js';

const decisionText = (d: string) => (isTextKey(d) ? t(d) : d);

/** The evaluation as a citizen reads it: total, each title's decision, reasons and gap. */
export function resultView(result: DossierEvaluation, max: number): HTMLElement {
  if (!result.success) return issuesView(result.issues);
  return evaluationView(result.data, max);
}

/** The library's issues, each with its path and message. */
export function issuesView(issues: readonly Pick<Issue, 'path' | 'message'>[]): HTMLElement {
  return h(
    'div',
    { class: 'problems' },
    h('h3', {}, t('problems')),
    h(
      'ul',
      {},
      issues.map((i) => h('li', {}, h('code', {}, i.path.join('.')), ' ', pick(i.message))),
    ),
  );
}

/** An evaluation: total, criteria, and per title the decision, reasons and gap. */
export function evaluationView(e: Evaluation, max: number): HTMLElement {
  return h(
    'div',
    { class: 'evaluation' },
    h(
      'p',
      { class: 'total' },
      `${t('total')}: `,
      h('strong', { 'data-testid': 'total' }, String(e.total)),
      ` / ${max}`,
    ),
    h(
      'ul',
      { class: 'criteria' },
      e.criteria.map((c) => h('li', {}, `${c.id}: ${c.points}`)),
    ),
    e.titles.map((title) =>
      h(
        'div',
        { class: `title ${title.decision}` },
        h('p', {}, h('strong', { 'data-testid': 'decision' }, decisionText(title.decision))),
        title.reasons.length > 0
          ? h(
              'div',
              {},
              h('p', {}, `${t('reasons')}:`),
              h(
                'ul',
                {},
                title.reasons.map((r) => h('li', {}, pick(r.message))),
              ),
            )
          : null,
        title.gap && title.gap.points > 0
          ? h(
              'p',
              { class: 'gap' },
              `${t('gap')}: ${t('gapPoints', { n: title.gap.points })}`,
              title.gap.indicators.length > 0
                ? ` (${title.gap.indicators.map((g) => `${g.id}: ${g.from} → ${g.to}`).join('; ')})`
                : '',
            )
          : null,
      ),
    ),
  );
}
