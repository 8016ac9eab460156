import { createEngine, type Engine, type Framework, type ProofItem } from 'cdht';
import { evaluateDossier } from '../../shared/evaluate.js';
import { type Account, ApiError, api, session } from '../api.js';
import { h, replace } from '../dom.js';
import { fieldControl } from '../form/fields.js';
import { type FormModel, formModel } from '../form/model.js';
import { evaluationView, issuesView, resultView } from '../form/result.js';
import { isTextKey, pick, t } from '../i18n.js';
import { frame, notice } from '../layout.js';

interface FormSummary {
  id: string;
  version: string;
  title: { vi: string; en: string };
  verification: string;
}
interface Dossier {
  id: number;
  state: string;
  framework: string;
  record: { data: Record<string, unknown>; proofs?: ProofItem[] } | null;
  evaluation: { evaluation: import('cdht').Evaluation } | null;
}
interface Draft {
  framework: string;
  data: Record<string, unknown>;
  proofs: ProofItem[];
  pending: boolean;
}

const draftKey = (account: Account, period: string) => `cdht-draft:${account.username}:${period}`;
const readLocal = (key: string): Draft | undefined => {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Draft) : undefined;
  } catch {
    return undefined;
  }
};
const writeLocal = (key: string, draft: Draft) => {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // No storage: the draft lives in the page only.
  }
};

/** Engines by form: each loads the form's lineage once; after that the page needs no network. */
const engines = new Map<string, { engine: Engine; framework: Framework }>();
async function loadForm(id: string, version: string): Promise<{ engine: Engine; framework: Framework }> {
  const key = `${id}@${version}`;
  const cached = engines.get(key);
  if (cached) return cached;
  const { sources } = await api<{ sources: unknown[] }>('GET', `/api/frameworks/${id}/${version}`);
  const engine = createEngine();
  const loaded = engine.loadAll(sources.map((json) => ({ json })));
  const framework = engine.get(id, version);
  if (!framework) throw new Error(loaded.issues.map((i) => i.message.en).join('; '));
  const entry = { engine, framework };
  engines.set(key, entry);
  return entry;
}

/** The citizen's self-assessment page, generated from the chosen form's framework. */
export async function assessPage(): Promise<void> {
  const account = await session();
  if (!account) return location.assign('/login');
  const period = '2025';
  const draw = async (): Promise<void> => {
    const content = frame(account, () => void draw());
    if (account.role !== 'citizen') return void content.append(notice(t('forbidden')));
    const [{ forms }, { dossier }] = await Promise.all([
      api<{ forms: FormSummary[] }>('GET', `/api/forms?period=${period}`),
      api<{ dossier: Dossier | null }>('GET', `/api/me/dossier?period=${period}`),
    ]);
    content.append(h('h1', {}, `${t('selfAssessment')} ${period}`));
    if (dossier && dossier.state !== 'draft') return void content.append(submittedView(dossier));
    const key = draftKey(account, period);
    const local = readLocal(key);
    const state: Draft =
      local?.pending || !dossier?.record
        ? (local ?? { framework: dossier?.framework ?? 'cdht-household', data: {}, proofs: [], pending: false })
        : {
            framework: dossier.framework,
            data: dossier.record.data,
            proofs: dossier.record.proofs ?? [],
            pending: false,
          };
    const picker = h(
      'select',
      { id: 'form-picker' },
      forms.map((f) =>
        h(
          'option',
          { value: f.id, selected: f.id === state.framework },
          pick(f.title) + (f.verification === 'example' ? ` (${t('exampleForm')})` : ''),
        ),
      ),
    );
    const formArea = h('div', { class: 'form-area' });
    content.append(h('div', { class: 'field' }, h('label', { for: 'form-picker' }, t('form')), picker), formArea);
    const show = async () => {
      const summary = forms.find((f) => f.id === picker.value) ?? forms[0];
      if (!summary) return;
      state.framework = summary.id;
      const { engine, framework } = await loadForm(summary.id, summary.version);
      replace(formArea, assessForm(formModel(framework), engine, state, period, key));
    };
    picker.addEventListener('change', () => void show());
    await show();
  };
  await draw();
}

function submittedView(dossier: Dossier): HTMLElement {
  const e = dossier.evaluation?.evaluation;
  return h(
    'section',
    {},
    h(
      'p',
      { class: 'status', role: 'status' },
      `${t('state')}: ${isTextKey(dossier.state) ? t(dossier.state) : dossier.state}`,
    ),
    e
      ? evaluationView(
          e,
          e.criteria.reduce((s, c) => s + c.max, 0),
        )
      : null,
  );
}

function assessForm(model: FormModel, engine: Engine, state: Draft, period: string, key: string): HTMLElement {
  const fw = model.framework;
  const live = h('section', { class: 'live', 'aria-live': 'polite', 'aria-labelledby': 'live-title' });
  const status = h('p', { class: 'status', role: 'status' });
  const record = () => ({
    id: 'self-assessment',
    framework: fw.id,
    period,
    data: state.data,
    ...(state.proofs.length > 0 ? { proofs: state.proofs } : {}),
  });
  const recompute = () => {
    replace(
      live,
      h('h2', { id: 'live-title' }, t('result')),
      resultView(evaluateDossier(engine, fw.id, record()), model.max),
    );
  };
  const onChange = () => {
    state.pending = true;
    writeLocal(key, state);
    status.textContent = '';
    recompute();
  };
  const slot = (name: string) => ({
    get: () => state.data[name],
    set: (value: unknown) => {
      if (value === undefined) delete state.data[name];
      else state.data[name] = value;
    },
  });
  const proofBox = (indicator: string, proof: { id: string; label: { vi: string; en: string } }) => {
    const id = `proof-${indicator}-${proof.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
    const has = () => state.proofs.some((p) => p.type === proof.id && p.indicator === indicator);
    const box = h('input', { id, type: 'checkbox', checked: has() });
    box.addEventListener('change', () => {
      state.proofs = state.proofs.filter((p) => !(p.type === proof.id && p.indicator === indicator));
      if (box.checked) state.proofs.push({ type: proof.id, indicator });
      onChange();
    });
    return h('div', { class: 'choice' }, box, h('label', { for: id }, pick(proof.label)));
  };
  const sections = model.sections.map((s) =>
    h(
      'fieldset',
      { class: 'criterion' },
      h('legend', {}, `${s.id}. ${pick(s.label)}`),
      s.indicators.map((i) =>
        h(
          'div',
          { class: 'indicator' },
          h('h3', {}, `${i.id}. ${pick(i.label)} `, h('span', { class: 'points' }, `(${i.points} ${t('points')})`)),
          i.description ? h('p', { class: 'help' }, pick(i.description)) : null,
          i.fields.map((f) => fieldControl(f.name, f.field, slot(f.name), onChange)),
          i.proofs.length > 0
            ? h(
                'div',
                { class: 'proofs' },
                h('p', {}, t('proofs')),
                i.proofs.map((p) => proofBox(i.id, p)),
              )
            : null,
        ),
      ),
    ),
  );
  const other =
    model.other.length > 0
      ? h(
          'fieldset',
          { class: 'criterion' },
          h('legend', {}, t('otherEvidence')),
          model.other.map((f) => fieldControl(f.name, f.field, slot(f.name), onChange)),
        )
      : null;
  const save = h('button', { type: 'button', class: 'secondary' }, t('saveDraft'));
  const submit = h('button', { type: 'button' }, t('submit'));
  const send = async () => {
    await api('PUT', '/api/me/dossier', { framework: fw.id, period, data: state.data, proofs: state.proofs });
    state.pending = false;
    writeLocal(key, state);
  };
  save.addEventListener('click', async () => {
    try {
      await send();
      status.textContent = t('saved');
    } catch (e) {
      status.textContent = e instanceof ApiError ? t('error') : t('savedOffline');
    }
  });
  submit.addEventListener('click', async () => {
    if (!confirm(t('confirmSubmit'))) return;
    try {
      await send();
      await api('POST', '/api/me/dossier/submit', { period });
      status.textContent = t('submitted');
      location.reload();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_evidence') {
        replace(live, issuesView(e.details as { path: string[]; message: { vi: string; en: string } }[]));
      } else status.textContent = e instanceof ApiError ? t('error') : t('savedOffline');
    }
  });
  recompute();
  return h(
    'div',
    { class: 'assess' },
    h('p', { class: 'help' }, pick(fw.title), fw.verification?.status === 'example' ? ` — ${t('exampleForm')}` : ''),
    h('div', { class: 'columns' }, h('form', { class: 'fields', novalidate: true }, sections, other), live),
    h('div', { class: 'actions' }, save, submit),
    status,
  );
}
