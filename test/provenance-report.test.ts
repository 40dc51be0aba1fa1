// docs/provenance.md is the report of the data as committed, and every source can be found:
// an address or a bibliographic reference on every row.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { percent, provenanceReport, REPORT_FILE, unreferencedSources } from "../scripts/provenance";
import { type Tables, validateTables } from "../scripts/tables";
import { type TableName, tables as registry } from "../src/schema";

let tables: Tables;
beforeAll(async () => {
  const validated = await validateTables();
  expect(validated.problems).toEqual([]);
  tables = validated.tables!;
});

describe("the provenance report", () => {
  test("docs/provenance.md matches the data (run `npm run provenance` after editing data/)", () => {
    expect(readFileSync(REPORT_FILE, "utf8")).toBe(provenanceReport(tables));
  });
  test("every source row has an address or a bibliographic reference", () => {
    expect(unreferencedSources(tables)).toEqual([]);
    const t = JSON.parse(JSON.stringify(tables)) as Tables;
    (t.sources as unknown[]).push({ ...t.sources.find((s) => s.citation === undefined)!, id: "lost", url: null });
    expect(unreferencedSources(t)).toEqual(["lost"]);
  });
  test("every record cites at least one source a reader can open (read again, at an address)", () => {
    const openable = new Set(tables.sources.filter((s) => s.verified && s.url !== null).map((s) => s.id));
    const closed = Object.entries(registry)
      .filter(([, spec]) => spec.sourced)
      .flatMap(([name]) => tables[name as TableName] as unknown as { id?: string; code?: string; sources: string[] }[])
      .filter((row) => !row.sources.some((id) => openable.has(id)))
      .map((row) => row.id ?? row.code);
    expect(closed).toEqual([]);
  });
  test("shares are percentages with one decimal where not whole", () => {
    expect([percent(1, 3), percent(2, 2), percent(0, 5), percent(1, 0)]).toEqual(["33.3%", "100%", "0%", "–"]);
  });
});
