// `csto export TABLE`: a table of the dataset as tidy CSV or JSON, with each record's sources
// and note, exactly as data/csv/<table>.csv and data/<table>.json have them. Node only (the
// command line); the columns come from the build (src/generated/columns.ts).
import { toCsv } from "./csv";
import { TABLE_COLUMNS } from "./generated/columns";
import { dataset, noteOf, type SourcedRecord, sourcesOf } from "./index";

/** The tables `csto export` knows, by file name (`secretaries-general`). */
export const EXPORT_TABLES: readonly string[] = Object.keys(TABLE_COLUMNS);

/** The rows of a table with their sources and note, as data/<table>.json has them. */
function fullRows(name: string): readonly unknown[] {
  const table = TABLE_COLUMNS[name]!;
  const rows = (dataset as unknown as Record<string, readonly SourcedRecord[]>)[table.property]!;
  if (!table.sourced) return rows;
  return rows.map((row) => ({ ...row, sources: sourcesOf(row).map((source) => source.id), note: noteOf(row) }));
}

/**
 * A table as CSV text (RFC 4180) or as JSON text; `undefined` for a name that is not a table.
 */
export function exportTable(name: string, format: "csv" | "json"): string | undefined {
  if (!Object.hasOwn(TABLE_COLUMNS, name)) return undefined;
  const rows = fullRows(name);
  return format === "csv" ? toCsv(rows, TABLE_COLUMNS[name]!.columns) : `${JSON.stringify(rows, null, 2)}\n`;
}
