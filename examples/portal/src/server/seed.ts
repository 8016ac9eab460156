import { applyTransition, createDossier, type Engine, type EvidenceRecord } from 'cdht';
import { readEvidence } from 'cdht/node';
import type { Kysely } from 'kysely';
import { evaluateDossier, mainDecision } from '../shared/evaluate.js';
import { audit } from './audit.js';
import { hashPassword } from './auth/passwords.js';
import { SAMPLE_TODAY } from './config.js';
import type { Database, Role } from './db/types.js';
import { unitPath } from './dossiers/units.js';
import { loadPortalWorkflow } from './workflow/policy.js';

/** A demo account, printed on start. */
export interface DemoAccount {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly name: string;
  readonly scope: readonly string[];
  readonly person?: string;
}

const PASSWORD = 'hoc-tap-suot-doi';
const KR = ['Kon Tum', 'Kon Rẫy'];

/** The demo accounts of the sample: one per role, two communes' officers to show the scoping. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'nguoidan', password: PASSWORD, role: 'citizen', name: '[Mẫu] Y Điệp', scope: [], person: 'DEMO-0001' },
  {
    username: 'canbo.dakruong',
    password: PASSWORD,
    role: 'officer',
    name: '[Mẫu] Cán bộ xã Đắk Ruồng',
    scope: [...KR, 'Đắk Ruồng'],
  },
  {
    username: 'canbo.tanlap',
    password: PASSWORD,
    role: 'officer',
    name: '[Mẫu] Cán bộ xã Tân Lập',
    scope: [...KR, 'Tân Lập'],
  },
  { username: 'huyen.konray', password: PASSWORD, role: 'viewer', name: '[Mẫu] Huyện Kon Rẫy', scope: KR },
  { username: 'tinh.kontum', password: PASSWORD, role: 'viewer', name: '[Mẫu] Tỉnh Kon Tum', scope: ['Kon Tum'] },
  { username: 'quantri', password: PASSWORD, role: 'admin', name: '[Mẫu] Quản trị', scope: [] },
];

/** The demo citizen: a sample person with no dossier yet, so the form starts empty. */
const DEMO_PERSON = {
  id: 'DEMO-0001',
  name: '[Mẫu] Y Điệp',
  unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' },
};

/** What seeding did. */
export interface SeedResult {
  readonly seeded: boolean;
  readonly dossiers: number;
  /** Sample rows the library rejected (the sample plants broken rows on purpose). */
  readonly rejected: number;
}

/**
 * Loads the synthetic Kon Rẫy sample (every name starts with `[Mẫu]`, rows marked `sample`) and
 * the demo accounts into an empty database. Each record is evaluated by the library; rejected rows
 * are counted, not stored. Each dossier is submitted through the library's workflow on
 * {@link SAMPLE_TODAY} (its log entry carries the evaluation's outcome), so the reports count it as
 * waiting for review. Does nothing when the sample is already there.
 */
export async function seedSample(
  db: Kysely<Database>,
  engine: Engine,
  evidenceFile: string,
  accounts: readonly DemoAccount[] = DEMO_ACCOUNTS,
): Promise<SeedResult> {
  const done = await db.selectFrom('people').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (done) return { seeded: false, dossiers: 0, rejected: 0 };
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  let rejected = 0;
  const { policy } = loadPortalWorkflow();
  const batch: { record: EvidenceRecord; evaluation: ReturnType<typeof evaluateDossier> }[] = [];
  for await (const row of readEvidence(evidenceFile)) {
    if (!('record' in row)) {
      rejected++;
      continue;
    }
    const evaluation = evaluateDossier(engine, undefined, row.record);
    if (!evaluation.success) rejected++;
    else batch.push({ record: row.record, evaluation });
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('people')
      .values({
        ...DEMO_PERSON,
        unit: JSON.stringify(DEMO_PERSON.unit),
        unit_path: unitPath(DEMO_PERSON.unit),
        sample: true,
      })
      .execute();
    for (let i = 0; i < batch.length; i += 500) {
      const part = batch.slice(i, i + 500);
      await trx
        .insertInto('people')
        .values(
          part.map(({ record }) => ({
            id: record.id,
            name: record.name ?? record.id,
            unit: JSON.stringify(record.unit ?? {}),
            unit_path: unitPath(record.unit ?? {}),
            sample: true,
          })),
        )
        .execute();
      const dossiers = await trx
        .insertInto('dossiers')
        .values(
          part.map(({ record, evaluation }) => ({
            person_id: record.id,
            period: String(record.period),
            framework_id: evaluation.success ? evaluation.framework.id : '',
            state: 'self-assessed',
            unit_path: unitPath(record.unit ?? {}),
            version: 1,
            sample: true,
          })),
        )
        .returning(['id', 'person_id'])
        .execute();
      const idOf = new Map(dossiers.map((d) => [d.person_id, d.id]));
      const submitted = part.map(({ record, evaluation: r }) => {
        const id = idOf.get(record.id) as number;
        const opened = createDossier({
          id: String(id),
          person: record.id,
          framework: r.success ? r.framework.id : '',
          period: String(record.period),
          unit: record.unit ?? {},
          ...(record.memberships ? { memberships: record.memberships } : {}),
        });
        const step = applyTransition(
          opened,
          {
            action: 'submit',
            date: SAMPLE_TODAY,
            by: { role: 'self', unit: {}, person: record.id },
            ...(r.success
              ? {
                  outcome: {
                    framework: `${r.data.framework.id}@${r.data.framework.version}`,
                    total: r.data.total,
                    decision: mainDecision(r.data) as 'awarded' | 'not-awarded' | 'undetermined',
                  },
                }
              : {}),
          },
          policy,
        );
        // The sample's people are residents and staff the policy covers on that date: a refusal is a bug.
        if (!step.success) throw new Error(`sample ${record.id}: ${step.issues.map((i) => i.message.en).join('; ')}`);
        return { id, entry: step.entry };
      });
      await trx
        .insertInto('transitions')
        .values(
          submitted.map(({ id, entry }) => ({
            dossier_id: id,
            from_state: entry.from,
            to_state: entry.to,
            actor_id: null,
            role: 'citizen',
            unit_path: [],
            on_date: entry.date,
            reason: null,
            entry: JSON.stringify(entry),
          })),
        )
        .execute();
      await trx
        .insertInto('evidence_versions')
        .values(
          part.map(({ record }) => ({
            dossier_id: idOf.get(record.id) as number,
            version: 1,
            kind: 'self' as const,
            record: JSON.stringify(record),
            author_id: null,
            reason: null,
          })),
        )
        .execute();
      await trx
        .insertInto('evaluations')
        .values(
          part.flatMap(({ record, evaluation: r }) =>
            r.success
              ? [
                  {
                    dossier_id: idOf.get(record.id) as number,
                    evidence_version: 1,
                    framework_id: r.data.framework.id,
                    framework_version: r.data.framework.version,
                    total: r.data.total,
                    decision: mainDecision(r.data),
                    evaluation: JSON.stringify(r.data),
                    cause: 'seed' as const,
                    created_by: null,
                  },
                ]
              : [],
          ),
        )
        .execute();
    }
    for (const [i, a] of accounts.entries()) {
      await trx
        .insertInto('accounts')
        .values({
          username: a.username,
          password_hash: hashes[i] as string,
          role: a.role,
          display_name: a.name,
          scope: [...a.scope],
          person_id: a.person ?? null,
        })
        .execute();
    }
    await audit(trx, undefined, {
      action: 'seed.sample',
      entity: 'database',
      entityId: 'sample',
      after: { dossiers: batch.length, rejected, accounts: accounts.map((a) => a.username) },
    });
  });
  return { seeded: true, dossiers: batch.length, rejected };
}
