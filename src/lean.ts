/**
 * The columns of a row of `data/` that the package's records leave out: the `note` and the
 * `sources` (which ship in tables of their own, `dataset.notes` and `dataset.citations`,
 * read with `noteOf` and `sourcesOf`) and the sources of each name variant (which stay in
 * `data/`, so that a record's `variants` is a plain list of strings).
 *
 * @internal
 */
export const LEFT_OUT = ["note", "sources", "variantSources"] as const;

/** A row of `data/` without the columns of {@link LEFT_OUT}. @internal */
export type Lean<Row> = Omit<Row, (typeof LEFT_OUT)[number]>;

/**
 * A row of `data/` as a record the package returns: without the columns of {@link LEFT_OUT},
 * so that an app that only asks dated questions bundles neither prose nor source lists,
 * however many sources the data gains. Used by the build (which writes the embedded tables)
 * and by the Node build (which reads data/ on first use).
 *
 * @internal
 */
export function lean<Row extends object>(row: Row): Lean<Row> {
  const {
    note: _note,
    sources: _sources,
    variantSources: _variantSources,
    ...record
  } = row as Row & { note?: unknown; sources?: unknown; variantSources?: unknown };
  return record;
}
