/**
 * A row of `data/` as a record the package returns: without its `note` and its `sources`,
 * which ship in tables of their own (`dataset.notes`, `dataset.citations`, read with
 * `noteOf` and `sourcesOf`), so that an app that only asks dated questions bundles neither
 * prose nor source lists, however many sources the data gains. Used by the build (which
 * writes the embedded tables) and by the Node build (which reads data/ on first use).
 *
 * @internal
 */
export function lean<Row extends object>(row: Row): Omit<Row, "note" | "sources"> {
  const { note: _note, sources: _sources, ...record } = row as Row & { note?: unknown; sources?: unknown };
  return record;
}
