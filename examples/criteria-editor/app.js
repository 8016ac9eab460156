// The criteria editor page: reads the form, calls the model (model.ts, on cdht's public API) and
// draws what it returns. No innerHTML from user text, no eval: it runs under a strict CSP.
import {
  addIndicator,
  checkDraft,
  listParents,
  newFramework,
  openFramework,
  renderDraftDocument,
  runDraftCases,
  saveFramework,
  setIndicator,
  setRemoved,
  setThreshold,
} from './model.ts';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const c of children) node.append(c);
  return node;
};

let draft;
let opened;
let report;
let timer;

function later(fn) {
  clearTimeout(timer);
  timer = setTimeout(fn, 250);
}

function refresh({ form = true, json = true } = {}) {
  report = checkDraft(draft);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  const status = $('check-status');
  status.className = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  status.textContent =
    errors + warnings === 0
      ? 'Hợp lệ, không có cảnh báo · Valid, no warnings'
      : `${errors} lỗi, ${warnings} cảnh báo · ${errors} errors, ${warnings} warnings`;
  $('problem-list').replaceChildren(
    ...report.problems.map((p) => el('li', { className: p.severity }, `${p.path}: ${p.code} ${p.message}`)),
  );
  $('change-list').replaceChildren(...report.changes.map((c) => el('li', {}, c)));
  if (json) $('json-text').value = saveFramework(draft, opened);
  if (form) drawForm();
  $('preview').replaceChildren(...new DOMParser().parseFromString(report.preview, 'text/html').body.childNodes);
}

function update(next, options) {
  draft = next;
  refresh(options);
}

function numberOf(input) {
  return input.value.trim() === '' ? undefined : Number(input.value);
}

function drawForm() {
  const form = $('form-box');
  const fw = report.framework;
  if (!fw) {
    form.replaceChildren(
      el('p', { className: 'error' }, 'Sửa các lỗi ở mục 3 để hiện biểu mẫu · Fix the errors in 3 to show the form'),
    );
    return;
  }
  const rows = [];
  for (const c of fw.criteria) {
    rows.push(el('tr', {}, el('th', { colSpan: 4 }, `${c.id} ${c.label.vi}`)));
    for (const ind of c.indicators) {
      const label = el('input', { value: ind.label.vi, size: 50, id: `label-${ind.id}` });
      label.addEventListener('input', () =>
        later(() =>
          update(setIndicator(draft, ind.id, 'label', { vi: label.value, en: ind.label.en }), { form: false }),
        ),
      );
      const points = el('input', { type: 'number', min: '1', value: String(ind.points), id: `points-${ind.id}` });
      points.addEventListener('input', () => {
        const n = numberOf(points);
        if (n !== undefined) later(() => update(setIndicator(draft, ind.id, 'points', n), { form: false }));
      });
      const remove = el('input', { type: 'checkbox', id: `remove-${ind.id}` });
      remove.addEventListener('change', () => update(setRemoved(draft, ind.id, true)));
      rows.push(
        el(
          'tr',
          {},
          el('td', {}, ind.id),
          el('td', {}, label),
          el('td', {}, points),
          el('td', {}, el('label', {}, remove, ' bỏ · remove')),
        ),
      );
    }
  }
  const removed = Array.isArray(draft.remove) ? draft.remove : [];
  const restore = removed.map((id) => {
    const box = el('input', { type: 'checkbox', checked: true, id: `restore-${id}` });
    box.addEventListener('change', () => update(setRemoved(draft, id, false)));
    return el('li', {}, el('label', {}, box, ` đã bỏ ${id} · removed`));
  });
  const titles = fw.titles.map((t) => {
    const field = (key, text) => {
      const input = el('input', { type: 'number', min: '0', value: t.requirements[key] ?? '', id: `${key}-${t.id}` });
      input.addEventListener('input', () =>
        later(() => update(setThreshold(draft, report.framework, t.id, key, numberOf(input)), { form: false })),
      );
      return el('label', {}, `${text} `, input);
    };
    return el(
      'p',
      {},
      `Danh hiệu “${t.label.vi}”: `,
      field('total', 'tổng điểm tối thiểu · total'),
      field('eachIndicator', 'mỗi chỉ số tối thiểu · each indicator'),
    );
  });
  form.replaceChildren(
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'Mã'),
          el('th', {}, 'Tên chỉ số · Label'),
          el('th', {}, 'Điểm · Points'),
          el('th', {}, ''),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
    el('ul', {}, ...restore),
    ...titles,
  );
  $('add-criterion').replaceChildren(...fw.criteria.map((c) => el('option', { value: c.id }, `${c.id} ${c.label.vi}`)));
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function start() {
  const parents = listParents();
  $('parent').replaceChildren(
    ...parents.map((p, i) =>
      el('option', { value: String(i), selected: p.id === 'cdht-household' }, `${p.id}@${p.version} — ${p.title}`),
    ),
  );
  $('create').addEventListener('click', () => {
    opened = undefined;
    update(newFramework($('new-id').value.trim(), parents[Number($('parent').value)]));
  });
  $('open').addEventListener('change', async () => {
    const file = $('open').files[0];
    if (!file) return;
    const result = openFramework(await file.text());
    $('open-error').textContent = 'error' in result ? result.error : '';
    if ('error' in result) return;
    opened = result;
    update(result.json);
  });
  $('add-button').addEventListener('click', () =>
    update(
      addIndicator(draft, {
        criterion: $('add-criterion').value,
        id: $('add-id').value.trim(),
        label: { vi: $('add-vi').value.trim(), en: $('add-en').value.trim() },
        points: Number($('add-points').value),
      }),
    ),
  );
  $('json-text').addEventListener('input', () =>
    later(() => {
      const result = openFramework($('json-text').value);
      if ('error' in result) {
        $('check-status').className = 'error';
        $('check-status').textContent = result.error;
        return;
      }
      update(result.json, { json: false });
    }),
  );
  $('run-cases').addEventListener('click', () => {
    const r = runDraftCases(draft, $('case-text').value);
    const lines = r.error ? [r.error] : [`${r.passed}/${r.passed + r.failed.length} ca đạt · cases pass`];
    for (const f of r.failed) lines.push(`✗ ${f.description}`, ...f.mismatches.map((m) => `    ${m}`));
    $('case-result').className = r.error || r.failed.length > 0 ? 'error' : 'ok';
    $('case-result').textContent = lines.join('\n');
  });
  $('download').addEventListener('click', () =>
    download(`${draft.id}-${draft.version}.json`, 'application/json', saveFramework(draft, opened)),
  );
  $('download-doc').addEventListener('click', () =>
    download(`${draft.id}-${draft.version}.vi.html`, 'text/html', renderDraftDocument(draft)),
  );
  update(newFramework($('new-id').value.trim(), parents.find((p) => p.id === 'cdht-household') ?? parents[0]));
  document.body.dataset.ready = 'true';
}

start();
