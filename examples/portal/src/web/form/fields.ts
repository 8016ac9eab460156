import type { EvidenceField } from 'cdht';
import { h, uid } from '../dom.js';
import { pick, t } from '../i18n.js';

/** Where a control writes: the current value and a setter (undefined removes the value). */
export interface Slot {
  get(): unknown;
  set(value: unknown): void;
}

const help = (field: EvidenceField, id: string, extra: string[] = []) => {
  const parts = [pick(field.description), ...extra].filter((s) => s !== '');
  return parts.length > 0 ? h('p', { id, class: 'help' }, parts.join(' ')) : null;
};

const rangeText = (field: EvidenceField): string[] =>
  field.min !== undefined && field.max !== undefined
    ? [t('range', { min: field.min, max: field.max }) + (field.unit ? ` ${field.unit}` : '')]
    : field.unit
      ? [`(${field.unit})`]
      : [];

const numberOrUndefined = (text: string): number | undefined => {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  // The library decides whether a value is acceptable; the form passes on what was typed.
  return Number.isNaN(n) ? (text as unknown as number) : n;
};

/**
 * A labelled control for one declared evidence field, chosen by its type. Ranges, allowed values
 * and help text come from the declaration. Lists and objects nest.
 */
export function fieldControl(name: string, field: EvidenceField, slot: Slot, onChange: () => void): HTMLElement {
  const id = uid(`f-${name}`);
  const helpId = `${id}-help`;
  const label = h('label', { for: id }, pick(field.label), field.required ? ' *' : '');
  const described = (el: HTMLElement, extra: string[] = []) => {
    const p = help(field, helpId, extra);
    if (p) el.setAttribute('aria-describedby', helpId);
    return p;
  };
  const changed = (value: unknown) => {
    slot.set(value);
    onChange();
  };
  switch (field.type) {
    case 'assessment': {
      const current = slot.get() as { self?: unknown; reviewed?: unknown } | undefined;
      const input = h('input', {
        id,
        type: 'number',
        inputmode: 'numeric',
        step: 1,
        min: field.min,
        max: field.max,
        value: current?.self === undefined ? '' : String(current.self),
        name,
      });
      input.addEventListener('input', () => {
        const self = numberOrUndefined(input.value);
        const rest = { ...(slot.get() as object | undefined) } as Record<string, unknown>;
        if (self === undefined) delete rest.self;
        else rest.self = self;
        changed(Object.keys(rest).length === 0 ? undefined : rest);
      });
      return h('div', { class: 'field' }, label, input, described(input, rangeText(field)));
    }
    case 'number':
    case 'integer': {
      const value = slot.get();
      const input = h('input', {
        id,
        type: 'number',
        step: field.type === 'integer' ? 1 : 'any',
        min: field.min,
        max: field.max,
        value: value === undefined ? '' : String(value),
        name,
      });
      input.addEventListener('input', () => changed(numberOrUndefined(input.value)));
      return h('div', { class: 'field' }, label, input, described(input, rangeText(field)));
    }
    case 'boolean': {
      // Three choices: an unanswered question is missing evidence, not "no".
      const value = slot.get();
      const select = h(
        'select',
        { id, name },
        h('option', { value: '', selected: value === undefined }, t('notAnswered')),
        h('option', { value: 'true', selected: value === true }, t('yes')),
        h('option', { value: 'false', selected: value === false }, t('no')),
      );
      select.addEventListener('change', () => changed(select.value === '' ? undefined : select.value === 'true'));
      return h('div', { class: 'field' }, label, select, described(select));
    }
    case 'enum':
    case 'string': {
      const value = slot.get();
      if (field.values) {
        const select = h(
          'select',
          { id, name },
          h('option', { value: '', selected: value === undefined }, t('notAnswered')),
          field.values.map((v) => h('option', { value: v, selected: value === v }, v)),
        );
        select.addEventListener('change', () => changed(select.value === '' ? undefined : select.value));
        return h('div', { class: 'field' }, label, select, described(select));
      }
      const input = h('input', { id, type: 'text', value: typeof value === 'string' ? value : '', name });
      input.addEventListener('input', () => changed(input.value === '' ? undefined : input.value));
      return h('div', { class: 'field' }, label, input, described(input));
    }
    case 'date': {
      const value = slot.get();
      const input = h('input', { id, type: 'date', value: typeof value === 'string' ? value : '', name });
      input.addEventListener('input', () => changed(input.value === '' ? undefined : input.value));
      return h('div', { class: 'field' }, label, input, described(input));
    }
    case 'object':
      return objectFieldset(name, field, slot, onChange);
    case 'list':
      return listFieldset(name, field, slot, onChange);
    default: {
      // A plugin evidence type: plain text; the plugin's own parser and validator decide.
      const value = slot.get();
      const input = h('input', { id, type: 'text', value: value === undefined ? '' : String(value), name });
      input.addEventListener('input', () => changed(input.value === '' ? undefined : input.value));
      return h('div', { class: 'field' }, label, input, described(input));
    }
  }
}

function objectFieldset(name: string, field: EvidenceField, slot: Slot, onChange: () => void): HTMLElement {
  const sub = (key: string): Slot => ({
    get: () => (slot.get() as Record<string, unknown> | undefined)?.[key],
    set: (value) => {
      const next = { ...(slot.get() as Record<string, unknown> | undefined) };
      if (value === undefined) delete next[key];
      else next[key] = value;
      slot.set(Object.keys(next).length === 0 ? undefined : next);
    },
  });
  return h(
    'fieldset',
    { class: 'object' },
    h('legend', {}, pick(field.label)),
    help(field, uid('help')),
    Object.entries(field.fields ?? {}).map(([key, f]) => fieldControl(`${name}.${key}`, f, sub(key), onChange)),
  );
}

function listFieldset(name: string, field: EvidenceField, slot: Slot, onChange: () => void): HTMLElement {
  const item = field.items;
  const list = () => (Array.isArray(slot.get()) ? [...(slot.get() as unknown[])] : []);
  const box = h('fieldset', { class: 'list' }, h('legend', {}, pick(field.label)), help(field, uid('help')));
  // A list of allowed values: one checkbox per value.
  if (item && (item.type === 'enum' || item.type === 'string') && item.values) {
    const group = h('div', { class: 'choices' });
    for (const v of item.values) {
      const id = uid(`c-${name}`);
      const box2 = h('input', { id, type: 'checkbox', value: v, checked: list().includes(v) });
      box2.addEventListener('change', () => {
        const now = list().filter((x) => x !== v);
        slot.set(box2.checked ? [...now, v] : now);
        onChange();
      });
      group.append(h('div', { class: 'choice' }, box2, h('label', { for: id }, v)));
    }
    box.append(help(item, uid('help')) ?? '', group);
    return box;
  }
  const rows = h('div', { class: 'rows' });
  const draw = () => {
    rows.replaceChildren();
    list().forEach((_, index) => {
      const at: Slot = {
        get: () => list()[index],
        set: (value) => {
          const next = list();
          next[index] = value === undefined ? {} : value;
          slot.set(next);
        },
      };
      const remove = h('button', { type: 'button', class: 'secondary' }, `${t('remove')} ${index + 1}`);
      remove.addEventListener('click', () => {
        const next = list();
        next.splice(index, 1);
        slot.set(next);
        draw();
        onChange();
      });
      rows.append(
        h('div', { class: 'row' }, item ? fieldControl(`${name}.${index}`, item, at, onChange) : null, remove),
      );
    });
  };
  const add = h('button', { type: 'button', class: 'secondary' }, `${t('add')}: ${pick(item?.label ?? field.label)}`);
  add.addEventListener('click', () => {
    // A new item starts empty; until it is filled in, the library reports it as a problem.
    slot.set([...list(), item?.type === 'object' ? {} : '']);
    draw();
    onChange();
  });
  draw();
  box.append(rows, add);
  return box;
}
