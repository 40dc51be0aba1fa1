import { describe, expect, test } from "vitest";
import { dayOfText, dayString, isDay, toDayNumber, toYear } from "../src/days";
import { CstoError } from "../src/errors";
import {
  chairOf,
  chairOn,
  isMember,
  membershipOn,
  membersOn,
  observersOn,
  secretaryGeneralOn,
  summitsIn,
} from "../src/index";

const rejects = (fn: () => unknown, code: string, fragment: string) => {
  let error: unknown;
  try {
    fn();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(CstoError);
  expect((error as CstoError).code).toBe(code);
  expect((error as CstoError).message).toContain(fragment);
};

describe("the day parser", () => {
  test.each([
    ["2012-12-19", 20121219],
    ["0000-01-01", 101],
    ["9999-12-31", 99991231],
    ["2024-02-29", 20240229],
    ["2000-02-29", 20000229],
    ["2010-10-10", 20101010],
    ["2023-06-30", 20230630],
    ["2023-12-31", 20231231],
  ])("reads %s", (text, number) => {
    expect(toDayNumber(text)).toBe(number);
    expect(dayString(number)).toBe(text);
    expect(isDay(text)).toBe(true);
  });

  test.each([
    ["2023-02-30", "month 02 of 2023 has no day 30"],
    ["2021-02-29", "month 02 of 2021 has no day 29"],
    ["1900-02-29", "month 02 of 1900 has no day 29"],
    ["2023-04-31", "month 04 of 2023 has no day 31"],
    ["2023-06-31", "month 06 of 2023 has no day 31"],
    ["2023-09-31", "month 09 of 2023 has no day 31"],
    ["2023-11-31", "month 11 of 2023 has no day 31"],
    ["2023-01-91", "month 01 of 2023 has no day 91"],
    ["2023-91-01", "there is no month 91"],
    ["2023-01-00", "month 01 of 2023 has no day 00"],
    ["2023-13-01", "there is no month 13"],
    ["2023-00-10", "there is no month 00"],
    ["2023-1-01", "expected YYYY-MM-DD"],
    ["20231101", "expected YYYY-MM-DD"],
    ["2023/11/01", "expected YYYY-MM-DD"],
    ["2023-11-01T00:00:00Z", "expected YYYY-MM-DD"],
    [" 2023-11-01", "expected YYYY-MM-DD"],
    ["23-11-2023", "expected YYYY-MM-DD"],
    ["２０２３-11-01", "expected YYYY-MM-DD"],
    ["+02023-11-0", "expected YYYY-MM-DD"],
    ["", "expected YYYY-MM-DD"],
    // Each of the ten characters is checked: a dash where a dash goes, a digit everywhere else.
    ["2023_11-01", "expected YYYY-MM-DD"],
    ["2023-11_01", "expected YYYY-MM-DD"],
    ["x023-11-01", "expected YYYY-MM-DD"],
    ["2x23-11-01", "expected YYYY-MM-DD"],
    ["20x3-11-01", "expected YYYY-MM-DD"],
    ["202x-11-01", "expected YYYY-MM-DD"],
    ["2023-x1-01", "expected YYYY-MM-DD"],
    ["2023-1x-01", "expected YYYY-MM-DD"],
    ["2023-11-x1", "expected YYYY-MM-DD"],
    ["2023-11-0x", "expected YYYY-MM-DD"],
    ["2023-/1-01", "expected YYYY-MM-DD"],
    ["2023-11-:1", "expected YYYY-MM-DD"],
  ])("refuses %j: %s", (text, reason) => {
    expect(isDay(text)).toBe(false);
    rejects(() => toDayNumber(text), "INVALID_DATE", `"${text}"`);
    rejects(() => toDayNumber(text), "INVALID_DATE", reason);
  });

  test("a Date is its UTC calendar day", () => {
    expect(toDayNumber(new Date("2012-12-19T00:00:00Z"))).toBe(20121219);
    expect(toDayNumber(new Date("2012-12-18T23:59:59.999Z"))).toBe(20121218);
    expect(toDayNumber(new Date("2012-12-19T02:00:00+05:00"))).toBe(20121218);
    expect(toDayNumber(new Date(Date.UTC(2000, 1, 29)))).toBe(20000229);
    expect(toDayNumber(new Date(-62_167_219_200_000))).toBe(101);
    expect(toDayNumber(new Date(253_402_300_799_999))).toBe(99991231);
    expect(toDayNumber(new Date(0))).toBe(19700101);
    expect(toDayNumber(new Date(-1))).toBe(19691231);
  });

  test.each([
    [new Date(Number.NaN), "the Date is not a time in the years 0000 to 9999"],
    [new Date(-62_167_219_200_001), "not a time in the years 0000 to 9999"],
    [new Date(253_402_300_800_000), "not a time in the years 0000 to 9999"],
  ])("refuses %s", (date, reason) => rejects(() => toDayNumber(date), "INVALID_DATE", reason));

  test.each([
    [null, "null"],
    [undefined, "undefined"],
    [20121219, "20121219"],
    [{}, "an object"],
    [[], "an array"],
    [Symbol("day"), "Symbol(day)"],
    [{ getTime: () => 0 }, "an object"],
    [Object.create(null), "an object"],
  ])("refuses %s", (value, fragment) => rejects(() => toDayNumber(value), "INVALID_DATE", fragment));

  test("what is neither a day string nor a Date is refused with the form a day takes", () => {
    for (const value of [{}, [], 20121219, null, { getTime: () => 0 }]) {
      expect(() => toDayNumber(value)).toThrow(
        /^Invalid day .*: expected YYYY-MM-DD, such as "2023-11-23", or a Date\.$/,
      );
    }
    expect(() => toDayNumber({})).toThrow(
      'Invalid day an object {}: expected YYYY-MM-DD, such as "2023-11-23", or a Date.',
    );
  });
});

describe("the day writer", () => {
  test("a day is written back with four digits of year and two of month and day", () => {
    expect(dayString(101)).toBe("0000-01-01");
    expect(dayString(9990909)).toBe("0999-09-09");
    expect(dayString(10001010)).toBe("1000-10-10");
    expect(dayString(20121209)).toBe("2012-12-09");
  });
});

describe("the year check", () => {
  test.each([0, 2023, 9999, -0])("accepts %d", (year) => expect(toYear(year)).toBe(year));
  test.each([
    [2023.5, "2023.5"],
    [-1, "-1"],
    [10000, "10000"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["2023", '"2023"'],
    [null, "null"],
    [undefined, "undefined"],
    [10n, "10n"],
    [new Date(), "Date("],
  ])("refuses %s", (value, fragment) => rejects(() => toYear(value), "INVALID_YEAR", fragment));
});

describe("a helper called without its day or year: one rule, refused, never guessed", () => {
  const NO_DAY = "Invalid day undefined: no day was given; csto never assumes today.";
  test.each<[string, () => unknown]>([
    ["isMember", () => (isMember as (state: string) => boolean)("UZ")],
    ["membershipOn", () => (membershipOn as (state: string) => unknown)("UZ")],
    ["membersOn", () => (membersOn as () => unknown)()],
    ["chairOn", () => (chairOn as () => unknown)()],
    ["secretaryGeneralOn", () => (secretaryGeneralOn as () => unknown)()],
    ["observersOn", () => (observersOn as () => unknown)()],
  ])("%s()", (_name, call) => {
    expect(call).toThrow(NO_DAY);
    rejects(call, "INVALID_DATE", "no day was given");
  });
  test.each<[string, () => unknown]>([
    ["chairOf", () => (chairOf as () => unknown)()],
    ["summitsIn", () => (summitsIn as () => unknown)()],
  ])("%s()", (_name, call) => {
    expect(call).toThrow("Invalid year undefined: no year was given; pass one such as 2023.");
  });
  test("null is a bad day, not a missing one", () => {
    expect(() => toDayNumber(null)).toThrow('Invalid day null: expected YYYY-MM-DD, such as "2023-11-23", or a Date.');
    expect(() => toYear(null)).toThrow("Invalid year null: expected a whole number from 0 to 9999.");
  });
});

describe("a day written as text (the command line's days)", () => {
  test("says what a day looks like, and nothing of Dates", () => {
    expect(dayOfText("2023-11-23")).toBe(20231123);
    expect(() => dayOfText("23.11.2023")).toThrow(
      'Invalid day "23.11.2023": expected YYYY-MM-DD, such as "2023-11-23".',
    );
    expect(() => dayOfText("2023-13-01")).toThrow('Invalid day "2023-13-01": there is no month 13.');
    expect(() => dayOfText("2023-02-30")).toThrow('Invalid day "2023-02-30": month 02 of 2023 has no day 30.');
  });
});
