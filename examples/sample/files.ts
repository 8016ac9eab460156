import { sampleCollectives } from './collectives.js';
import { INDICATORS, type SamplePopulation, type SampleRecord } from './generate.js';

const CSV_COLUMNS = [
  'id',
  'name',
  'framework',
  'period',
  'unit.province',
  'unit.district',
  'unit.commune',
  'unit.village',
  'unit.agency',
  ...[0, 1, 2].flatMap((i) => [
    `memberships.${i}.kind`,
    `memberships.${i}.id`,
    `memberships.${i}.name`,
    `memberships.${i}.level`,
  ]),
  ...INDICATORS.flatMap((i) => [`data.${i}.self`, `data.${i}.reviewed`]),
  'data.birthDate',
  'data.onlinePublicServices',
  'data.selfAssessedOnline',
  'data.learningActivities',
];

/**
 * Serialises a sample population into the files shipped in examples/sample/, byte for byte the
 * same for the same population: NDJSON of every record, a CSV of the first `csvRows` records as a
 * spreadsheet would export them (BOM, `dd/MM/yyyy` dates, có/không), the cadres, the collectives
 * (households, clans, villages, communes, units) and the population table; with `twoTier`, also
 * the dossiers filed under two-tier units from 1/7/2025 (see generateTwoTierRecords).
 *
 * @param population - from generateSamplePopulation
 * @param options - how many records go into the CSV; the two-tier records, if any
 * @returns file name → content
 */
export function sampleFiles(
  population: SamplePopulation,
  { csvRows = 300, twoTier }: { csvRows?: number; twoTier?: readonly SampleRecord[] } = {},
): Record<string, string> {
  const lines = (rows: readonly unknown[]): string => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
  const csv = `${[CSV_COLUMNS.join(','), ...population.records.slice(0, csvRows).map(csvLine)].join('\r\n')}\r\n`;
  return {
    'evidence-2025.ndjson': lines(population.records),
    'evidence-2025.csv': `\uFEFF${csv}`,
    'cadres-2025.ndjson': lines(population.cadres),
    'collectives-2025.ndjson': lines(sampleCollectives(population)),
    'population-2025.json': `${JSON.stringify(population.population, null, 2)}\n`,
    ...(twoTier === undefined ? {} : { 'evidence-2025-two-tier.ndjson': lines(twoTier) }),
  };
}

function csvLine(record: SampleRecord): string {
  const cell = (path: string): string => {
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
        record,
      );
    if (value === undefined) return '';
    if (typeof value === 'boolean') return value ? 'có' : 'không';
    if (path === 'data.birthDate' && typeof value === 'string') return dayFirst(value);
    if (typeof value === 'object') return quote(JSON.stringify(value));
    return quote(String(value));
  };
  return CSV_COLUMNS.map(cell).join(',');
}

function dayFirst(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
