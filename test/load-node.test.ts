// The Node build reads data/*.json on first use instead of carrying the tables' text: every
// table it reads must equal the embedded table bundlers get, record for record, and be frozen.
import { describe, expect, test } from "vitest";
import * as embedded from "../src/generated/tables";
import * as fromFiles from "../src/generated/tables-node";
import { fileTable } from "../src/load-node";

const names = Object.keys(embedded) as (keyof typeof embedded)[];

describe("the Node build's tables", () => {
  test("export the same tables as the embedded ones", () => {
    expect(Object.keys(fromFiles).sort()).toEqual([...names].sort());
  });
  test.each(names)("%s equals the embedded table, deep-frozen", (name) => {
    const rows = fromFiles[name]();
    expect(rows).toEqual(embedded[name]());
    expect(Object.isFrozen(rows)).toBe(true);
    for (const row of rows) {
      expect(Object.isFrozen(row)).toBe(true);
      for (const value of Object.values(row))
        if (typeof value === "object" && value !== null) expect(Object.isFrozen(value)).toBe(true);
    }
    // Read once: the same frozen list on every call.
    expect(fromFiles[name]()).toBe(rows);
  });
  test("a missing data file is an error that says what to do", () => {
    expect(() => fileTable("no-such-table", true)()).toThrow(
      /csto could not find its data file data\/no-such-table\.json .*leave csto in node_modules/,
    );
  });
});
