// A CSV reader for the tests, written apart from the writer (src/csv.ts) so that the
// round-trip test checks the files against an independent reading of RFC 4180 and of the
// column conventions documented in docs/researchers.md.

/** Splits RFC 4180 text into rows of cells: quoted cells may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) throw new Error("the last line does not end with CRLF");
  return rows;
}

type JsonSchema = {
  type?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
};

const ABSENT = Symbol("absent");

/** One cell back into its value, by the field's JSON Schema. */
function cellValue(schema: JsonSchema, cell: string): unknown {
  if (schema.type === "array") return schema.items?.type === "object" ? JSON.parse(cell) : cell.split("|");
  // A map (an object whose keys are data, such as variantSources) is one JSON cell.
  if (schema.type === "object") return JSON.parse(cell);
  if (schema.type === "integer" || schema.type === "number") return Number(cell);
  if (schema.type === "boolean") {
    if (cell !== "true" && cell !== "false") throw new Error(`not a boolean: ${cell}`);
    return cell === "true";
  }
  return cell;
}

/** A record back from its cells (by dotted column name), by its row's JSON Schema. */
export function recordOf(schema: JsonSchema, cells: Readonly<Record<string, string>>, prefix = ""): unknown {
  const record: Record<string, unknown> = {};
  let empty = true;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const options = property.anyOf;
    const inner = options?.find((o) => o.type !== "null") ?? property;
    const nullable = options?.some((o) => o.type === "null") ?? false;
    const optional = !(schema.required ?? []).includes(name);
    let value: unknown;
    if (inner.type === "object" && inner.properties !== undefined) {
      value = recordOf(inner, cells, `${prefix}${name}.`);
      if (value !== ABSENT) empty = false;
    } else {
      const cell = cells[`${prefix}${name}`];
      if (cell === undefined) throw new Error(`no column ${prefix}${name}`);
      // An empty required list is the one empty cell that is a value: [].
      value = cell === "" ? (inner.type === "array" && !optional && !nullable ? [] : ABSENT) : cellValue(inner, cell);
      if (cell !== "") empty = false;
    }
    if (value === ABSENT && nullable) record[name] = null;
    else if (value !== ABSENT) record[name] = value;
  }
  return empty && prefix !== "" ? ABSENT : record;
}

/** Every record of a CSV text. */
export function recordsOf(schema: JsonSchema, text: string): unknown[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => recordOf(schema, Object.fromEntries(header!.map((name, i) => [name, row[i]!]))));
}
