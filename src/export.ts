// `csto export TABLE`: a table of the dataset as tidy CSV or JSON, with each record's sources
// and note: the package's own data/csv/<table>.csv or data/<table>.json, byte for byte (the build
// writes and checks them). Node only, for the command line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { TABLE_COLUMNS } from "./generated/columns";

const require = createRequire(import.meta.url);

/** The tables `csto export` knows, by file name (`secretaries-general`). */
export const EXPORT_TABLES: readonly string[] = Object.keys(TABLE_COLUMNS);

/**
 * A table as CSV text (RFC 4180) or as JSON text, as the package ships it; `undefined` for a
 * name that is not a table.
 */
export function exportTable(name: string, format: "csv" | "json"): string | undefined {
  if (!Object.hasOwn(TABLE_COLUMNS, name)) return undefined;
  const file = format === "csv" ? `csto/data/csv/${name}.csv` : `csto/data/${name}.json`;
  return readFileSync(require.resolve(file), "utf8");
}
