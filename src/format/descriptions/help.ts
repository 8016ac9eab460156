/**
 * Help for one property of a generated JSON Schema: what an officer reads when hovering the key in
 * a code editor. Vietnamese first (it becomes `description`), English beside it.
 */
export interface PropertyHelp {
  /** Vietnamese text, NFC. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
  /** Example values, shown by editors as completions. */
  readonly examples?: readonly unknown[];
}

/** Property help keyed by schema path: `Def.prop`, `Def.list[].prop` (array items), `Def.map.*.prop` (record values). */
export type HelpTable = Readonly<Record<string, PropertyHelp>>;
