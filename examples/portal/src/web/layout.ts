import { type Account, api } from './api.js';
import { h, replace } from './dom.js';
import { lang, setLang, t } from './i18n.js';

/**
 * Draws the page frame — title, sample-data banner, language switch, account and sign-out — and
 * returns the element the page fills. `redraw` is called after a language switch.
 */
export function frame(account: Account | null, redraw: () => void): HTMLElement {
  const app = document.getElementById('app') as HTMLElement;
  const content = h('div', { class: 'content' });
  const switchLang = h(
    'button',
    { type: 'button', class: 'link', lang: lang() === 'vi' ? 'en' : 'vi' },
    t('switchLang'),
  );
  switchLang.addEventListener('click', () => {
    setLang(lang() === 'vi' ? 'en' : 'vi');
    redraw();
  });
  const out = h('button', { type: 'button', class: 'link' }, t('signOut'));
  out.addEventListener('click', async () => {
    await api('DELETE', '/api/session');
    location.assign('/login');
  });
  const nav = account
    ? h(
        'nav',
        { 'aria-label': 'menu' },
        account.role === 'citizen' ? h('a', { href: '/assess' }, t('selfAssessment')) : null,
        account.role === 'officer' || account.role === 'admin' ? h('a', { href: '/officer' }, t('dossiers')) : null,
        account.role !== 'citizen' ? h('a', { href: '/reports' }, t('reports')) : null,
      )
    : null;
  replace(
    app,
    h(
      'header',
      {},
      h('p', { class: 'brand' }, h('a', { href: '/' }, t('appTitle'))),
      nav,
      h('div', { class: 'who' }, account ? h('span', {}, account.name) : null, switchLang, account ? out : null),
    ),
    h('p', { class: 'banner', role: 'note' }, t('sampleBanner')),
    content,
  );
  document.documentElement.lang = lang();
  return content;
}

/** A message in place of the page (forbidden, not found, error). */
export const notice = (text: string) => h('p', { class: 'notice', role: 'alert' }, text);
