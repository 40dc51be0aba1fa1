// The indexes the helpers read, computed once here so that nothing is computed when the
// package is imported: days as yyyymmdd integers, each participant's periods, the member list
// of every stretch between two changes, the chair of every year, the names people type.
// Build-time only. Each function returns the TypeScript source of one generated module.
import { nameKey, nameKeys } from "../src/names";
import { tables as registry, type TableName } from "../src/schema";
import type { Tables } from "./tables";

/** "2012-12-19" → 20121219: the integer form of src/days.ts, which orders like the calendar. */
export const dayNumber = (day: string): number => Number(day.replaceAll("-", ""));
/** The end of an open period: later than any day up to 9999-12-31. */
const OPEN = 99_999_999;
const untilNumber = (day: string | null): number => (day === null ? OPEN : dayNumber(day));
/** Days since 1970-01-01, to count the days of a year that a chairmanship covers. */
const epochDay = (day: string): number =>
  Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;

const BASES = ["treaty", "organization"] as const;
/** How many years the chair table covers when the last chairmanship has no end. */
const OPEN_ENDED_YEARS = 200;
const json = (value: unknown) => JSON.stringify(value);

/** [from, until, record index] of each period of one participant on one basis, in date order. */
function periodsOf(t: Tables, code: string, basis: string): number[] {
  return t.memberships
    .map((period, record) => ({ period, record }))
    .filter(({ period }) => period.state === code && period.basis === basis)
    .sort((a, b) => (a.period.from < b.period.from ? -1 : 1))
    .flatMap(({ period, record }) => [dayNumber(period.from), untilNumber(period.until), record]);
}

const contains = (flat: readonly number[], day: number) => {
  for (let i = 0; i < flat.length; i += 3) if (flat[i]! <= day && day < flat[i + 1]!) return true;
  return false;
};

/** The membership index: PERIODS for isMember and membershipOn, member lists, former members. */
export function membershipIndex(t: Tables): string {
  const codes = t.states.map((s) => s.code);
  const ranges = BASES.map((basis) => codes.map((code) => periodsOf(t, code, basis)));
  const slots = Math.max(...ranges.flat().map((flat) => flat.length / 3));
  const EMPTY_SLOT = [0, 0, -1];
  const periods = ranges.flat().flatMap((flat) => [
    ...flat,
    ...Array(slots - flat.length / 3)
      .fill(EMPTY_SLOT)
      .flat(),
  ]);
  const participation = codes.map((code) =>
    t.participation.flatMap((fact, record) =>
      fact.state === code ? [dayNumber(fact.from), untilNumber(fact.until), record] : [],
    ),
  );
  // The member list changes only on period bounds: one list per stretch between two of them.
  const stretches = ranges.map((perState) => {
    const starts = [...new Set(perState.flatMap((flat) => flat.filter((_, i) => i % 3 !== 2)))]
      .filter((day) => day !== OPEN)
      .sort((a, b) => a - b);
    return { starts, members: starts.map((day) => codes.flatMap((_, p) => (contains(perState[p]!, day) ? [p] : []))) };
  });
  // Former: belonged once on that basis and not a member on asOf; how, and since when.
  const asOf = dayNumber(t.meta.asOf);
  const former = BASES.map((basis, b) =>
    codes.flatMap((code, p) => {
      const flat = ranges[b]![p]!;
      if (flat.length === 0 || contains(flat, asOf)) return [];
      const last = t.memberships[flat.at(-1)!]!;
      return [{ code, status: last.end === "suspended" ? "suspended" : "former", since: last.until, basis }];
    }),
  );
  return `import { lazyTable } from "../lazy";
import type { FormerMember } from "../membership";

/** The most periods any participant has on one basis: the slots per (basis, participant). */
export const SLOTS = ${slots};
/** How many participants PERIODS covers. */
export const PARTICIPANT_COUNT = ${codes.length};
/**
 * Membership periods as one typed array: for basis b (0 treaty, 1 organization), participant
 * p and slot k, [from, until, record index] at ((b * PARTICIPANT_COUNT + p) * SLOTS + k) * 3;
 * an empty slot is [0, 0, -1], which no day falls into.
 */
export const PERIODS = /*#__PURE__*/ new Int32Array(${json(periods)});
/** Per participant: [from, until, record index, ...] of its participation facts. */
export const PARTICIPATION_RANGES: readonly (readonly number[])[] = ${json(participation)};
/** Per basis: the first day of each stretch in which the member list stays the same. */
export const MEMBER_STARTS: readonly (readonly number[])[] = ${json(stretches.map((s) => s.starts))};
/** Per basis: the participant indices of the members during each stretch of MEMBER_STARTS. */
export const MEMBER_INDICES: readonly (readonly (readonly number[])[])[] = ${json(stretches.map((s) => s.members))};
/** Per basis: the states that belonged once and were not members on asOf. */
export const FORMER = /*#__PURE__*/ lazyTable<readonly FormerMember[]>(${json(json(former))});
`;
}

/** The chairmanship covering the most days of a year (on an exact tie, the later one), or -1. */
function chairOfYear(t: Tables, year: number): number {
  const start = epochDay(`${year}-01-01`);
  const end = epochDay(`${year + 1}-01-01`);
  let best = -1;
  let bestDays = 0;
  t.chairmanships.forEach((chair, index) => {
    const days =
      Math.min(end, chair.until === null ? end : epochDay(chair.until)) - Math.max(start, epochDay(chair.from));
    if (days > 0 && days >= bestDays) {
      best = index;
      bestDays = days;
    }
  });
  return best;
}

/** The chair index: bounds for chairOn, and per year the chair (chairOf) and where chairOn's scan starts. */
export function chairIndex(t: Tables): string {
  const chairs = t.chairmanships;
  const firstYear = Number(chairs[0]!.from.slice(0, 4));
  const last = chairs.at(-1)!;
  // An open-ended last chairmanship covers every later year: the table then runs for two centuries.
  const lastYear = last.until === null ? firstYear + OPEN_ENDED_YEARS - 1 : Number(last.until.slice(0, 4));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const chairByYear = years.map((year) => chairOfYear(t, year));
  while (chairByYear.at(-1) === -1) chairByYear.pop();
  const chairFromYear = years.map((year) => {
    const notEnded = chairs.findIndex((c) => untilNumber(c.until) > year * 10000 + 101);
    return notEnded === -1 ? chairs.length : notEnded;
  });
  const bounds = chairs.flatMap((c) => [dayNumber(c.from), untilNumber(c.until)]);
  return `/**
 * [from, until, ...] of each chairmanship, in the order of data/chairmanships.json, then a
 * last pair [${OPEN}, ${OPEN}] that starts after any day, so chairOn's scan needs no bounds.
 */
export const CHAIR_BOUNDS: readonly number[] = ${json([...bounds, OPEN, OPEN])};
/** The year CHAIR_BY_YEAR and CHAIR_FROM_YEAR start with. */
export const CHAIR_FIRST_YEAR = ${firstYear};
/** For each year from CHAIR_FIRST_YEAR: the first chairmanship not ended when the year began. */
export const CHAIR_FROM_YEAR: readonly number[] = ${json(chairFromYear)};
/** For each year from CHAIR_FIRST_YEAR: the index of its chairmanship, -1 for none. */
export const CHAIR_BY_YEAR: readonly number[] = ${json(chairByYear)};
`;
}

/** [from, until, ...] as yyyymmdd of every table the registry declares as periods. */
export function periodIndex(t: Tables): string {
  return Object.entries(registry)
    .flatMap(([name, spec]) => {
      const periods = spec.periods;
      if (periods === undefined) return [];
      const rows = t[name as TableName] as unknown as readonly Record<string, string | null>[];
      const bounds = rows.flatMap((row) => [dayNumber(row[periods.from]!), untilNumber(row[periods.until] ?? null)]);
      return [
        `/** [from, until, ...] of each row of data/${name}.json, as yyyymmdd (${OPEN}: still holds). */
export const ${spec.property}Bounds: readonly number[] = ${json(bounds)};
`,
      ];
    })
    .join("");
}

/** In the name index, the mark before the code of a dissolved state (src/states.ts reads it). */
const DISSOLVED = "!";
/** How much longer than the longest name a text may be and still be compared (accents typed as marks, doubled spaces). */
const INPUT_SLACK = 2;

/** Every name of a country or dissolved state: its names, official names and variants. */
const namesOf = (country: { names: object; officialNames?: object | undefined; variants: readonly string[] }) =>
  [...Object.values(country.names), ...Object.values(country.officialNames ?? {}), ...country.variants].filter(
    (name): name is string => typeof name === "string",
  );

/**
 * The name index: every name in every language, official name and variant of every country,
 * in compared form (src/names.ts), "key=CODE" or, for a name two countries share, "key=CD CG";
 * the names of a dissolved state as "key=!SU"; entries joined by "|". Also the longest text
 * worth comparing, so that resolveState refuses a longer one before normalising it.
 */
export function nameIndex(t: Tables): string {
  const codesByKey = new Map<string, Set<string>>();
  let longest = 0;
  for (const country of [...t.states, ...t["other-countries"]]) {
    for (const name of namesOf(country)) {
      for (const key of nameKeys(name)) codesByKey.set(key, (codesByKey.get(key) ?? new Set()).add(country.code));
      longest = Math.max(longest, name.length);
    }
  }
  for (const dissolved of t["dissolved-states"]) {
    for (const key of [dissolved.code, ...namesOf(dissolved)].map(nameKey)) {
      const taken = codesByKey.get(key);
      if (taken !== undefined) throw new Error(`data/: ${dissolved.code} shares the name "${key}" with ${[...taken]}`);
      codesByKey.set(key, new Set([`${DISSOLVED}${dissolved.code}`]));
    }
  }
  const entries = [...codesByKey].map(([key, codes]) => `${key}=${[...codes].sort().join(" ")}`);
  return `/** Every name of every country in compared form (see src/names.ts): "key=CODE", "key=CD CG" or, for a dissolved state, "key=${DISSOLVED}SU"; joined by "|". */
export const NAME_INDEX = ${json(entries.join("|"))};
/** The mark before the code of a dissolved state in NAME_INDEX. */
export const DISSOLVED = ${json(DISSOLVED)};
/** The longest text resolveState compares: ${INPUT_SLACK} times the longest name (${longest} characters). */
export const LONGEST_NAME_INPUT = ${INPUT_SLACK * longest};
`;
}

/** The package version and the day the data was last checked. */
export function metaModule(t: Tables, version: string): string {
  return `/** The package version the data ships in. */
export const VERSION = ${json(version)};
/** The last day the records were checked against sources. */
export const AS_OF = ${json(t.meta.asOf)};
/** AS_OF as yyyymmdd. */
export const AS_OF_DAY = ${dayNumber(t.meta.asOf)};
`;
}
