// The DuckDB queries of docs/researchers.md run on the CSV files the package ships, and return
// what the page says (`-- => rows` after a query). DuckDB's node bindings are a dev dependency.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, test } from "vitest";

const page = readFileSync(new URL("../docs/researchers.md", import.meta.url), "utf8");
const DATA = fileURLToPath(new URL("../data/", import.meta.url));
const queries = [...page.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("docs/researchers.md in DuckDB", () => {
  test("has queries, each with the rows it returns", () => {
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const query of queries) expect(query).toMatch(/^-- => /m);
  });
  test.each(queries.map((q, i) => [i + 1, q]))("query %i returns the rows the page shows", async (_, query) => {
    const [sql, expected] = query.split(/^-- => /m);
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    const reader = await connection.runAndReadAll(sql!.replaceAll("package/data/", DATA));
    expect(reader.getRowObjectsJS()).toEqual(JSON.parse(expected!));
    connection.closeSync();
  });
});
