import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Roles of portal accounts. */
export type Role = 'citizen' | 'officer' | 'viewer' | 'admin';

type Created = ColumnType<Date, never, never>;
type Json<T = unknown> = ColumnType<T, string, string>;

/** Accounts: a citizen is bound to one person; officers and viewers see the units under `scope`. */
export interface AccountsTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: Role;
  display_name: string;
  /** Unit path prefix (province, district, commune, …) the account may see; `{}` for admins. */
  scope: ColumnType<string[], string[], never>;
  person_id: string | null;
  created_at: Created;
}

/** Sessions: only the SHA-256 of the cookie's token is stored. */
export interface SessionsTable {
  token_hash: string;
  account_id: number;
  created_at: Created;
  expires_at: Date;
}

/** People (the learners). */
export interface PeopleTable {
  id: string;
  name: string;
  unit: Json<Record<string, string>>;
  unit_path: ColumnType<string[], string[], never>;
  sample: boolean;
  created_at: Created;
}

/** One dossier per person and period; `version` is the latest evidence version. */
export interface DossiersTable {
  id: Generated<number>;
  person_id: string;
  period: string;
  framework_id: string;
  state: string;
  unit_path: ColumnType<string[], string[], never>;
  version: number;
  sample: boolean;
  created_at: Created;
  updated_at: ColumnType<Date, never, Date>;
}

/** Evidence versions (append-only): the self-assessment and each reviewer's adjustment. */
export interface EvidenceVersionsTable {
  dossier_id: number;
  version: number;
  kind: 'self' | 'review';
  record: Json;
  author_id: number | null;
  reason: string | null;
  created_at: Created;
}

/** Evaluations: the framework id@version used and the library's full evaluation JSON. */
export interface EvaluationsTable {
  id: Generated<number>;
  dossier_id: number;
  evidence_version: number;
  framework_id: string;
  framework_version: string;
  total: number;
  decision: string;
  evaluation: Json;
  cause: 'submit' | 'review' | 're-evaluate' | 'seed';
  created_by: number | null;
  created_at: Created;
}

/** Workflow transitions of dossiers (append-only). */
export interface TransitionsTable {
  id: Generated<number>;
  dossier_id: number;
  from_state: string;
  to_state: string;
  actor_id: number | null;
  role: string;
  unit_path: ColumnType<string[], string[], never>;
  on_date: string;
  reason: string | null;
  entry: Json;
  created_at: Created;
}

/** Audit log (append-only; the database refuses update, delete and truncate). */
export interface AuditLogTable {
  id: Generated<number>;
  at: Created;
  actor_id: number | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
}

/** The portal's database, as Kysely sees it. */
export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  people: PeopleTable;
  dossiers: DossiersTable;
  evidence_versions: EvidenceVersionsTable;
  evaluations: EvaluationsTable;
  transitions: TransitionsTable;
  audit_log: AuditLogTable;
}

export type Account = Selectable<AccountsTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
