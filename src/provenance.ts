import { CstoError, describe } from "./errors";
import { notes } from "./generated/notes";
import { RECORD_KEYS } from "./generated/record-keys";
import { sources } from "./generated/sources";
import type { Source } from "./schema";

/** Anything the helpers return that has provenance: a record with an `id`, or a state with a `code`. */
export type SourcedRecord = {
  /** Ids of rows in `dataset.sources`. */
  readonly sources: readonly string[];
} & (
  | {
      /** The record's id. */
      readonly id: string;
    }
  | {
      /** A state's ISO alpha-2 code, which is its id. */
      readonly code: string;
    }
);

let noteById: Map<string, string> | undefined;
let sourceById: Map<string, Source> | undefined;
let recordKeys: Set<string> | undefined;

const unknownRecord = (record: unknown, reason: string) =>
  new CstoError("UNKNOWN_RECORD", `Unknown record ${describe(record)}: ${reason}.`);

/**
 * The key of a record of the dataset (its id, or a state's code), or UNKNOWN_RECORD naming
 * the value: for anything without an id or a code, and for an id no record of csto has.
 */
function keyOf(record: unknown): string {
  let key: unknown;
  if (typeof record === "object") {
    try {
      // Object.hasOwn throws for null (and a revoked proxy), caught below.
      key = Object.hasOwn(record as object, "id")
        ? (record as { id: unknown }).id
        : Object.hasOwn(record as object, "code")
          ? (record as { code: unknown }).code
          : undefined;
    } catch {
      // key stays undefined: the error below
    }
  }
  if (typeof key !== "string") throw unknownRecord(record, "expected a record returned by csto, with an id or a code");
  recordKeys ??= new Set(RECORD_KEYS.split("|"));
  if (!recordKeys.has(key)) throw unknownRecord(record, `no record of csto has the id ${describe(key)}`);
  return key;
}

/**
 * The note of a record: the other reading of a disputed fact and who gives it, why a bound
 * is approximate, what was searched for a record that rests on one source. Records leave
 * their notes out so that an app that only asks dated questions stays small; this reads
 * them from `dataset.notes`.
 *
 * @param record - any record csto returns (a chairmanship, a membership period, a summit, …)
 * @returns the note, or `undefined` when the record has none
 * @throws {@link CstoError} `UNKNOWN_RECORD` when `record` is not an object with the `id` (or
 *   the `code`) of a record of the dataset
 *
 * @example
 * ```ts
 * import { chairOf, noteOf } from "csto";
 * const belarus = chairOf(2023)!;
 * belarus.confidence; // => "disputed"
 * noteOf(belarus)?.includes("2023-01-01"); // => true
 * noteOf(chairOf(2024)!); // => undefined
 * ```
 */
export function noteOf(record: SourcedRecord): string | undefined {
  const key = keyOf(record);
  noteById ??= new Map(notes().map((n) => [n.id, n.note]));
  return noteById.get(key);
}

/**
 * The sources a record cites, as rows of `dataset.sources`: address, title, publisher,
 * publication date, a short quote and the page's language, in the order the record cites them.
 *
 * @param record - any record csto returns
 * @returns a frozen list of sources, never empty
 * @throws {@link CstoError} `UNKNOWN_RECORD` when `record` does not have the `id` (or the
 *   `code`) of a record of the dataset and a non-empty `sources` list of known source ids
 *
 * @example
 * ```ts
 * import { chairOf, sourcesOf } from "csto";
 * const sources = sourcesOf(chairOf(2024)!);
 * sources.length > 0; // => true
 * sources.every((s) => s.publisher.length > 0); // => true
 * ```
 */
export function sourcesOf(record: SourcedRecord): readonly Source[] {
  const key = keyOf(record);
  sourceById ??= new Map(sources().map((s) => [s.id, s]));
  const found: Source[] = [];
  let list: boolean;
  try {
    const ids: unknown = Object.hasOwn(record, "sources") ? record.sources : undefined;
    list = Array.isArray(ids);
    // Read by index, never with the caller's own methods (an array may override map).
    for (let i = 0; list && i < (ids as unknown[]).length; i++) {
      const id: unknown = (ids as unknown[])[i];
      // The map's keys are strings, so anything else (a hole included) finds nothing.
      const source = sourceById.get(id as string);
      if (source === undefined)
        throw new CstoError("UNKNOWN_RECORD", `Unknown source ${describe(id)} in record ${describe(key)}.`);
      found.push(source);
    }
  } catch (error) {
    if (error instanceof CstoError) throw error;
    // A throwing trap or getter, or a revoked proxy: no list that can be read.
    list = false;
  }
  if (!list) throw unknownRecord(record, "it has no sources list");
  if (found.length === 0) throw unknownRecord(record, "it cites no source");
  return Object.freeze(found);
}
