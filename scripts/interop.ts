// Stage 6 of the build: every table of data/ as tidy CSV (data/csv/<table>.csv), a state-year
// panel (data/csv/state-year.csv) and a Frictionless Data Package describing them
// (data/datapackage.json). All of it comes from the registry (src/schema.ts): a new table gets
// its CSV file and its Data Package resource with no change here. Committed and shipped, like
// the JSON Schemas; CI fails when they were not regenerated.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { type TableName, type TableSpec, tables as registry } from "../src/schema";
import { type CsvColumn, LIST_SEPARATOR, toCsv } from "../src/csv";
import { type ColumnSpec, columnsOf } from "./columns";
import { DATA_DIR, type Tables } from "./tables";

const CSV_DIR = `${DATA_DIR}csv/`;
const PANEL = "state-year";
const FIRST_PANEL_YEAR = 1992;
const specs = Object.entries(registry) as [TableName, TableSpec][];

/** Writes a file only when its text changed (keeps timestamps and git quiet). */
function writeIfChanged(file: string, text: string): void {
  if (!existsSync(file) || readFileSync(file, "utf8") !== text) writeFileSync(file, text);
}

/** The CSV columns of every table, from its row schema. */
export async function tableColumns(): Promise<Record<TableName, ColumnSpec[]>> {
  const { z } = await import("zod");
  return Object.fromEntries(
    specs.map(([name, spec]) => [name, columnsOf(z.toJSONSchema(spec.row, { unrepresentable: "any" }) as never)]),
  ) as Record<TableName, ColumnSpec[]>;
}

/** The panel's columns: one row per state, year and basis. */
export const PANEL_COLUMNS: readonly ColumnSpec[] = [
  ["state", "string", "The state's ISO 3166-1 alpha-2 code."],
  ["year", "integer", "The calendar year."],
  ["basis", "string", "treaty or organization: the layer membership is counted on."],
  ["memberJan1", "integer", "1 when the state was a member on 1 January, else 0."],
  [
    "memberDec31",
    "integer",
    "1 when the state was a member on 31 December, else 0; empty when 31 December is after asOf.",
  ],
  ["memberAnyDay", "integer", "1 when the state was a member on at least one counted day of the year, else 0."],
  ["daysMember", "integer", "The counted days of the year on which the state was a member."],
  ["daysCounted", "integer", "The days of the year counted: the whole year, or up to asOf in asOf's year."],
].map(([name = "", type, description = ""]) => ({
  name,
  path: [name],
  type: type as CsvColumn["type"],
  optional: false,
  nullable: name === "memberDec31",
  required: name !== "memberDec31",
  description,
}));

const DAY_MS = 86_400_000;
/** `YYYY-MM-DD` of a UTC time. */
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The state-year panel, from the library's own isMember (so it answers what the helpers answer). */
export async function panelRows(t: Tables): Promise<Record<string, string | number | null>[]> {
  const { isMember } = await import("../src/index");
  const asOf = t.meta.asOf;
  const lastYear = Number(asOf.slice(0, 4));
  const rows: Record<string, string | number | null>[] = [];
  for (const { code } of t.states) {
    for (const basis of ["treaty", "organization"] as const) {
      for (let year = FIRST_PANEL_YEAR; year <= lastYear; year++) {
        let days = 0;
        let counted = 0;
        for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1) && dayOf(ms) <= asOf; ms += DAY_MS) {
          counted++;
          if (isMember(code, dayOf(ms), { basis })) days++;
        }
        const dec31 = `${year}-12-31`;
        rows.push({
          state: code,
          year,
          basis,
          memberJan1: isMember(code, `${year}-01-01`, { basis }) ? 1 : 0,
          memberDec31: dec31 > asOf ? null : isMember(code, dec31, { basis }) ? 1 : 0,
          memberAnyDay: days > 0 ? 1 : 0,
          daysMember: days,
          daysCounted: counted,
        });
      }
    }
  }
  return rows;
}

/** The Table Schema type of a CSV column. */
const FIELD_TYPES: Record<CsvColumn["type"], string> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "date",
  list: "string",
  json: "array",
};

/** A Table Schema field for a column. */
function fieldOf(column: ColumnSpec): Record<string, unknown> {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.values ? { enum: column.values } : {}),
  };
  const description =
    column.description ??
    (column.type === "list"
      ? `A list: its items joined with "${LIST_SEPARATOR}".`
      : column.type === "json"
        ? "A list of objects, as JSON text."
        : undefined);
  return {
    name: column.name,
    type: FIELD_TYPES[column.type],
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** Foreign keys a Table Schema can state: one column naming rows of one table. */
function foreignKeysOf(spec: TableSpec, columns: readonly ColumnSpec[]): Record<string, unknown>[] {
  return Object.entries(spec.references ?? {}).flatMap(([column, targets]) => {
    const field = columns.find((c) => c.name === column);
    if (field === undefined || field.type === "list" || targets.length !== 1) return [];
    const target = targets[0] as TableName;
    return [{ fields: column, reference: { resource: target, fields: registry[target].key } }];
  });
}

const DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };

function resource(name: string, title: string, description: string, schema: Record<string, unknown>) {
  return {
    profile: "tabular-data-resource",
    name,
    path: `csv/${name}.csv`,
    title,
    description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: DIALECT,
    schema: { missingValues: [""], ...schema },
  };
}

/** The Data Package descriptor (Frictionless Data Package v1, tabular-data-package profile). */
export function dataPackage(columns: Record<TableName, ColumnSpec[]>, version: string, asOf: string) {
  const resources = specs.map(([name, spec]) => {
    const foreignKeys = foreignKeysOf(spec, columns[name]);
    return resource(name, `csto: ${name}`, spec.description, {
      fields: columns[name].map(fieldOf),
      primaryKey: spec.key,
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    });
  });
  resources.push(
    resource(
      PANEL,
      "csto: state-year panel",
      `Each participant in each year from ${FIRST_PANEL_YEAR} to asOf's year, on both bases: member on 1 January, on 31 December, on any day, and the days counted up to asOf (${asOf}).`,
      {
        fields: PANEL_COLUMNS.map(fieldOf),
        primaryKey: ["state", "year", "basis"],
        foreignKeys: [{ fields: "state", reference: { resource: "states", fields: "code" } }],
      },
    ),
  );
  return {
    profile: "tabular-data-package",
    name: "csto",
    title: "csto: the Collective Security Treaty (1992) and the CSTO as sourced, dated records",
    description: `Every table of the csto dataset as tidy CSV, with a state-year panel. Data as of ${asOf}; each record cites its sources (see the sources resource).`,
    version,
    keywords: ["csto", "collective-security-treaty", "alliances", "international-organizations", "membership"],
    licenses: [
      {
        name: "MIT",
        path: "https://opensource.org/licenses/MIT",
        title: "MIT License: the code and the compiled data. The quotations in sources stay their publishers'.",
      },
    ],
    sources: [
      { title: "The sources resource (csv/sources.csv): every source a record cites", path: "csv/sources.csv" },
    ],
    resources,
  };
}

/** src/generated/columns.ts: each table's CSV columns, for `csto export` (src/export.ts). */
function writeColumnsModule(columns: Record<TableName, ColumnSpec[]>): void {
  const entries = specs.map(([name, spec]) => {
    const plain = columns[name].map(({ name, path, type, optional, nullable }) => ({
      name,
      path,
      type,
      optional,
      nullable,
    }));
    return `  ${JSON.stringify(name)}: { property: ${JSON.stringify(spec.property)}, sourced: ${spec.sourced}, columns: ${JSON.stringify(plain)} },`;
  });
  writeIfChanged(
    new URL("../src/generated/columns.ts", import.meta.url).pathname,
    `// Generated by scripts/interop.ts from src/schema.ts. Do not edit.
import type { CsvColumn } from "../csv";

/** Each table of data/ by file name: its property in \`dataset\`, whether it is sourced, its CSV columns. */
export const TABLE_COLUMNS: Readonly<
  Record<string, { readonly property: string; readonly sourced: boolean; readonly columns: readonly CsvColumn[] }>
> = {
${entries.join("\n")}
};
`,
  );
}

/** Writes data/csv/*.csv and data/datapackage.json from the validated tables. */
export async function writeInterop(t: Tables, version: string): Promise<void> {
  mkdirSync(CSV_DIR, { recursive: true });
  const columns = await tableColumns();
  writeColumnsModule(columns);
  for (const [name] of specs) writeIfChanged(`${CSV_DIR}${name}.csv`, toCsv(t[name], columns[name]));
  writeIfChanged(`${CSV_DIR}${PANEL}.csv`, toCsv(await panelRows(t), PANEL_COLUMNS));
  writeIfChanged(
    `${DATA_DIR}datapackage.json`,
    `${JSON.stringify(dataPackage(columns, version, t.meta.asOf), null, 2)}\n`,
  );
}
