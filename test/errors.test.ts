// The error contract: every public function refuses bad input with a CstoError whose code
// is documented and whose message names the value; never an internal TypeError, never a
// value, never a change to Object.prototype; and the library answers correctly afterwards.
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, test } from "vitest";
import { describe as describeValue } from "../src/errors";
import {
  appealsBy,
  chairOf,
  chairOn,
  CstoError,
  type CstoErrorCode,
  eventsIn,
  eventsOf,
  exercisesIn,
  forcesOn,
  formerMembers,
  isMember,
  membershipOn,
  membersOn,
  noteOf,
  observersOn,
  operationsOn,
  resolveState,
  secretaryGeneralOn,
  sourcesOf,
  summitsIn,
} from "../src/index";

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const hostile = new Proxy(
  {},
  {
    get: () => {
      throw new Error("get trap");
    },
    has: () => {
      throw new Error("has trap");
    },
    ownKeys: () => {
      throw new Error("ownKeys trap");
    },
    getOwnPropertyDescriptor: () => {
      throw new Error("descriptor trap");
    },
    getPrototypeOf: () => {
      throw new Error("prototype trap");
    },
  },
);
const throwingGetter = Object.defineProperty({}, "code", {
  enumerable: true,
  get: () => {
    throw new Error("getter");
  },
});

/** Values that are wrong for every parameter. */
const junk: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["a number", 42],
  ["a bigint", 10n],
  ["true", true],
  ["a symbol", Symbol("x")],
  ["a function", () => "UZ"],
  ["an empty object", {}],
  ["a null-prototype object", Object.create(null)],
  ["an array", ["UZ"]],
  ["a revoked proxy", revoked],
  ["a hostile proxy", hostile],
  ["a throwing getter", throwingGetter],
  ["a boxed string", new String("UZ")],
];
const badStrings: [string, unknown][] = [
  ["an empty string", ""],
  ["a blank string", "   "],
  ["__proto__", "__proto__"],
  ["constructor", "constructor"],
  ["toString", "toString"],
  ["hasOwnProperty", "hasOwnProperty"],
];
const badStates: [string, unknown][] = [
  ...junk,
  ...badStrings,
  ["XX", "XX"],
  ["ZZZ", "ZZZ"],
  ["a name", "Uzbekistan"],
  ["a code with spaces", " UZ"],
  ["ß", "ß"],
  ["a record with an unknown code", { code: "XX" }],
  ["a record with a numeric code", { code: 860 }],
];
const badDays: [string, unknown][] = [
  ...junk,
  ...badStrings,
  ["2023-02-30", "2023-02-30"],
  ["2021-02-29", "2021-02-29"],
  ["1900-02-29", "1900-02-29"],
  ["month 13", "2023-13-01"],
  ["day 0", "2023-01-00"],
  ["month 0", "2023-00-01"],
  ["DD.MM.YYYY", "01.03.2010"],
  ["YYYY/MM/DD", "2010/03/01"],
  ["ISO with time", "2010-03-01T00:00:00Z"],
  ["YYYYMMDD", "20100301"],
  ["a short year", "10-03-01"],
  ["a five-digit year", "12010-03-01"],
  ["an invalid Date", new Date(Number.NaN)],
  ["a Date before year 0", new Date(-62_167_219_200_001)],
  ["a Date after 9999", new Date(253_402_300_800_000)],
  ["a fake Date", Object.create(Date.prototype)],
];
const badYears: [string, unknown][] = [
  ...junk.filter(([name]) => name !== "a number"),
  ...badStrings,
  ["a fractional year", 2023.5],
  ["-1", -1],
  ["10000", 10_000],
  ["a numeric string", "2023"],
  ["a boxed number", new Number(2023)],
  ["a Date", new Date("2023-01-01")],
];
// For an options object the message names the bad key or value; the third item says which.
const badOptions: [string, unknown, string?][] = [
  ...junk.filter(
    ([name]) =>
      name !== "undefined" &&
      name !== "an empty object" &&
      name !== "a null-prototype object" &&
      name !== "a throwing getter",
  ),
  ...badStrings,
  ["a throwing getter", throwingGetter, 'Invalid option "code"'],
  ["an unknown key", { basys: "organization" }, 'Invalid option "basys"'],
  ["an unknown value", { basis: "org" }, 'Invalid basis "org"'],
  ["a basis of the wrong type", { basis: 1 }, "Invalid basis 1"],
  ["a basis in capitals", { basis: "ORGANIZATION" }, 'Invalid basis "ORGANIZATION"'],
  ["an array", ["organization"]],
  [
    "a class instance",
    new (class Options {
      basis = "organization";
    })(),
  ],
];
const badBodies: [string, unknown, string?][] = [
  ["an unknown key", { body: "csto" }, 'Invalid option "body"'],
  ["an unknown value", { at: "nato" }, 'Invalid at "nato"'],
  ["a number", 1],
];
const badRecords: [string, unknown][] = [
  ...junk.filter(([name]) => name !== "a throwing getter"),
  ...badStrings,
  ["a record without id", { sources: [] }],
  ["an id that is a number", { id: 7, sources: [] }],
];

/** Calls fn and checks the error: a CstoError with the code, naming the value (or `fragment`). */
function refuses(fn: () => unknown, code: CstoErrorCode, value: unknown, fragment = describeValue(value)) {
  let error: unknown;
  let result: unknown;
  try {
    result = fn();
  } catch (caught) {
    error = caught;
  }
  expect(result, "must not return a value").toBeUndefined();
  expect(error, "must throw a CstoError").toBeInstanceOf(CstoError);
  expect((error as CstoError).code).toBe(code);
  expect((error as CstoError).name).toBe("CstoError");
  expect((error as CstoError).message).toContain(fragment);
}

const cases: [string, [string, unknown, string?][], CstoErrorCode, (value: unknown) => unknown][] = [
  ["isMember state", badStates, "UNKNOWN_STATE", (v) => isMember(v as "UZ", "2010-03-01")],
  ["isMember day", badDays, "INVALID_DATE", (v) => isMember("UZ", v as string)],
  ["isMember options", badOptions, "INVALID_OPTION", (v) => isMember("UZ", "2010-03-01", v as object)],
  ["membershipOn state", badStates, "UNKNOWN_STATE", (v) => membershipOn(v as "UZ", "2010-03-01")],
  ["membershipOn day", badDays, "INVALID_DATE", (v) => membershipOn("UZ", v as string)],
  ["membershipOn options", badOptions, "INVALID_OPTION", (v) => membershipOn("UZ", "2010-03-01", v as object)],
  ["membersOn day", badDays, "INVALID_DATE", (v) => membersOn(v as string)],
  ["membersOn options", badOptions, "INVALID_OPTION", (v) => membersOn("2010-03-01", v as object)],
  ["formerMembers options", badOptions, "INVALID_OPTION", (v) => formerMembers(v as object)],
  ["chairOf year", badYears, "INVALID_YEAR", (v) => chairOf(v as number)],
  ["chairOn day", badDays, "INVALID_DATE", (v) => chairOn(v as string)],
  ["secretaryGeneralOn day", badDays, "INVALID_DATE", (v) => secretaryGeneralOn(v as string)],
  ["summitsIn year", badYears, "INVALID_YEAR", (v) => summitsIn(v as number)],
  ["observersOn day", badDays, "INVALID_DATE", (v) => observersOn(v as string)],
  [
    "observersOn options",
    [...badOptions.filter(([, , fragment]) => fragment === undefined), ...badBodies],
    "INVALID_OPTION",
    (v) => observersOn("2010-03-01", v as object),
  ],
  ["operationsOn day", badDays, "INVALID_DATE", (v) => operationsOn(v as string)],
  ["forcesOn day", badDays, "INVALID_DATE", (v) => forcesOn(v as string)],
  ["appealsBy state", badStates, "UNKNOWN_STATE", (v) => appealsBy(v as "AM")],
  ["exercisesIn year", badYears, "INVALID_YEAR", (v) => exercisesIn(v as number)],
  ["eventsIn year", badYears, "INVALID_YEAR", (v) => eventsIn(v as number)],
  ["eventsOf state", badStates, "UNKNOWN_STATE", (v) => eventsOf(v as "AM")],
  [
    "resolveState text",
    [...junk, ...badStrings, ["Atlantis", "Atlantis"], ["Congo", "Congo"], ["XX", "XX"]],
    "UNKNOWN_STATE",
    (v) => resolveState(v as string),
  ],
  ["noteOf record", badRecords, "UNKNOWN_RECORD", (v) => noteOf(v as never)],
  ["sourcesOf record", badRecords, "UNKNOWN_RECORD", (v) => sourcesOf(v as never)],
];

describe.each(cases)("%s", (_name, values, code, call) => {
  test.each(values)(`refuses %s with ${code}`, (_label, value, fragment) =>
    refuses(() => call(value), code, value, fragment),
  );
});

describe("the library is unharmed by bad calls and by a polluted Object.prototype", () => {
  afterEach(() => {
    for (const key of ["basis", "code", "at", "UZ", "uz"]) delete (Object.prototype as Record<string, unknown>)[key];
  });

  test("no bad call pollutes Object.prototype, and answers stay right after all of them", () => {
    for (const [, values, , call] of cases) {
      for (const [, value] of values) {
        try {
          call(value);
        } catch {
          // refused, as the tests above check
        }
      }
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(isMember("UZ", "2010-03-01")).toBe(true);
    expect(chairOf(2023)?.state).toBe("BY");
    expect(resolveState("Белоруссия").code).toBe("BY");
  });

  test("inherited properties are never read", () => {
    Object.assign(Object.prototype, { basis: "organization", code: "UZ", at: "csto", UZ: 1, uz: 1 });
    // An options object without its own basis is the default, whatever the prototype says.
    expect(isMember("GE", "1998-01-01", {})).toBe(true);
    expect(formerMembers({}).map((s) => s.code)).toEqual(["AZ", "GE", "UZ"]);
    // An object without its own code is no state.
    refuses(() => isMember({} as never, "2010-03-01"), "UNKNOWN_STATE", {});
    expect(observersOn("2015-01-01", {}).length).toBe(3);
  });
});

// How an error message quotes the bad value: the exact text, since a log line is all a user
// may have to find the value by.
describe("the bad value as an error message quotes it", () => {
  const sixty = "x".repeat(60);
  const cyclic: Record<string, unknown> = { name: "loop" };
  cyclic.self = cyclic;
  const cyclicList: unknown[] = ["UZ"];
  cyclicList.push(cyclicList);
  test.each<[string, unknown, string]>([
    ["a string, in JSON quotes", "UZ", '"UZ"'],
    ["a string of 60 characters, whole", sixty, `"${sixty}"`],
    ["a longer string, cut after 60 characters", `${sixty}yz`, `"${sixty}…"`],
    ["a bigint", 10n, "10n"],
    ["a function", () => "UZ", "a function"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["a symbol", Symbol("day"), "Symbol(day)"],
    ["a number", 2023.5, "2023.5"],
    ["a Date", new Date("2012-12-19T00:00:00Z"), "Date(2012-12-19T00:00:00.000Z)"],
    ["an invalid Date", new Date(Number.NaN), "Date(Invalid Date)"],
    ["an object", { basis: "org" }, 'an object {"basis":"org"}'],
    ["an array", ["UZ", 1], 'an array ["UZ",1]'],
    ["an object whose JSON is 60 characters, whole", { k: "a".repeat(52) }, `an object {"k":"${"a".repeat(52)}"}`],
    ["an object whose JSON is longer, cut after 60", { k: "a".repeat(53) }, `an object {"k":"${"a".repeat(53)}"…`],
    ["an object that turns into no JSON", { toJSON: () => undefined }, "an object"],
    ["a Date from another realm", runInNewContext("new Date(0)"), "Date(1970-01-01T00:00:00.000Z)"],
    ["an invalid Date from another realm", runInNewContext("new Date(NaN)"), "Date(Invalid Date)"],
    ["an object with a cycle, by its keys", cyclic, 'an object with the keys "name", "self"'],
    ["an object holding a bigint, by its keys", { year: 2023n }, 'an object with the keys "year"'],
    ["an array with a cycle, by its length", cyclicList, "an array of 2 items"],
    ["an object whose toJSON throws, and no keys", Object.create(Date.prototype), "an object JSON cannot show"],
    ["a hostile proxy", hostile, "an unprintable value"],
    ["a revoked proxy", revoked, "an unprintable value"],
  ])("%s", (_label, value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  test("a whole message, as a user sees it", () => {
    expect(() => isMember("UZ", new Date(Number.NaN))).toThrow(
      "Invalid day Date(Invalid Date): the Date is not a time in the years 0000 to 9999.",
    );
    expect(() => chairOf((() => 2023) as never)).toThrow(
      "Invalid year a function: expected a whole number from 0 to 9999.",
    );
    expect(() => isMember(hostile as never, "2010-03-01")).toThrow(
      'Unknown state an unprintable value: not an ISO 3166-1 code such as "UZ" or "UZB" (names go through resolveState).',
    );
  });
});

describe("an options object, as every helper reads it", () => {
  test("the messages say what is wrong and what would be right", () => {
    expect(() => isMember("UZ", "2010-03-01", 42 as never)).toThrow(
      'Invalid options 42: expected an object such as { basis: "organization" } or nothing.',
    );
    expect(() => observersOn("2015-01-01", "csto" as never)).toThrow(
      'Invalid options "csto": expected an object such as { at: "csto" } or nothing.',
    );
    expect(() => membersOn("2010-03-01", { basys: "organization" } as never)).toThrow(
      'Invalid option "basys": the only option is basis.',
    );
    expect(() => formerMembers({ basis: "org" } as never)).toThrow(
      'Invalid basis "org": expected "treaty" or "organization".',
    );
    expect(() => observersOn("2015-01-01", { at: "nato" } as never)).toThrow(
      'Invalid at "nato": expected "un-general-assembly" or "csto-parliamentary-assembly" or "csto".',
    );
  });

  test("a hidden key is an unknown key too: a symbol, or one that is not enumerable", () => {
    const tag = Symbol("tag");
    expect(() => isMember("UZ", "2010-03-01", { [tag]: 1 } as never)).toThrow(
      "Invalid option Symbol(tag): the only option is basis.",
    );
    const hidden = Object.defineProperty({}, "basys", { value: "organization", enumerable: false });
    expect(() => membersOn("2010-03-01", hidden as never)).toThrow('Invalid option "basys": the only option is basis.');
    const hiddenBasis = Object.defineProperty({}, "basis", { value: "organization", enumerable: false });
    expect(isMember("GE", "1998-01-01", hiddenBasis as never)).toBe(false);
  });

  test("an object without a prototype is a plain object too", () => {
    const options = Object.assign(Object.create(null) as object, { basis: "organization" as const });
    expect(isMember("GE", "1998-01-01", options)).toBe(false);
    expect(isMember("GE", "1998-01-01", Object.create(null) as object)).toBe(true);
  });

  test("an object that shows no keys but throws when one is read is refused, not taken as the default", () => {
    const sly = new Proxy(
      {},
      {
        ownKeys: () => [],
        getOwnPropertyDescriptor: () => {
          throw new Error("descriptor trap");
        },
      },
    );
    refuses(
      () => isMember("GE", "1998-01-01", sly),
      "INVALID_OPTION",
      sly,
      "Invalid options an object {}: expected an object",
    );
  });
});
