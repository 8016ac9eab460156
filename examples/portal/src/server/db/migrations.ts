import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

// Plain SQL, the same for PGlite and a PostgreSQL server. Append a new migration; never edit one
// that has shipped.
const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table people (
        id text primary key,
        name text not null,
        unit jsonb not null,
        unit_path text[] not null,
        sample boolean not null default false,
        created_at timestamptz not null default now()
      );
      create table accounts (
        id serial primary key,
        username text not null unique,
        password_hash text not null,
        role text not null check (role in ('citizen', 'officer', 'viewer', 'admin')),
        display_name text not null,
        scope text[] not null default '{}',
        person_id text references people (id),
        created_at timestamptz not null default now(),
        check ((role = 'citizen') = (person_id is not null))
      );
      create table sessions (
        token_hash text primary key,
        account_id integer not null references accounts (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create table dossiers (
        id serial primary key,
        person_id text not null references people (id),
        period text not null,
        framework_id text not null,
        state text not null,
        unit_path text[] not null,
        version integer not null default 0,
        sample boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (person_id, period)
      );
      create index dossiers_unit on dossiers (unit_path);
      create table evidence_versions (
        dossier_id integer not null references dossiers (id),
        version integer not null,
        kind text not null check (kind in ('self', 'review')),
        record jsonb not null,
        author_id integer references accounts (id),
        reason text,
        created_at timestamptz not null default now(),
        primary key (dossier_id, version),
        check (kind = 'self' or length(trim(reason)) > 0)
      );
      create table evaluations (
        id serial primary key,
        dossier_id integer not null,
        evidence_version integer not null,
        framework_id text not null,
        framework_version text not null,
        total double precision not null,
        decision text not null,
        evaluation jsonb not null,
        cause text not null check (cause in ('submit', 'review', 're-evaluate', 'seed')),
        created_by integer references accounts (id),
        created_at timestamptz not null default now(),
        foreign key (dossier_id, evidence_version) references evidence_versions (dossier_id, version)
      );
      create index evaluations_dossier on evaluations (dossier_id, id);
      create table transitions (
        id serial primary key,
        dossier_id integer not null references dossiers (id),
        from_state text not null,
        to_state text not null,
        actor_id integer references accounts (id),
        role text not null,
        unit_path text[] not null,
        on_date date not null,
        reason text,
        entry jsonb not null,
        created_at timestamptz not null default now()
      );
      create index transitions_dossier on transitions (dossier_id, id);
      create table audit_log (
        id serial primary key,
        at timestamptz not null default now(),
        actor_id integer,
        actor text not null,
        action text not null,
        entity text not null,
        entity_id text not null,
        before jsonb,
        after jsonb
      );
      -- Append-only tables: the database itself refuses to change or remove a row, whatever the
      -- route or the role (a server deployment also grants the app role insert and select only).
      create function cdht_append_only() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
      end $$;
      create trigger audit_log_append_only before update or delete on audit_log
        for each row execute function cdht_append_only();
      create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function cdht_append_only();
      create trigger evidence_versions_append_only before update or delete on evidence_versions
        for each row execute function cdht_append_only();
      create trigger evidence_versions_no_truncate before truncate on evidence_versions
        for each statement execute function cdht_append_only();
      create trigger transitions_append_only before update or delete on transitions
        for each row execute function cdht_append_only();
      create trigger transitions_no_truncate before truncate on transitions
        for each statement execute function cdht_append_only();
    `.execute(db);
  },
};

/** Every migration, in order. */
export const migrations: Readonly<Record<string, Migration>> = { '0001-initial': initial };

const provider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };

/**
 * Brings the schema up to date. Throws when a migration fails (nothing half-applied: each runs in
 * a transaction).
 */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
