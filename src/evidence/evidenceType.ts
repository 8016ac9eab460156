import type { LocalizedText } from '../format/common.js';

/**
 * A type of evidence field (e.g. a citizen ID number). Frameworks name it in `evidence.<field>.type`.
 *
 * @category Plugins
 */
export interface EvidenceTypeDefinition {
  readonly label: LocalizedText;
  /** JSON Schema of a value (for forms, APIs and `cdht schema`). */
  readonly jsonSchema: Readonly<Record<string, unknown>>;
  /** Turns a raw cell or JSON value into the value rules read; return undefined when it cannot. */
  readonly parse?: ((raw: unknown) => unknown) | undefined;
  /** Checks a parsed value; returns what is wrong, or null when it is valid. */
  readonly validate?: ((value: unknown) => LocalizedText | null) | undefined;
}
