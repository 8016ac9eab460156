import type { Framework } from '../format/framework.js';
import type { CompiledFramework } from './compileFramework.js';
import { compareVersions, satisfiesRange } from './semver.js';

/** One loaded version. @internal */
export interface RegistryEntry {
  readonly framework: Framework;
  readonly compiled: CompiledFramework;
  readonly source: unknown;
  readonly file?: string | undefined;
}

/**
 * The frameworks an engine holds: every version of every id, append-only. @internal
 */
export class FrameworkRegistry {
  readonly #byId = new Map<string, RegistryEntry[]>();

  add(entry: RegistryEntry): void {
    const list = this.#byId.get(entry.framework.id) ?? [];
    list.push(entry);
    list.sort((a, b) => compareVersions(a.framework.version, b.framework.version));
    this.#byId.set(entry.framework.id, list);
  }

  has(id: string, version: string): boolean {
    return this.#byId.get(id)?.some((e) => e.framework.version === version) ?? false;
  }

  /** Highest version of `id` satisfying `range`. */
  resolve(id: string, range: string): RegistryEntry | undefined {
    const list = this.#byId.get(id) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const e = list[i] as RegistryEntry;
      if (satisfiesRange(e.framework.version, range)) return e;
    }
    return undefined;
  }

  get(id: string, version?: string): RegistryEntry | undefined {
    const list = this.#byId.get(id);
    if (!list) return undefined;
    return version === undefined ? list[list.length - 1] : list.find((e) => e.framework.version === version);
  }

  /** The version in force on a date: effective.from ≤ date ≤ effective.until; the highest version wins ties. */
  inForce(id: string, date: string): RegistryEntry | undefined {
    const list = this.#byId.get(id) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const e = list[i] as RegistryEntry;
      const { from, until } = e.framework.effective;
      if (from <= date && (until === undefined || date <= until)) return e;
    }
    return undefined;
  }

  entries(): RegistryEntry[] {
    return [...this.#byId.values()].flat();
  }

  ids(): string[] {
    return [...this.#byId.keys()];
  }

  clone(): FrameworkRegistry {
    const copy = new FrameworkRegistry();
    for (const e of this.entries()) copy.add(e);
    return copy;
  }
}
