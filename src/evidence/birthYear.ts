/** Years a living person's birth can fall in; anything else is a typing slip, not a year. */
const EARLIEST = 1900;
const LATEST = 2100;

const inRange = (y: number): number | undefined =>
  Number.isInteger(y) && y >= EARLIEST && y <= LATEST ? y : undefined;

/**
 * The person's year of birth from the record's data, for lists that print it (the recognition
 * annex's "năm sinh"): `data.birthYear` (a number or digits, as the "Năm sinh" column of a sheet
 * gives it) or else the year of `data.birthDate` (`yyyy-MM-dd` or `dd/MM/yyyy`). It is copied as
 * it stands, never scored: the national registration asks for the birth year, while a form may or
 * may not declare it as evidence. An impossible date (31/02) or a year outside 1900–2100 gives none.
 *
 * @param data - the evidence record's data
 * @returns the year, or undefined
 */
export function birthYearOf(data: Readonly<Record<string, unknown>>): number | undefined {
  const year = data.birthYear;
  if (typeof year === 'number') return inRange(year);
  if (typeof year === 'string' && /^\s*\d{4}\s*$/u.test(year)) return inRange(Number(year));
  const date = data.birthDate;
  if (typeof date !== 'string') return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  const dmy = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(date);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [0, 0, 0];
  if (m < 1 || m > 12 || d < 1) return undefined;
  // Day 0 of the next month is the last day of this one.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return inRange(y);
}

/**
 * `{ birthYear }` when the data gives one, else an empty object, to spread into an evaluation.
 *
 * @param data - the evidence record's data
 * @returns the field to add
 */
export function withBirthYear(data: Readonly<Record<string, unknown>>): { birthYear?: number } {
  const year = birthYearOf(data);
  return year === undefined ? {} : { birthYear: year };
}
