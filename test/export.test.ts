// `csto export TABLE`: the same CSV as data/csv/<table>.csv and the same records as
// data/<table>.json, built from the package's own dataset (notes and sources put back).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { run } from "../src/cli";
import { EXPORT_TABLES, exportTable } from "../src/export";
import { tables } from "../src/schema";

function csto(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = run(args, { out: (l) => out.push(l), err: (l) => err.push(l), today: () => new Date() });
  return { status, out: out.join("\n"), err: err.join("\n") };
}
const data = (file: string) => readFileSync(new URL(`../data/${file}`, import.meta.url), "utf8");

describe("csto export", () => {
  test("knows every table of the registry", () => expect(EXPORT_TABLES).toEqual(Object.keys(tables)));
  test.each(Object.keys(tables))("%s: CSV as data/csv has it, JSON as data/ has it", (name) => {
    const csv = csto("export", name);
    expect(csv.status).toBe(0);
    expect(`${csv.out}\r\n`).toBe(data(`csv/${name}.csv`));
    expect(csto("export", name, "--csv").out).toBe(csv.out);
    const json = csto("export", "--json", name);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(data(`${name}.json`)));
  });
  test("exportTable gives undefined for a name that is not a table", () => {
    expect(exportTable("nope", "csv")).toBeUndefined();
    expect(exportTable("__proto__", "json")).toBeUndefined();
    expect(exportTable("memberships", "json")?.endsWith("]\n")).toBe(true);
  });
  test("refuses an unknown table, listing the tables", () => {
    const r = csto("export", "members");
    expect(r.status).toBe(2);
    expect(r.err).toBe(`csto: unknown table "members"; the tables are ${EXPORT_TABLES.join(", ")}.`);
    expect(csto("export", "chairmanship").err).toContain('Did you mean "chairmanships"?');
  });
  test("refuses --csv with --json, --csv elsewhere, --basis and a missing table", () => {
    expect(csto("export", "states", "--csv", "--json")).toMatchObject({
      status: 2,
      err: JSON.stringify({ code: "USAGE", message: "export takes --csv or --json, not both." }),
    });
    expect(csto("former", "--csv")).toMatchObject({ status: 2, err: "csto: --csv applies to export only." });
    expect(csto("export", "states", "--basis", "treaty").status).toBe(2);
    expect(csto("export")).toMatchObject({ status: 2, err: "csto: export needs TABLE. Usage: csto export TABLE" });
  });
  test("the help lists it", () => expect(csto("--help").out).toContain("export TABLE"));
});
