// The CSV columns of each table, derived from its row schema's JSON Schema: nested objects
// become dotted columns, lists of words one `list` column, lists of objects and maps (objects
// whose keys are data, such as a state's variantSources) one `json` column.
// A new table in the registry needs no change here.
import type { CsvColumn, CsvType } from "../src/csv";

type JsonSchema = {
  type?: string;
  format?: string;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  description?: string;
};

/** A column with what the Data Package needs too: whether it is required, its allowed values. */
export interface ColumnSpec extends CsvColumn {
  /** True when every record has a value (not optional, not null, no optional or nullable parent). */
  readonly required: boolean;
  /** The allowed values, where the schema lists them. */
  readonly values?: readonly string[];
  /** What the column holds, where the schema does not say it. */
  readonly description?: string;
}

/** The schema without its `null` alternative, and whether it had one. */
function withoutNull(schema: JsonSchema): [JsonSchema, boolean] {
  const options = schema.anyOf;
  if (options === undefined) return [schema, false];
  const rest = options.filter((option) => option.type !== "null");
  return rest.length === 1
    ? [rest[0]!, rest.length < options.length]
    : [{ type: "string" }, rest.length < options.length];
}

function typeOf(schema: JsonSchema): CsvType {
  if (schema.type === "object") return "json";
  if (schema.type === "array") return schema.items?.type === "object" ? "json" : "list";
  if (schema.type === "integer" || schema.type === "number" || schema.type === "boolean") return schema.type;
  return schema.format === "date" ? "date" : "string";
}

/** The allowed values of an enum, or of a union of enums (a holder: a country code or "CSTO"). */
function valuesOf(schema: JsonSchema): string[] | undefined {
  if (schema.enum) return schema.enum.map(String);
  const options = schema.anyOf?.map(valuesOf);
  return options?.every((values) => values !== undefined) ? options.flat() : undefined;
}

/** The columns of a row schema (the JSON Schema of one row). */
export function columnsOf(row: JsonSchema, path: string[] = [], parentRequired = true): ColumnSpec[] {
  return Object.entries(row.properties ?? {}).flatMap(([name, property]) => {
    const [schema, nullable] = withoutNull(property);
    const optional = !(row.required ?? []).includes(name);
    if (optional && nullable) throw new Error(`${[...path, name].join(".")} is both optional and nullable`);
    const required = parentRequired && !optional && !nullable;
    if (schema.type === "object" && schema.properties !== undefined)
      return columnsOf(schema, [...path, name], required);
    const values = valuesOf(schema);
    return [
      {
        name: [...path, name].join("."),
        path: [...path, name],
        type: typeOf(schema),
        optional,
        nullable,
        required,
        ...(values ? { values } : {}),
      },
    ];
  });
}
