import { CstoError, describe } from "./errors";

/**
 * A calendar day: an ISO 8601 `YYYY-MM-DD` string with no time and no zone
 * (`"2012-12-19"`), or a `Date`, which stands for its UTC calendar day.
 *
 * @see [The data model](../docs/data-model.md), on days and half-open periods
 */
export type DayInput = string | Date;

// A day is kept as the integer yyyymmdd (2012-12-19 is 20121219): it orders like
// the calendar, compares in one instruction and needs no time zone.

const FORM = 0;
const MONTH = -1;
const DAY = -2;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/**
 * The one day parser: `YYYY-MM-DD` to yyyymmdd (at least 101), or a reason that is not
 * positive (`FORM`, `MONTH`, `DAY`). It reads char codes rather than using a regular expression because `isMember`
 * runs on hot paths; `>>> 0` turns a negative digit into a large one, so one comparison
 * checks both ends of 0..9.
 */
function parseDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return FORM;
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    y4 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    m2 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    d2 >>> 0 > 9
  ) {
    return FORM;
  }
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12) return MONTH;
  if (day < 1 || (day > 28 && day > daysInMonth(year, month))) return DAY;
  return year * 10000 + month * 100 + day;
}

/** True when `text` is a real calendar day written `YYYY-MM-DD`. @internal */
export const isDay = (text: string): boolean => parseDay(text) > 0;

const FIRST_MS = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const END_MS = 253_402_300_800_000; // 10000-01-01T00:00:00Z

/** The UTC calendar day of a time value; a fresh Date, so no override of the caller's can interfere. */
function utcDayOf(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** What a day written as text looks like (the command line says no more than this). */
const EXPECTED_TEXT = 'expected YYYY-MM-DD, such as "2023-11-23"';
/** What a helper accepts as a day. */
const EXPECTED = `${EXPECTED_TEXT}, or a Date`;
/**
 * The one rule for a helper called without its day: refused, never guessed. A pure helper
 * that took "today" would answer differently tomorrow, and `asOf` would hide the mistake.
 */
const NO_DAY = "no day was given; csto never assumes today";

function invalidDay(value: unknown, reason: string): CstoError {
  return new CstoError("INVALID_DATE", `Invalid day ${describe(value)}: ${reason}.`);
}

/**
 * A day written `YYYY-MM-DD` as yyyymmdd, or `INVALID_DATE` saying what is wrong with it:
 * its form (`expected` says what was expected), its month or its day.
 *
 * @internal
 */
export function dayOfText(text: string, expected: string = EXPECTED_TEXT): number {
  const day = parseDay(text);
  if (day > 0) return day;
  const month = text.slice(5, 7);
  throw invalidDay(
    text,
    day === FORM
      ? expected
      : day === MONTH
        ? `there is no month ${month}`
        : `month ${month} of ${text.slice(0, 4)} has no day ${text.slice(8)}`,
  );
}

/**
 * Turns a caller's day into yyyymmdd, or throws `INVALID_DATE` naming it. No day at all
 * (`undefined`) is refused like any other bad day, with a message that says so.
 *
 * @internal
 */
export function toDayNumber(value: unknown): number {
  if (typeof value === "string") return dayOfText(value, EXPECTED);
  if (value === undefined) throw invalidDay(value, NO_DAY);
  let ms: number;
  try {
    // Date.prototype.getTime checks that this is a real Date, from any realm; it throws for
    // anything else, primitives, null and undefined included.
    ms = Date.prototype.getTime.call(value);
  } catch {
    throw invalidDay(value, EXPECTED);
  }
  // NaN fails both comparisons, so an invalid Date lands here too.
  if (!(ms >= FIRST_MS && ms < END_MS)) throw invalidDay(value, "the Date is not a time in the years 0000 to 9999");
  return utcDayOf(ms);
}

/** yyyymmdd back to `YYYY-MM-DD`. @internal */
export function dayString(day: number): string {
  const year = Math.floor(day / 10000);
  const month = Math.floor(day / 100) % 100;
  const date = day % 100;
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${date < 10 ? "0" : ""}${date}`;
}

/**
 * Checks a year for `chairOf`: a whole number from 0 to 9999, or `INVALID_YEAR`.
 *
 * @internal
 */
export function toYear(value: unknown): number {
  // Number.isInteger is false for anything that is not a number.
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 9999) return value as number;
  const reason =
    value === undefined ? "no year was given; pass one such as 2023" : "expected a whole number from 0 to 9999";
  throw new CstoError("INVALID_YEAR", `Invalid year ${describe(value)}: ${reason}.`);
}
