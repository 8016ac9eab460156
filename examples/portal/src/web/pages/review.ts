import { ApiError, api } from '../api.js';
import { h, uid } from '../dom.js';
import { pick, type TextKey, t } from '../i18n.js';

/** The officer's actions offered in each state (the server, through cdht, decides whether they are allowed). */
const ACTIONS: Readonly<Record<string, readonly ('review' | 'recognise' | 'refuse' | 'return' | 'revoke')[]>> = {
  'self-assessed': ['review', 'return', 'refuse'],
  reviewed: ['recognise', 'return', 'refuse'],
  recognised: ['revoke'],
};

const BUTTON: Readonly<Record<string, TextKey>> = {
  review: 'actReview',
  recognise: 'actRecognise',
  refuse: 'actRefuse',
  return: 'actReturn',
  revoke: 'actRevoke',
};

type Scored = { self: number; reviewed?: number };
const isScored = (v: unknown): v is Scored =>
  typeof v === 'object' && v !== null && typeof (v as Scored).self === 'number';

/**
 * The review panel of a dossier: the self-assessed scores with the reviewer's score beside each
 * (a changed score needs a reason, as cdht's workflow rules), a reason, and one button per step the
 * state allows. `done` redraws the page after a step.
 */
export function reviewPanel(
  dossier: { id: number; state: string; record: { data: Record<string, unknown> } | null },
  done: () => void,
): HTMLElement | null {
  const actions = ACTIONS[dossier.state];
  if (!actions) return null;
  const data = dossier.record?.data ?? {};
  const fields = Object.entries(data).filter((e): e is [string, Scored] => isScored(e[1]));
  const inputs = new Map<string, { input: HTMLInputElement; current: number }>();
  const rows = fields.map(([name, v]) => {
    const id = uid('score');
    const current = v.reviewed ?? v.self;
    const input = h('input', {
      id,
      name: `review.${name}`,
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      step: 'any',
      value: current,
    });
    inputs.set(name, { input, current });
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('label', { for: id }, name)),
      h('td', { class: 'num' }, String(v.self)),
      h('td', {}, input),
    );
  });
  const reasonId = uid('reason');
  const reason = h('textarea', { id: reasonId, name: 'reason', rows: 3, maxlength: 4000 });
  const status = h('div', { class: 'step-result', role: 'status', 'aria-live': 'polite' });
  const take = async (action: string): Promise<void> => {
    status.replaceChildren();
    const scores: Record<string, number> = {};
    if (action === 'review')
      for (const [name, { input, current }] of inputs) {
        const value = input.valueAsNumber;
        if (!Number.isNaN(value) && value !== current) scores[name] = value;
      }
    const body = {
      action,
      ...(reason.value.trim() ? { reason: reason.value } : {}),
      ...(Object.keys(scores).length > 0 ? { scores } : {}),
    };
    try {
      await api('POST', `/api/dossiers/${dossier.id}/steps`, body);
      done();
    } catch (e) {
      const details = e instanceof ApiError && Array.isArray(e.details) ? e.details : [];
      status.append(
        h(
          'p',
          { class: 'error', role: 'alert' },
          e instanceof ApiError && e.status === 403 ? t('forbidden') : t('stepRefused'),
        ),
        h(
          'ul',
          { class: 'problems' },
          details.map((d: { message?: { vi: string; en: string } }) => h('li', {}, d.message ? pick(d.message) : '')),
        ),
      );
    }
  };
  return h(
    'section',
    { class: 'review', 'aria-labelledby': 'review-title' },
    h('h2', { id: 'review-title' }, t('reviewTitle')),
    fields.length > 0 && actions.includes('review')
      ? h(
          'div',
          { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('reviewTitle') },
          h(
            'table',
            { class: 'scores' },
            h('caption', {}, t('reviewHelp')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [t('indicator'), t('selfScore'), t('reviewedScore')].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h('tbody', {}, rows),
          ),
        )
      : null,
    h('div', { class: 'field' }, h('label', { for: reasonId }, t('reason')), reason),
    h(
      'div',
      { class: 'actions' },
      actions.map((a) =>
        h(
          'button',
          {
            type: 'button',
            class: a === 'refuse' || a === 'revoke' || a === 'return' ? 'secondary' : undefined,
            onclick: () => void take(a),
          },
          t(BUTTON[a] as TextKey),
        ),
      ),
    ),
    status,
  );
}
