import { ApiError, api, session } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { frame } from '../layout.js';

/** The sign-in page. */
export async function loginPage(): Promise<void> {
  const draw = () => {
    const content = frame(null, draw);
    const error = h('p', { class: 'error', role: 'alert', 'aria-live': 'assertive' });
    const user = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
    const pass = h('input', {
      id: 'password',
      name: 'password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
    });
    const form = h(
      'form',
      { class: 'login' },
      h('h1', {}, t('signIn')),
      h('div', { class: 'field' }, h('label', { for: 'username' }, t('username')), user),
      h('div', { class: 'field' }, h('label', { for: 'password' }, t('password')), pass),
      error,
      h('button', { type: 'submit' }, t('signIn')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      try {
        await session();
        await api('POST', '/api/session', { username: user.value, password: pass.value });
        location.assign('/');
      } catch (e) {
        error.textContent = e instanceof ApiError && e.code === 'bad_credentials' ? t('badCredentials') : t('error');
      }
    });
    content.append(form);
    user.focus();
  };
  draw();
}
