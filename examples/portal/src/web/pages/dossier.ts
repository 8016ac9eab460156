import type { Evaluation } from 'cdht';
import { ApiError, api, session } from '../api.js';
import { h } from '../dom.js';
import { evaluationView } from '../form/result.js';
import { isTextKey, t } from '../i18n.js';
import { frame, notice } from '../layout.js';
import { reviewPanel } from './review.js';

interface Detail {
  id: number;
  person: { id: string; name: string; unit: Record<string, string>; sample: boolean };
  period: string;
  framework: string;
  state: string;
  record: { data: Record<string, unknown> } | null;
  evaluation: { framework_id: string; framework_version: string; evaluation: Evaluation } | null;
  transitions: { from_state: string; to_state: string; role: string; on_date: string; reason: string | null }[];
}

const label = (key: string) => (isTextKey(key) ? t(key) : key);

/** One dossier for an officer: the person, the evidence, the library's evaluation, the history. */
export async function dossierPage(): Promise<void> {
  const account = await session();
  if (!account) return location.assign('/login');
  const id = Number(new URLSearchParams(location.search).get('id'));
  const draw = async (): Promise<void> => {
    const content = frame(account, () => void draw());
    let d: Detail;
    try {
      d = await api<Detail>('GET', `/api/dossiers/${id}`);
    } catch (e) {
      return void content.append(notice(e instanceof ApiError && e.status === 403 ? t('forbidden') : t('notFound')));
    }
    const e = d.evaluation?.evaluation;
    content.append(
      h('p', {}, h('a', { href: '/officer' }, `← ${t('back')}`)),
      h('h1', {}, d.person.name),
      h('p', {}, Object.values(d.person.unit).join(' / ')),
      h('p', { class: 'status', role: 'status' }, `${t('state')}: ${label(d.state)} — ${d.framework}`),
      e
        ? evaluationView(
            e,
            e.criteria.reduce((s, c) => s + c.max, 0),
          )
        : '',
      (account.role === 'officer' ? reviewPanel(d, () => void draw()) : null) ?? '',
      h('h2', {}, t('history')),
      h(
        'ol',
        { class: 'history' },
        d.transitions.map((x) =>
          h(
            'li',
            {},
            `${x.on_date}: ${label(x.from_state)} → ${label(x.to_state)} (${x.role})${x.reason ? ` — ${x.reason}` : ''}`,
          ),
        ),
      ),
    );
  };
  await draw();
}
