/**
 * Deep-freezes a parsed JSON value as JSON.parse builds it: the reviver runs from the leaves
 * up, so every object and list ends frozen. Object.freeze returns primitives and null unchanged.
 *
 * @internal
 */
export const freezeEach = (_key: string, value: unknown): unknown => Object.freeze(value);

/**
 * A table shipped as JSON text inside the module (validated when the package was built) and
 * parsed on first use, deep-frozen. Importing csto therefore parses no table, and a bundler
 * drops the text of every table nothing calls for. Parsed once; every caller gets the same
 * frozen records. This is what browsers and bundlers load; Node reads data/ instead (see
 * src/load-node.ts).
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyTable<T>(json: string): () => readonly T[] {
  let table: readonly T[] | undefined;
  return () => (table ??= JSON.parse(json, freezeEach));
}
