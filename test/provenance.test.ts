// Notes and sources of the records: every note in data/ reaches noteOf, every cited source
// reaches sourcesOf, and anything that is not a record is refused.
import { describe, expect, test } from "vitest";
import { readTable } from "../scripts/tables";
import { chairOf, CstoError, dataset, membershipOn, noteOf, resolveState, sourcesOf } from "../src/index";

describe("noteOf", () => {
  test("gives the note a row has in data/, for every table", () => {
    for (const table of ["memberships", "chairmanships", "summits", "events", "states", "observer-statuses"] as const) {
      const rows = readTable(table) as { id?: string; code?: string; note?: string }[];
      for (const row of rows) expect(noteOf({ id: row.id ?? row.code!, sources: [] } as never)).toBe(row.note);
    }
  });
  test("reads a state's note by its code", () => {
    expect(noteOf(resolveState("BY"))).toContain("Белоруссия");
    expect(noteOf(resolveState("RU"))).toBeUndefined();
  });
  test("the records the helpers return carry no note", () => {
    expect("note" in chairOf(2023)!).toBe(false);
    expect(noteOf(membershipOn("GE", "2000-01-01").period!)).toContain("1993-09-09");
  });
});

describe("sourcesOf", () => {
  test("every record's sources resolve, in the order cited", () => {
    const chair = chairOf(2022)!;
    expect(sourcesOf(chair).map((s) => s.id)).toEqual(chair.sources);
    for (const record of [...dataset.memberships, ...dataset.summits, ...dataset.events, ...dataset.states]) {
      expect(sourcesOf(record).length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(sourcesOf(chair))).toBe(true);
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
  test("a record with no sources list, or an unknown source", () => {
    expect(() => sourcesOf({ id: "chair-by-2022" } as never)).toThrow("it has no sources list");
    expect(() => sourcesOf({ id: "chair-by-2022", sources: ["no-such-source"] })).toThrow(
      'Unknown source "no-such-source"',
    );
  });
  test("an id or a code that no record of csto has", () => {
    expect(() => noteOf({ id: "nonexistent", sources: [] })).toThrow(
      'Unknown record an object {"id":"nonexistent","sources":[]}: no record of csto has the id "nonexistent".',
    );
    expect(() => sourcesOf({ id: "bogus", sources: ["csto-2023-11-23"] })).toThrow(
      'no record of csto has the id "bogus"',
    );
    expect(() => noteOf({ code: "XX", sources: [] })).toThrow('no record of csto has the id "XX"');
    // A key that only an inherited property of a plain object would have.
    expect(() => noteOf({ id: "__proto__", sources: [] })).toThrow('no record of csto has the id "__proto__"');
  });
  test("a sources list that is empty, has holes, or is not a plain list of ids", () => {
    expect(() => sourcesOf({ id: "chair-by-2022", sources: [] })).toThrow(
      'Unknown record an object {"id":"chair-by-2022","sources":[]}: it cites no source.',
    );
    // biome-ignore lint/suspicious/noSparseArray: a hole in a sources list is one of the hostile inputs
    expect(() => sourcesOf({ id: "chair-by-2022", sources: ["csto-2023-11-23", ,] as string[] })).toThrow(
      'Unknown source undefined in record "chair-by-2022".',
    );
    expect(() => sourcesOf({ id: "chair-by-2022", sources: new Array(3) })).toThrow("Unknown source undefined");
    // The caller's own methods are never called.
    const own = Object.assign(["csto-2023-11-23"], { map: () => "pwned" });
    expect(sourcesOf({ id: "chair-by-2022", sources: own }).map((s) => s.id)).toEqual(["csto-2023-11-23"]);
    class Sneaky extends Array<string> {
      override map<U>(): U[] {
        return 42 as never;
      }
    }
    const sneaky = Sneaky.from(["csto-2023-11-23"]);
    expect(sourcesOf({ id: "chair-by-2022", sources: sneaky }).map((s) => s.id)).toEqual(["csto-2023-11-23"]);
  });
  test("a sources list that throws when read is refused, not a crash", () => {
    const throwingElement = ["csto-2023-11-23"];
    Object.defineProperty(throwingElement, 0, {
      get: () => {
        throw new Error("element getter");
      },
    });
    const throwingProxy = new Proxy(["csto-2023-11-23"], {
      get: () => {
        throw new Error("get trap");
      },
    });
    const revocable = Proxy.revocable(["csto-2023-11-23"], {});
    revocable.revoke();
    for (const sources of [throwingElement, throwingProxy, revocable.proxy]) {
      expect(() => sourcesOf({ id: "chair-by-2022", sources })).toThrow("it has no sources list");
    }
  });
  test("the whole message and the code of each refusal", () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return [(error as CstoError).code, (error as CstoError).message];
      }
      return undefined;
    };
    expect(refusal(() => sourcesOf({ id: "chair-kz-2004" } as never))).toEqual([
      "UNKNOWN_RECORD",
      'Unknown record an object {"id":"chair-kz-2004"}: it has no sources list.',
    ]);
    expect(refusal(() => sourcesOf({ id: "chair-kz-2004", sources: "csto-2022" } as never))).toEqual([
      "UNKNOWN_RECORD",
      'Unknown record an object {"id":"chair-kz-2004","sources":"csto-2022"}: it has no sources list.',
    ]);
    expect(refusal(() => sourcesOf({ id: "chair-kz-2004", sources: ["no-such-source"] }))).toEqual([
      "UNKNOWN_RECORD",
      'Unknown source "no-such-source" in record "chair-kz-2004".',
    ]);
    expect(refusal(() => sourcesOf({ code: "BY", sources: [42] } as never))).toEqual([
      "UNKNOWN_RECORD",
      'Unknown source 42 in record "BY".',
    ]);
    expect(refusal(() => noteOf("chair-by-2022" as never))).toEqual([
      "UNKNOWN_RECORD",
      'Unknown record "chair-by-2022": expected a record returned by csto, with an id or a code.',
    ]);
  });
  test("a record is an object: a function that carries an id is none", () => {
    const impostor = Object.assign(() => "chair-by-2022", { id: "chair-by-2022", sources: ["csto-2022"] });
    expect(() => noteOf(impostor)).toThrow(
      "Unknown record a function: expected a record returned by csto, with an id or a code.",
    );
    expect(() => sourcesOf(impostor)).toThrow("Unknown record a function");
  });
  test("a record whose sources cannot be read is refused, not a crash", () => {
    const sly = new Proxy(
      { id: "chair-kz-2004", sources: [] },
      {
        getOwnPropertyDescriptor: (target, key) => {
          if (key === "sources") throw new Error("descriptor trap");
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      },
    );
    expect(() => sourcesOf(sly)).toThrow(CstoError);
    expect(() => sourcesOf(sly)).toThrow("it has no sources list");
  });
});
