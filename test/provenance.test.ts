// Notes and sources of the records: every note in data/ reaches noteOf, every cited source
// reaches sourcesOf in the order cited, and anything that is not a record is refused.
import { describe, expect, test } from "vitest";
import { readTable } from "../scripts/tables";
import { chairOf, CstoError, dataset, membershipOn, noteOf, resolveState, sourcesOf } from "../src/index";
import { tables } from "../src/schema";

type DataRow = { id?: string; code?: string; note?: string; sources: string[] };
/** Every row of every table whose rows cite sources, as written in data/. */
const sourcedRows = Object.entries(tables)
  .filter(([, spec]) => spec.sourced)
  .flatMap(([name]) => (readTable(name) as DataRow[]).map((row) => [name, row] as const));

describe("noteOf", () => {
  test("gives the note a row has in data/, for every table", () => {
    for (const [table, row] of sourcedRows) expect(noteOf({ id: row.id ?? row.code! }), table).toBe(row.note);
  });
  test("reads a state's note by its code", () => {
    expect(noteOf(resolveState("BY"))).toContain("Белоруссия");
    expect(noteOf(resolveState("RU"))).toBeUndefined();
  });
  test("the records the helpers return carry neither note nor sources", () => {
    expect("note" in chairOf(2023)!).toBe(false);
    expect("sources" in chairOf(2023)!).toBe(false);
    expect(noteOf(membershipOn("GE", "2000-01-01").period!)).toContain("1993-09-09");
  });
});

describe("sourcesOf", () => {
  test("gives the sources a row cites in data/, in the order cited, for every table", () => {
    for (const [table, row] of sourcedRows) {
      expect(
        sourcesOf({ id: row.id ?? row.code! }).map((s) => s.id),
        table,
      ).toEqual(row.sources);
    }
  });
  test("works on the records the helpers return and on a state", () => {
    expect(sourcesOf(chairOf(2022)!).length).toBeGreaterThan(0);
    expect(sourcesOf(resolveState("UZ")).every((s) => dataset.sources.includes(s))).toBe(true);
  });
  test("the list is frozen, and so are its sources", () => {
    const list = sourcesOf(chairOf(2022)!);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every((s) => Object.isFrozen(s))).toBe(true);
  });
});

describe("what noteOf and sourcesOf refuse", () => {
  test.each([[null], [undefined], ["chair-by-2022"], [42], [{}], [{ id: 7 }], [[]]])("%j", (value) => {
    for (const fn of [noteOf, sourcesOf]) {
      expect(() => fn(value as never)).toThrow(CstoError);
      try {
        fn(value as never);
      } catch (error) {
        expect((error as CstoError).code).toBe("UNKNOWN_RECORD");
      }
    }
  });
  test("an id or a code that no record of csto has", () => {
    expect(() => noteOf({ id: "nonexistent" })).toThrow(
      'Unknown record an object {"id":"nonexistent"}: no record of csto has the id "nonexistent".',
    );
    expect(() => sourcesOf({ id: "bogus" })).toThrow('no record of csto has the id "bogus"');
    expect(() => noteOf({ code: "XX" })).toThrow('no record of csto has the id "XX"');
    // A source is no record, and a key that only an inherited property of a plain object would have.
    expect(() => sourcesOf({ id: dataset.sources[0]!.id })).toThrow("no record of csto has the id");
    expect(() => noteOf({ id: "__proto__" })).toThrow('no record of csto has the id "__proto__"');
  });
  test("the whole message and the code of a refusal", () => {
    let caught: unknown;
    try {
      noteOf("chair-by-2022" as never);
    } catch (error) {
      caught = error;
    }
    expect([(caught as CstoError).code, (caught as CstoError).message]).toEqual([
      "UNKNOWN_RECORD",
      'Unknown record "chair-by-2022": expected a record returned by csto, with an id or a code.',
    ]);
  });
  test("a record is an object: a function that carries an id is none", () => {
    const impostor = Object.assign(() => "chair-by-2022", { id: "chair-by-2022" });
    expect(() => noteOf(impostor)).toThrow(
      "Unknown record a function: expected a record returned by csto, with an id or a code.",
    );
    expect(() => sourcesOf(impostor)).toThrow("Unknown record a function");
  });
  test("an object whose id cannot be read is refused, not a crash", () => {
    const throwingId = Object.defineProperty({}, "id", {
      enumerable: true,
      get: () => {
        throw new Error("id getter");
      },
    });
    const revocable = Proxy.revocable({ id: "chair-kz-2004" }, {});
    revocable.revoke();
    for (const record of [throwingId, revocable.proxy]) {
      expect(() => sourcesOf(record as never)).toThrow(CstoError);
      expect(() => noteOf(record as never)).toThrow(CstoError);
    }
  });
});
