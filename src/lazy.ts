/**
 * A table shipped as JSON text (validated when the package was built) and parsed on first
 * use, each object frozen as JSON.parse makes it (the reviver runs from the leaves up, so
 * the whole table ends deep-frozen). Importing csto therefore parses no table, and a
 * bundler drops the text of every table nothing calls for. Parsed once; every caller gets
 * the same frozen records.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyTable<T>(json: string): () => readonly T[] {
  let table: readonly T[] | undefined;
  // Object.freeze returns a primitive (and null) unchanged.
  return () => (table ??= JSON.parse(json, (_key, value: unknown) => Object.freeze(value)));
}
