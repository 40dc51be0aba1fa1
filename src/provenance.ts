import { CstoError, describe } from "./errors";
import { notes } from "./generated/notes";
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

/** The key of a record (its id, or a state's code), or UNKNOWN_RECORD naming the value. */
function keyOf(record: unknown): string {
  if (typeof record === "object") {
    try {
      // Object.hasOwn throws for null (and a revoked proxy), caught below.
      const key = Object.hasOwn(record as object, "id") ? (record as { id: unknown }).id : Object.hasOwn(record as object, "code") ? (record as { code: unknown }).code : undefined;
      if (typeof key === "string") return key;
    } catch {
      // fall through to the error below
    }
  }
  throw new CstoError("UNKNOWN_RECORD", `Unknown record ${describe(record)}: expected a record returned by csto, with an id or a code.`);
}

/**
 * The note of a record: the other reading of a disputed fact and who gives it, why a bound
 * is approximate, what was searched for a record that rests on one source. Records leave
 * their notes out so that an app that only asks dated questions stays small; this reads
 * them from `dataset.notes`.
 *
 * @param record - any record csto returns (a chairmanship, a membership period, a summit, …)
 * @returns the note, or `undefined` when the record has none
 * @throws {@link CstoError} `UNKNOWN_RECORD` when `record` is not an object with an `id` or a `code`
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
 * @returns a frozen list of sources, never empty for a record of the dataset
 * @throws {@link CstoError} `UNKNOWN_RECORD` when `record` has no `sources` list of known ids
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
  keyOf(record);
  let ids: unknown;
  try {
    ids = Object.hasOwn(record, "sources") ? record.sources : undefined;
  } catch {
    // A throwing trap or getter leaves ids undefined: no sources list.
  }
  if (!Array.isArray(ids)) {
    throw new CstoError("UNKNOWN_RECORD", `Unknown record ${describe(record)}: it has no sources list.`);
  }
  sourceById ??= new Map(sources().map((s) => [s.id, s]));
  return Object.freeze(
    ids.map((id: unknown) => {
      // The map's keys are strings, so anything else finds nothing.
      const source = sourceById!.get(id as string);
      if (source === undefined) throw new CstoError("UNKNOWN_RECORD", `Unknown source ${describe(id)} in record ${describe(keyOf(record))}.`);
      return source;
    }),
  );
}
