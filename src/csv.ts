// Tidy CSV (RFC 4180) from records: one row per record, nested names flattened into dotted
// columns, lists joined with LIST_SEPARATOR. The columns of each table are derived from its
// row schema when the package is built (src/generated/columns.ts); this module only formats.

/** How a column's cells are written, as the Data Package's Table Schema types them. */
export type CsvType = "string" | "integer" | "number" | "boolean" | "date" | "list" | "json";

/** One column of a table's CSV: its name, where its value sits in a record, its type. */
export interface CsvColumn {
  /** The header: the field's path joined with dots (`names.en`). */
  readonly name: string;
  /** The field's path in a record (`["names", "en"]`). */
  readonly path: readonly string[];
  /** `list`: a list of words joined with `|`; `json`: a list of objects as JSON text. */
  readonly type: CsvType;
  /** True when the field may be absent (an empty cell then means absent). */
  readonly optional: boolean;
  /** True when the field may be `null` (an empty cell then means null). */
  readonly nullable: boolean;
}

/** Items of a `list` column are joined with this; no item may contain it. */
export const LIST_SEPARATOR = "|";
/** RFC 4180 ends every record with CRLF. */
const LINE_END = "\r\n";
/** A cell holding one of these characters is quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell as RFC 4180 writes it: quoted, with its quotes doubled, when it must be. */
export const quoteCell = (cell: string): string => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** The value at a path of a record; undefined where a step is missing or null. */
function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** One value as the text of its cell: null and absent are empty. */
function cellOf(value: unknown, column: CsvColumn): string {
  if (value === undefined || value === null) return "";
  if (column.type === "json") return JSON.stringify(value);
  if (column.type === "list") {
    const items = (value as readonly unknown[]).map(String);
    const bad = items.find((item) => item.includes(LIST_SEPARATOR));
    if (bad !== undefined)
      throw new Error(`${column.name}: the list item ${JSON.stringify(bad)} holds "${LIST_SEPARATOR}"`);
    return items.join(LIST_SEPARATOR);
  }
  return String(value);
}

/**
 * The CSV text of a table: a header of the column names, then one line per record, each
 * line ended with CRLF.
 */
export function toCsv(records: readonly unknown[], columns: readonly CsvColumn[]): string {
  const lines = [columns.map((column) => quoteCell(column.name))];
  for (const record of records)
    lines.push(columns.map((column) => quoteCell(cellOf(valueAt(record, column.path), column))));
  return lines.map((cells) => cells.join(",") + LINE_END).join("");
}
