import { api, session } from '../api.js';
import { h } from '../dom.js';
import { isTextKey, t } from '../i18n.js';
import { frame, notice } from '../layout.js';

interface Row {
  id: number;
  person_id: string;
  name: string;
  unit: Record<string, string>;
  framework_id: string;
  state: string;
  total: number | null;
  decision: string | null;
  sample: boolean;
}

const label = (key: string | null) => (key === null ? '—' : isTextKey(key) ? t(key) : key);
const STATES = ['self-assessed', 'reviewed', 'recognised', 'refused', 'draft'];

/** An officer's list of the dossiers of their commune. */
export async function officerPage(): Promise<void> {
  const account = await session();
  if (!account) return location.assign('/login');
  const params = new URLSearchParams(location.search);
  const draw = async (): Promise<void> => {
    const content = frame(account, () => void draw());
    if (account.role !== 'officer' && account.role !== 'admin') return void content.append(notice(t('forbidden')));
    const state = params.get('state') ?? '';
    const q = new URLSearchParams({ limit: '200', ...(state ? { state } : {}) });
    const { dossiers } = await api<{ dossiers: Row[] }>('GET', `/api/dossiers?${q}`);
    const filter = h(
      'nav',
      { class: 'filters', 'aria-label': t('state') },
      h('a', { href: '/officer', 'aria-current': state === '' ? 'page' : undefined }, t('all')),
      STATES.map((s) =>
        h('a', { href: `/officer?state=${s}`, 'aria-current': state === s ? 'page' : undefined }, label(s)),
      ),
    );
    content.append(
      h('h1', {}, `${t('dossiers')} — ${account.scope.at(-1) ?? ''}`),
      filter,
      h(
        'div',
        { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dossiers') },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [t('name'), t('unit'), t('state'), t('total'), t('decision')].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            dossiers.map((d) =>
              h(
                'tr',
                {},
                h('td', {}, h('a', { href: `/officer/dossier?id=${d.id}` }, d.name)),
                h('td', {}, d.unit.village ?? d.unit.agency ?? ''),
                h('td', {}, label(d.state)),
                h('td', { class: 'num' }, d.total === null ? '—' : String(d.total)),
                h('td', {}, label(d.decision)),
              ),
            ),
          ),
        ),
      ),
    );
  };
  await draw();
}
