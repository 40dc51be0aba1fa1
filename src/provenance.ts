import { CstoError, describe } from "./errors";
import { citations, notes, sources } from "./generated/tables";
import type { Source } from "./types";

/** Any record the helpers return: a record with an `id`, or a state with a `code`. */
export type SourcedRecord =
  | {
      /** The record's id. */
      readonly id: string;
    }
  | {
      /** A state's ISO alpha-2 code, which is its id. */
      readonly code: string;
    };

let noteById: Map<string, string> | undefined;
let sourceById: Map<string, Source> | undefined;
/** Every record's key → the sources it cites; every record cites one, so its keys are every record's. */
let citedById: Map<string, readonly string[]> | undefined;

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
      const own = (name: string) => Object.hasOwn(record as object, name);
      key = own("id") ? (record as { id: unknown }).id : own("code") ? (record as { code: unknown }).code : undefined;
    } catch {
      // key stays undefined: the error below
    }
  }
  if (typeof key !== "string") throw unknownRecord(record, "expected a record returned by csto, with an id or a code");
  citedById ??= new Map(citations().map((c) => [c.id, c.sources]));
  if (!citedById.has(key)) throw unknownRecord(record, `no record of csto has the id ${describe(key)}`);
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
 * Records leave their source lists out (like their notes), so that what an app bundles does
 * not grow with the sources; this reads them from `dataset.citations`.
 *
 * @param record - any record csto returns
 * @returns a frozen list of sources, never empty
 * @throws {@link CstoError} `UNKNOWN_RECORD` when `record` is not an object with the `id` (or
 *   the `code`) of a record of the dataset
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
  const ids = citedById!.get(key)!;
  sourceById ??= new Map(sources().map((s) => [s.id, s]));
  return Object.freeze(ids.map((id) => sourceById!.get(id)!));
}
