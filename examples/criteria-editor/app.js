// The criteria editor page: reads the form, calls the model (model.ts, evidence.ts, person.ts, on
// cdht's public API) and draws what it returns. No innerHTML from user text, no eval: it runs under
// a strict CSP. `editor:samples` is the first people of the bundled sample, embedded by build.ts.
import samples from 'editor:samples';
import {
  checkEvidenceField,
  checkProof,
  EVIDENCE_TYPES,
  listEvidence,
  removeEvidenceField,
  setEvidenceField,
  setProofs,
} from './evidence.ts';
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
import { personInputs, runPerson, setPersonValue, totalLine } from './person.ts';

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
let person = structuredClone(samples[0]?.record ?? { id: 'mau-1', period: '2025', data: {} });

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
  if (form) {
    drawForm();
    drawEvidence();
    drawProofs();
    drawPersonForm();
  }
  drawPerson();
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

const ORIGIN = { own: 'mới · new', changed: 'đã sửa · changed', inherited: 'thừa kế · inherited' };

/** The declaration the evidence fieldset describes, from its inputs. */
function fieldFromInputs() {
  const num = (id) => ($(id).value.trim() === '' ? undefined : Number($(id).value.replace(',', '.')));
  const field = { type: $('ev-type').value, label: { vi: $('ev-vi').value.trim(), en: $('ev-en').value.trim() } };
  const unit = $('ev-unit').value.trim();
  if (unit) field.unit = unit;
  const min = num('ev-min');
  const max = num('ev-max');
  if (min !== undefined) field.min = min;
  if (max !== undefined) field.max = max;
  const values = $('ev-values')
    .value.split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (field.type === 'enum' || values.length > 0) field.values = values;
  return field;
}

/** Vietnamese checks of the field being declared, as the officer types; the save button waits for none. */
function checkFieldInputs() {
  const name = $('ev-name').value.trim();
  const editing = $('ev-name').dataset.editing;
  const taken = Object.keys(report.framework?.evidence ?? {}).filter((n) => n !== editing);
  const problems = checkEvidenceField(name, fieldFromInputs(), taken);
  $('ev-check').replaceChildren(...problems.map((p) => el('li', { className: 'error' }, p)));
  $('ev-save').disabled = problems.length > 0 || !report.framework;
}

function fillFieldInputs(name, field) {
  $('ev-name').value = name;
  $('ev-name').dataset.editing = name;
  $('ev-type').value = field.type;
  $('ev-vi').value = field.label.vi;
  $('ev-en').value = field.label.en;
  $('ev-unit').value = field.unit ?? '';
  $('ev-min').value = field.min ?? '';
  $('ev-max').value = field.max ?? '';
  $('ev-values').value = (field.values ?? []).join(', ');
  checkFieldInputs();
}

function drawEvidence() {
  const fw = report.framework;
  if (!fw) {
    $('evidence-list').replaceChildren();
    return;
  }
  const rows = listEvidence(draft, fw, report.parent).map(({ name, field, origin }) => {
    const edit = el('button', { type: 'button', id: `ev-edit-${name}` }, 'Sửa · Edit');
    edit.addEventListener('click', () => fillFieldInputs(name, field));
    const drop = el(
      'button',
      { type: 'button', id: `ev-remove-${name}` },
      origin === 'changed' ? 'Về như bộ cha · Revert' : 'Bỏ · Remove',
    );
    drop.addEventListener('click', () => update(removeEvidenceField(draft, name, origin === 'inherited')));
    const range = [field.min, field.max].some((v) => v !== undefined) ? `${field.min ?? ''}–${field.max ?? ''}` : '';
    return el(
      'tr',
      { id: `ev-row-${name}` },
      el('td', {}, el('code', {}, name)),
      el('td', {}, field.label.vi),
      el('td', {}, field.type),
      el('td', {}, [range, field.unit ?? '', (field.values ?? []).join(', ')].filter(Boolean).join(' ')),
      el('td', {}, ORIGIN[origin]),
      el('td', {}, edit, ' ', drop),
    );
  });
  $('evidence-list').replaceChildren(...rows);
  checkFieldInputs();
}

function drawProofs() {
  const fw = report.framework;
  if (!fw) return;
  const indicators = fw.criteria.flatMap((c) => c.indicators);
  const chosen = $('proof-indicator').value;
  $('proof-indicator').replaceChildren(
    ...indicators.map((i) => el('option', { value: i.id, selected: i.id === chosen }, `${i.id} ${i.label.vi}`)),
  );
  const indicator = indicators.find((i) => i.id === $('proof-indicator').value) ?? indicators[0];
  const proofs = indicator?.proof ?? [];
  $('proof-list').replaceChildren(
    ...proofs.map((p) => {
      const drop = el('button', { type: 'button', id: `proof-remove-${p.id}` }, 'Bỏ · Remove');
      drop.addEventListener('click', () =>
        update(
          setProofs(
            draft,
            indicator.id,
            proofs.filter((x) => x.id !== p.id),
          ),
        ),
      );
      return el('li', {}, el('code', {}, p.id), ` ${p.label.vi} · ${p.label.en} `, drop);
    }),
  );
  checkProofInputs();
}

function proofFromInputs() {
  return { id: $('proof-id').value.trim(), label: { vi: $('proof-vi').value.trim(), en: $('proof-en').value.trim() } };
}

function currentProofs() {
  const indicator = report.framework?.criteria
    .flatMap((c) => c.indicators)
    .find((i) => i.id === $('proof-indicator').value);
  return { indicator, proofs: indicator?.proof ?? [] };
}

function checkProofInputs() {
  const { indicator, proofs } = currentProofs();
  const problems = indicator
    ? checkProof(
        proofFromInputs(),
        proofs.map((p) => p.id),
      )
    : [];
  $('proof-check').replaceChildren(...problems.map((p) => el('li', { className: 'error' }, p)));
  $('proof-add').disabled = problems.length > 0 || !indicator;
}

/** The person's evidence inputs, one per field the draft declares. */
function drawPersonForm() {
  const fw = report.framework;
  if (!fw) {
    $('person-form').replaceChildren();
    return;
  }
  const rows = personInputs(fw, person).map((input) => {
    const control =
      input.kind === 'boolean'
        ? el(
            'select',
            { id: `person-${input.name}` },
            el('option', { value: '', selected: input.value === '' }, '—'),
            el('option', { value: 'true', selected: input.value === 'true' }, 'có · yes'),
            el('option', { value: 'false', selected: input.value === 'false' }, 'không · no'),
          )
        : el('input', {
            id: `person-${input.name}`,
            value: input.value,
            ...(input.kind === 'score' || input.kind === 'number'
              ? { type: 'number', step: 'any', ...(input.max === undefined ? {} : { max: String(input.max) }) }
              : { size: 40 }),
          });
    control.addEventListener(input.kind === 'boolean' ? 'change' : 'input', () =>
      later(() => {
        const next = setPersonValue(person, input, control.value);
        $('person-error').textContent = 'error' in next ? next.error : '';
        if ('error' in next) return;
        person = next.record;
        $('person-json').value = JSON.stringify(person, null, 2);
        drawPerson();
      }),
    );
    return el(
      'tr',
      {},
      el('td', {}, el('label', { htmlFor: `person-${input.name}` }, input.label)),
      el('td', {}, control, input.kind === 'score' ? ' tự đánh giá' : ''),
    );
  });
  $('person-form').replaceChildren(...rows);
}

/** The draft's result for the person, drawn as the officer types. */
function drawPerson() {
  const r = runPerson(draft, person);
  const out = [];
  if (r.problems.length > 0) out.push(el('ul', { className: 'error' }, ...r.problems.map((p) => el('li', {}, p))));
  else {
    out.push(el('p', { id: 'person-total' }, el('strong', {}, totalLine(r))));
    out.push(
      el(
        'table',
        {},
        el(
          'tbody',
          {},
          ...r.criteria.map((c) =>
            el('tr', {}, el('td', {}, `${c.id} ${c.label}`), el('td', {}, `${c.points}/${c.max}`)),
          ),
        ),
      ),
    );
    for (const t of r.titles)
      out.push(
        el(
          'div',
          { className: `title ${t.decision}`, id: `person-title-${t.id}` },
          el(
            'p',
            {},
            `Danh hiệu “${t.label}”: `,
            el('strong', { className: t.decision === 'awarded' ? 'ok' : 'error' }, t.decisionText),
          ),
          el('ul', {}, ...t.reasons.map((x) => el('li', {}, x))),
          t.gap ? el('p', { className: 'gap' }, `Để đạt: ${t.gap}`) : '',
        ),
      );
    if (r.missing.length > 0)
      out.push(el('p', { className: 'warning' }, `Thiếu dữ liệu · Missing: ${r.missing.join(', ')}`));
  }
  $('person-result').replaceChildren(...out);
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
  $('ev-type').replaceChildren(...EVIDENCE_TYPES.map((t) => el('option', { value: t }, t)));
  for (const id of ['ev-name', 'ev-type', 'ev-vi', 'ev-en', 'ev-unit', 'ev-min', 'ev-max', 'ev-values'])
    $(id).addEventListener('input', checkFieldInputs);
  $('ev-save').addEventListener('click', () => {
    update(setEvidenceField(draft, $('ev-name').value.trim(), fieldFromInputs()));
    $('ev-name').dataset.editing = $('ev-name').value.trim();
  });
  $('proof-indicator').addEventListener('change', drawProofs);
  for (const id of ['proof-id', 'proof-vi', 'proof-en']) $(id).addEventListener('input', checkProofInputs);
  $('proof-add').addEventListener('click', () => {
    const { indicator, proofs } = currentProofs();
    update(setProofs(draft, indicator.id, [...proofs, proofFromInputs()]));
    for (const id of ['proof-id', 'proof-vi', 'proof-en']) $(id).value = '';
    $('proof-check').replaceChildren();
  });
  $('sample-person').replaceChildren(
    ...samples.map((p, i) => el('option', { value: String(i) }, `${p.id} — ${p.name}`)),
    el('option', { value: 'blank' }, 'Hồ sơ trống · A blank record'),
  );
  $('sample-person').addEventListener('change', () => {
    const i = $('sample-person').value;
    person = structuredClone(i === 'blank' ? { id: 'mau-1', period: '2025', data: {} } : samples[Number(i)].record);
    $('person-json').value = JSON.stringify(person, null, 2);
    drawPersonForm();
    drawPerson();
  });
  $('person-json').value = JSON.stringify(person, null, 2);
  $('person-json').addEventListener('input', () =>
    later(() => {
      try {
        person = JSON.parse($('person-json').value);
        $('person-error').textContent = '';
      } catch (error) {
        $('person-error').textContent = `Hồ sơ không phải JSON hợp lệ: ${error.message}`;
        return;
      }
      drawPersonForm();
      drawPerson();
    }),
  );
  update(newFramework($('new-id').value.trim(), parents.find((p) => p.id === 'cdht-household') ?? parents[0]));
  document.body.dataset.ready = 'true';
}

start();
