import { generateSamplePopulation, type SampleMembership, type SampleRecord } from './generate.js';

/** The old township the bundled mapping carries over (by name, partial) and its two-tier successor. */
const OLD_COMMUNE = 'Đắk Rve';
const NEW_PROVINCE = 'Quảng Ngãi';
const NEW_COMMUNE = 'Đăk Rve';

/** Agency and membership names renamed with their commune: "thị trấn Đắk Rve" became "xã Đăk Rve". */
const rename = (text: string): string =>
  text.replace(`thị trấn ${OLD_COMMUNE}`, `xã ${NEW_COMMUNE}`).replaceAll(OLD_COMMUNE, NEW_COMMUNE);

function renameMembership(m: SampleMembership): SampleMembership {
  return {
    ...m,
    id: rename(m.id),
    ...(m.name === undefined ? {} : { name: rename(m.name) }),
    // District agencies are gone after 1/7/2025; only commune agencies are kept, so the level stays commune.
  };
}

/**
 * SYNTHETIC dossiers of 2025 filed from 1/7/2025, under two-tier local government: the residents
 * and commune staff of the new commune of Đăk Rve (province Quảng Ngãi), which bears the name of
 * the former township of Đắk Rve (Kon Rẫy district, Kon Tum). With `evidence-2025.ndjson` (kept
 * under the old province → district → commune units) the sample's year straddles the change, so a
 * report dated 30/6/2025 and one dated 31/12/2025 place the same data differently.
 *
 * They are drawn by the persons' generator from a seed of their own (so the first file does not
 * change), keeping the persons of the old township and of its commune agencies, renumbered `QN25-…`
 * and re-keyed to `{ province: 'Quảng Ngãi', commune: 'Đăk Rve', village | agency }`; rows planted
 * with errors stay in (a score of 12 is rejected by every door). Which villages the new commune
 * has is not verified: the old township's (synthetic) village names are kept.
 *
 * @param options - PRNG `seed`, `persons` drawn before keeping those of Đắk Rve
 * @returns the records, in the generator's order
 */
export function generateTwoTierRecords({
  seed = 20250701,
  persons = 2000,
}: {
  seed?: number;
  persons?: number;
} = {}): SampleRecord[] {
  const { records } = generateSamplePopulation({ seed, persons });
  const kept = records.filter((r) => r.unit.commune === OLD_COMMUNE);
  return kept.map((r, i) => {
    const { district: _district, commune: _commune, province: _province, ...below } = r.unit;
    const unit: Record<string, string> = { province: NEW_PROVINCE, commune: NEW_COMMUNE };
    for (const [level, name] of Object.entries(below)) unit[level] = rename(name);
    return {
      ...r,
      id: `QN25-${String(i + 1).padStart(5, '0')}`,
      unit,
      memberships: r.memberships.map(renameMembership),
    };
  });
}
