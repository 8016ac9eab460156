import type { EvidenceRecord, Issue, ProofItem } from 'cdht';
import { EvidenceRecordSchema } from 'cdht/schema';
import { HttpError } from '../errors.js';

/** What a form sends: the framework chosen, the period and the declared evidence. */
export interface DossierInput {
  readonly framework: string;
  readonly period: string;
  readonly data: Record<string, unknown>;
  readonly proofs?: readonly ProofItem[] | undefined;
}

/** A person as the record names them. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
  readonly unit: Readonly<Record<string, string>>;
}

/**
 * The evidence record of a dossier, checked against the library's record schema: the person's
 * id, name and unit come from the database, never from the form.
 */
export function evidenceRecord(person: PersonRef, input: DossierInput): EvidenceRecord {
  const parsed = EvidenceRecordSchema.safeParse({
    id: person.id,
    name: person.name,
    framework: input.framework,
    period: input.period,
    unit: person.unit,
    data: input.data,
    ...(input.proofs ? { proofs: input.proofs } : {}),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
    throw new HttpError('bad_request', issues);
  }
  return parsed.data;
}

/** The answer for evidence the library rejects: its issues, with their vi/en messages. */
export const rejected = (issues: readonly Issue[]): HttpError =>
  new HttpError(
    'invalid_evidence',
    issues.map((i) => ({ code: i.code, path: i.path, message: i.message })),
  );
