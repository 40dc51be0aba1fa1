// Facts the tests need about the edge of the data, derived from data/ rather than written as
// literals: adding next year's chairmanship or moving asOf must not break a test.
import { readTable } from "../scripts/tables";

const { asOf } = readTable("meta") as { asOf: string };
/** The last day the data was checked. */
export const AS_OF = asOf;

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
/** The first day after asOf: answers for it assume nothing changed. */
export const DAY_AFTER_AS_OF = nextDay(asOf);

const languages = (readTable("languages") as { name: string }[]).map((language) => language.name);
/** The languages names are given in, as messages list them: "English, Russian or German". */
export const LANGUAGE_LIST =
  languages.length === 1 ? languages[0]! : `${languages.slice(0, -1).join(", ")} or ${languages.at(-1)}`;

const chairs = readTable("chairmanships") as { from: string; until: string | null }[];
const lastChair = chairs.at(-1)!;
/** The first day no chairmanship is recorded for (the last one's end). */
export const FIRST_DAY_WITHOUT_CHAIR = lastChair.until!;
/** The first calendar year no chairmanship covers. */
export const FIRST_YEAR_WITHOUT_CHAIR =
  Number(FIRST_DAY_WITHOUT_CHAIR.slice(0, 4)) + (FIRST_DAY_WITHOUT_CHAIR.endsWith("-01-01") ? 0 : 1);

const summits = readTable("summits") as { date: string }[];
/** The first year after the last recorded Council session. */
export const FIRST_YEAR_WITHOUT_SUMMITS = Math.max(...summits.map((s) => Number(s.date.slice(0, 4)))) + 1;
