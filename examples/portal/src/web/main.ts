import { session } from './api.js';
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { assessPage } from './pages/assess.js';
import { dossierPage } from './pages/dossier.js';
import { loginPage } from './pages/login.js';
import { officerPage } from './pages/officer.js';
import { reportsPage } from './pages/reports.js';

/** Home: each role's first page. */
async function homePage(): Promise<void> {
  const account = await session();
  if (!account) return location.assign('/login');
  location.assign(account.role === 'citizen' ? '/assess' : account.role === 'viewer' ? '/reports' : '/officer');
}

const pages: Record<string, () => Promise<void>> = {
  reports: reportsPage,
  home: homePage,
  login: loginPage,
  assess: assessPage,
  officer: officerPage,
  dossier: dossierPage,
};

const page = pages[document.body.dataset.page ?? ''] ?? homePage;
page().catch(() => {
  replace(document.getElementById('app') as HTMLElement, h('p', { class: 'notice', role: 'alert' }, t('error')));
});
