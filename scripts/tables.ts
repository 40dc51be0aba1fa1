// Reads the files of data/ and checks them against the registry of tables (src/schema.ts).
// Build- and test-time only: the package itself never reads these.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Row, TableName } from "../src/schema";

export const DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

/** Every table of data/ by name, as its rows (validated), and the dataset's own facts. */
export type Tables = { readonly [Name in TableName]: readonly Row<Name>[] } & {
  readonly meta: { readonly asOf: string };
};

/** The parsed JSON of data/<name>.json, not yet validated. */
export function readTable(name: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${name}.json`, "utf8"));
}

/** The names of the files in data/ that hold data: every registered table, and meta. */
export async function fileNames(): Promise<string[]> {
  const { tables } = await import("../src/schema");
  return [...Object.keys(tables), "meta"];
}

/**
 * Every file of data/ through its zod schema. Returns the tables, or the list of problems:
 * one line per problem, naming the file, the row (by index and id) and the field.
 */
export async function validateTables(): Promise<
  { tables: Tables; problems: [] } | { tables: null; problems: string[] }
> {
  const { tableSchemas } = await import("../src/schema");
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(tableSchemas)) {
    let raw: unknown;
    try {
      raw = readTable(name);
    } catch (error) {
      problems.push(`data/${name}.json: ${(error as Error).message}`);
      continue;
    }
    const result = schema.safeParse(raw);
    if (result.success) parsed[name] = result.data;
    else problems.push(...result.error.issues.map((issue) => describeIssue(name, raw, issue)));
  }
  // Every key of tableSchemas was read above, so parsed has the shape of Tables.
  return problems.length === 0 ? { tables: parsed as Tables, problems: [] } : { tables: null, problems };
}

function describeIssue(name: string, raw: unknown, issue: { path: PropertyKey[]; message: string }): string {
  const [index, ...field] = issue.path;
  const row =
    Array.isArray(raw) && typeof index === "number" ? (raw[index] as { id?: string; code?: string }) : undefined;
  const which = row ? ` (${row.id ?? row.code})` : "";
  return `data/${name}.json [${String(index)}]${which} ${field.map(String).join(".")}: ${issue.message}`;
}
