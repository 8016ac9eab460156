import type { EvidenceField } from '../format/framework.js';
import { parseVietnameseDate } from './dates.js';

type Path = readonly (string | number)[];
type Declared = Readonly<Record<string, EvidenceField>> | undefined;

const TRUE_WORDS = /* @__PURE__ */ new Set(['true', 'có', 'x', 'yes', 'đúng', '1']);
const FALSE_WORDS = /* @__PURE__ */ new Set(['false', 'không', 'no', 'sai', '0']);
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
const DAY_FIRST_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/;

/**
 * Splits a header cell such as `data.tc1_1.self` or `proofs.0.type` into a path; digits are array indexes.
 *
 * @internal
 */
export function _headerPath(header: string): Path {
  return header
    .trim()
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Turns one spreadsheet cell into the value its column expects.
 *
 * Top-level fields and units stay text; dates in `period.*` and `proofs.*.date` become ISO. Under
 * `data`, the declared field type decides when a framework is given; otherwise the cell's
 * appearance does (numbers, true/false/có/không/x, `dd/MM/yyyy` dates). Values that do not fit
 * are kept as written so validation can say what was expected.
 *
 * @internal
 */
export function _coerceCell(path: Path, cell: unknown, evidence: Declared): unknown {
  if (cell instanceof Date) return isoOf(cell);
  const head = path[0];
  if (head === 'data') return coerceData(path.slice(1), cell, evidence);
  const last = path[path.length - 1];
  const isDate = (head === 'period' && path.length === 2) || (head === 'proofs' && last === 'date');
  if (typeof cell !== 'string') return isDate || typeof cell === 'boolean' ? cell : String(cell);
  if (isDate) return parseVietnameseDate(cell) ?? cell;
  return cell;
}

function coerceData(path: Path, cell: unknown, evidence: Declared): unknown {
  const name = path[0];
  const declared = typeof name === 'string' && evidence && Object.hasOwn(evidence, name) ? evidence[name] : undefined;
  const field = declared ? fieldAt(declared, path.slice(1)) : undefined;
  if (!field) return byAppearance(cell);
  if (field === 'score' || field.type === 'number' || field.type === 'integer') return toNumber(cell);
  if (field.type === 'assessment') {
    const score = toNumber(cell);
    return typeof score === 'number' ? { self: score } : parseJson(cell);
  }
  if (field.type === 'boolean') return toBoolean(cell);
  if (field.type === 'date') return typeof cell === 'string' ? (parseVietnameseDate(cell) ?? cell) : cell;
  if (field.type === 'list' || field.type === 'object') return parseJson(cell);
  return typeof cell === 'number' ? String(cell) : cell;
}

/** The declared field a sub-path points at; `score` for the parts of an assessment. */
function fieldAt(field: EvidenceField, rest: Path): EvidenceField | 'score' | undefined {
  let current: EvidenceField | undefined = field;
  for (const part of rest) {
    if (!current) return undefined;
    if (current.type === 'assessment') return part === 'self' || part === 'reviewed' ? 'score' : undefined;
    current =
      typeof part === 'number'
        ? current.items
        : current.fields && Object.hasOwn(current.fields, part)
          ? current.fields[part]
          : undefined;
  }
  return current;
}

function byAppearance(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  const word = cell.trim().toLowerCase();
  if (NUMBER.test(word)) return Number(word.replace(',', '.'));
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  if (DAY_FIRST_DATE.test(word)) return parseVietnameseDate(word) ?? cell;
  return cell;
}

function toNumber(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  return NUMBER.test(text) ? Number(text.replace(',', '.')) : cell;
}

function toBoolean(cell: unknown): unknown {
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : cell;
  if (typeof cell !== 'string') return cell;
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return cell;
}

function parseJson(cell: unknown): unknown {
  if (typeof cell !== 'string' || !/^\s*[[{]/.test(cell)) return cell;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Builds a record object from header paths and cells; empty cells, and the columns whose path is
 * `null` (STT, Ghi chú), are absent.
 *
 * @internal
 */
export function _buildRecord(
  paths: readonly (Path | null)[],
  cells: readonly unknown[],
  evidence: Declared,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  paths.forEach((path, column) => {
    const cell = cells[column];
    if (path === null) return;
    if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) return;
    setPath(record, path, _coerceCell(path, typeof cell === 'string' ? cell.trim() : cell, evidence));
  });
  if (!('data' in record) && paths.length > 0) record.data = {};
  if ('memberships' in record) record.memberships = membershipsOf(record.memberships);
  return record;
}

/** Membership columns a sheet may have: one per kind, the cell being the collective's id. */
const NAMED_KINDS = ['household', 'clan', 'community', 'employer'] as const;
const LEVEL_WORDS: Readonly<Record<string, string>> = {
  xã: 'commune',
  'cấp xã': 'commune',
  phường: 'commune',
  'xã, phường': 'commune',
  huyện: 'district',
  'cấp huyện': 'district',
  quận: 'district',
  tỉnh: 'province',
  'cấp tỉnh': 'province',
  'trung ương': 'central',
  'cấp trung ương': 'central',
};

/**
 * A sheet's membership columns (`memberships.household`, `memberships.employer` with
 * `memberships.employerLevel`, written "Hộ gia đình", "Đơn vị học tập", "Cấp đơn vị") as the
 * record's list of memberships, after any written as `memberships.0.kind` … columns. Anything else
 * is left as written, so the record's validation names it rather than it being dropped.
 */
function membershipsOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const named = value as Record<string, unknown>;
  const keys = Object.keys(named).filter((k) => !/^\d+$/.test(k));
  if (keys.length === 0) return value;
  if (keys.some((k) => k !== 'employerLevel' && !(NAMED_KINDS as readonly string[]).includes(k))) return value;
  const list: unknown[] = Array.isArray(value) ? [...value] : [];
  for (const kind of NAMED_KINDS) {
    if (!Object.hasOwn(named, kind)) continue;
    const id = named[kind];
    if (kind !== 'employer') {
      list.push({ kind, id });
      continue;
    }
    const level = named.employerLevel;
    const word = typeof level === 'string' ? level.trim().toLocaleLowerCase('vi') : level;
    const code = typeof word === 'string' && Object.hasOwn(LEVEL_WORDS, word) ? LEVEL_WORDS[word] : word;
    list.push(code === undefined ? { kind, id } : { kind, id, level: code });
  }
  // A level without an employer is left for validation to name.
  if (Object.hasOwn(named, 'employerLevel') && !Object.hasOwn(named, 'employer')) return value;
  return list;
}

function setPath(target: Record<string, unknown> | unknown[], path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = target as Record<string | number, unknown>;
  path.forEach((part, index) => {
    if (index === path.length - 1) {
      node[part] = value;
      return;
    }
    const existing = node[part];
    if (typeof existing !== 'object' || existing === null) {
      node[part] = typeof path[index + 1] === 'number' ? [] : {};
    }
    node = node[part] as Record<string | number, unknown>;
  });
}
