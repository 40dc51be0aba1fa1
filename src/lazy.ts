/** Freezes a parsed JSON value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * A table shipped as JSON text (validated when the package was built) and parsed and
 * deep-frozen on first use. Importing csto therefore parses no table, and a bundler drops
 * the text of every table nothing calls for. Parsed once; every caller gets the same
 * frozen records.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyTable<T>(json: string): () => readonly T[] {
  let table: readonly T[] | undefined;
  return () => (table ??= deepFreeze(JSON.parse(json) as T[]));
}
