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

const FORM = -1;
const MONTH = -2;
const DAY = -3;

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** Reads `count` ASCII digits from `at`; -1 if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The one day parser: `YYYY-MM-DD` to yyyymmdd, or a negative reason
 * (`FORM`, `MONTH`, `DAY`). It reads char codes rather than using a regular
 * expression because `isMember` runs on hot paths.
 */
function parseDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return FORM;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return FORM;
  if (month < 1 || month > 12) return MONTH;
  if (day < 1 || day > daysInMonth(year, month)) return DAY;
  return year * 10000 + month * 100 + day;
}

/** True when `text` is a real calendar day written `YYYY-MM-DD`. @internal */
export const isDay = (text: string): boolean => parseDay(text) > 0;

const MS_PER_DAY = 86_400_000;
const FIRST_MS = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const END_MS = 253_402_300_800_000; // 10000-01-01T00:00:00Z

/** The UTC calendar day of a time value, by Hinnant's civil-from-days algorithm. */
function utcDayOf(ms: number): number {
  const z = Math.floor(ms / MS_PER_DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

function invalidDay(value: unknown, reason: string): CstoError {
  return new CstoError("INVALID_DATE", `Invalid day ${describe(value)}: ${reason}.`);
}

/**
 * Turns a caller's day into yyyymmdd, or throws `INVALID_DATE` naming it.
 *
 * @internal
 */
export function toDayNumber(value: unknown): number {
  if (typeof value === "string") {
    const day = parseDay(value);
    if (day > 0) return day;
    if (day === FORM) throw invalidDay(value, 'expected the form YYYY-MM-DD, such as "2023-11-23"');
    const month = +value.slice(5, 7);
    if (day === MONTH) throw invalidDay(value, `there is no month ${month}`);
    if (+value.slice(8) === 0) throw invalidDay(value, "there is no day 0");
    const days = daysInMonth(+value.slice(0, 4), month);
    throw invalidDay(value, `${MONTH_NAMES[month - 1]} ${value.slice(0, 4)} has ${days} days`);
  }
  if (typeof value === "object" && value !== null) {
    let ms: number;
    try {
      // Date.prototype.getTime checks that this is a real Date, from any realm.
      ms = Date.prototype.getTime.call(value);
    } catch {
      throw invalidDay(value, 'expected a "YYYY-MM-DD" string or a Date');
    }
    if (Number.isNaN(ms)) throw invalidDay(value, "the Date is not a valid time");
    if (ms < FIRST_MS || ms >= END_MS) throw invalidDay(value, "the Date is outside the years 0000 to 9999");
    return utcDayOf(ms);
  }
  throw invalidDay(value, 'expected a "YYYY-MM-DD" string or a Date');
}

/** yyyymmdd back to `YYYY-MM-DD`. @internal */
export function dayString(day: number): string {
  const text = String(day).padStart(8, "0");
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
}

/**
 * Checks a year for `chairOf`: a whole number from 0 to 9999, or `INVALID_YEAR`.
 *
 * @internal
 */
export function toYear(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 9999) return value;
  throw new CstoError("INVALID_YEAR", `Invalid year ${describe(value)}: expected a whole number from 0 to 9999, such as 2023.`);
}
