// How the Node build (the "node" export condition) reads its tables: from the package's own
// data/*.json on first use, instead of carrying their text inside the module. Importing csto
// in Node then costs what its code costs, however large the tables grow (docs/performance.md).
// Browsers and bundlers get the embedded tables of src/lazy.ts instead. The files are found
// through the package's own name (csto/data/...), which also works from a server bundle that
// leaves csto in node_modules.
import { createRequire } from "node:module";
import { freezeEach } from "./lazy";
import { lean } from "./lean";
import type { Citation, Note } from "./types";

// node:fs is required on first read, not imported: an ESM import of node:fs alone adds about
// 1 ms to importing csto (docs/performance.md), node:module a tenth of that.
const require = createRequire(import.meta.url);

type Row = {
  readonly id?: string;
  readonly code?: string;
  readonly note?: string;
  readonly sources?: readonly string[];
};

/** The rows of each file read so far: notes and citations read the files their tables read. */
const rowsByFile = new Map<string, readonly Row[]>();

function readRows(file: string): readonly Row[] {
  const known = rowsByFile.get(file);
  if (known !== undefined) return known;
  let path: string;
  try {
    path = require.resolve(`csto/data/${file}.json`);
  } catch (error) {
    throw new Error(
      `csto could not find its data file data/${file}.json (${(error as Error).message}). A bundle for Node must ` +
        "leave csto in node_modules, or bundle it for the browser (without the node condition).",
    );
  }
  const { readFileSync } = require("node:fs") as typeof import("node:fs");
  const rows = JSON.parse(readFileSync(path, "utf8"), freezeEach) as readonly Row[];
  rowsByFile.set(file, rows);
  return rows;
}

/** Remembers the answer of `read` after the first call. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

/**
 * A table of records read from data/<file>.json on first use, deep-frozen; `sourced` tables
 * lose their notes and sources (see src/lean.ts), the others are returned as they are.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function fileTable<T>(file: string, sourced: boolean): () => readonly T[] {
  return once(() => {
    const rows = readRows(file);
    return Object.freeze(sourced ? rows.map((row) => Object.freeze(lean(row))) : rows) as readonly T[];
  });
}

const keyOf = (row: Row) => (row.id ?? row.code)!;

/**
 * The notes of every record of the named tables, by record key, read on first use.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function fileNotes(files: readonly string[]): () => readonly Note[] {
  return once(() =>
    Object.freeze(
      files.flatMap((file) =>
        readRows(file).flatMap((row) =>
          row.note === undefined ? [] : [Object.freeze({ id: keyOf(row), note: row.note })],
        ),
      ),
    ),
  );
}

/**
 * The sources every record of the named tables cites, by record key, read on first use.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function fileCitations(files: readonly string[]): () => readonly Citation[] {
  return once(() =>
    Object.freeze(
      files.flatMap((file) => readRows(file).map((row) => Object.freeze({ id: keyOf(row), sources: row.sources! }))),
    ),
  );
}
