import { api, session } from '../api.js';
import { h } from '../dom.js';
import { lang, t } from '../i18n.js';
import { frame, notice } from '../layout.js';

interface RollUpRow {
  unit: string;
  eligible: number;
  recognised: number;
  expired: number;
  refused: number;
  revoked: number;
  waiting: { draft: number; 'self-assessed': number; reviewed: number };
}

const PERIOD = '2025';
const dmy = (iso: string) => (lang() === 'vi' ? iso.split('-').reverse().join('/') : iso);

/**
 * Reports: for every officer and viewer the roll-up of their unit (counts per commune from cdht's
 * recognition status, no names); for a commune officer also the recognition list and the progress
 * report of the commune as HTML and XLSX downloads made by cdht.
 */
export async function reportsPage(): Promise<void> {
  const account = await session();
  if (!account) return location.assign('/login');
  const draw = async (): Promise<void> => {
    const content = frame(account, () => void draw());
    if (account.role === 'citizen') return void content.append(notice(t('forbidden')));
    const r = await api<{ asOf: string; units: RollUpRow[] }>('GET', `/api/reports/rollup?period=${PERIOD}`);
    const cols = [
      t('commune'),
      t('eligible'),
      t('recognised'),
      t('waitDraft'),
      t('waitReview'),
      t('waitRecognition'),
      t('refused'),
      t('revoked'),
      t('expired'),
    ];
    const table =
      r.units.length === 0
        ? h('p', {}, t('noData'))
        : h(
            'div',
            { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('rollUp') },
            h(
              'table',
              { class: 'rollup' },
              h('caption', {}, `${t('rollUp')} ${PERIOD} — ${t('asOf', { date: dmy(r.asOf) })}`),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  cols.map((c) => h('th', { scope: 'col' }, c)),
                ),
              ),
              h(
                'tbody',
                {},
                r.units.map((u) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, u.unit),
                    [
                      u.eligible,
                      u.recognised,
                      u.waiting.draft,
                      u.waiting['self-assessed'],
                      u.waiting.reviewed,
                      u.refused,
                      u.revoked,
                      u.expired,
                    ].map((n) => h('td', { class: 'num' }, String(n))),
                  ),
                ),
              ),
            ),
          );
    const link = (path: string, format: 'html' | 'xlsx', text: string) =>
      h(
        'li',
        {},
        h('a', { href: `/api/reports/${path}?period=${PERIOD}&format=${format}&lang=${lang()}`, download: '' }, text),
      );
    content.append(
      h('h1', {}, `${t('reports')} — ${account.scope.at(-1) ?? ''}`),
      account.role === 'viewer' ? h('p', { class: 'help' }, t('rollUpOnly')) : '',
      table,
      account.role === 'officer'
        ? h(
            'section',
            { 'aria-labelledby': 'downloads' },
            h('h2', { id: 'downloads' }, t('downloads')),
            h(
              'ul',
              { class: 'downloads' },
              link('recognition', 'html', `${t('recognitionList')} (HTML)`),
              link('recognition', 'xlsx', `${t('recognitionList')} (XLSX)`),
              link('progress', 'html', `${t('progressReport')} (HTML)`),
              link('progress', 'xlsx', `${t('progressReport')} (XLSX)`),
            ),
          )
        : '',
    );
  };
  await draw();
}
