// The indexes the helpers read, computed once here so that nothing is computed when the
// package is imported: days as yyyymmdd integers, per-state period ranges, the member list
// of every stretch between two changes, the chair of every year. Build-time only.
import { nameKey } from "../src/names";
import type { Tables } from "./audit";

/** "2012-12-19" → 20121219; the same integer form src/days.ts produces. */
const dayNumber = (day: string): number => Number(day.replaceAll("-", ""));
/** The open end of a period: later than any day 9999-12-31 can be. */
const OPEN = 99_999_999;
const until = (day: string | null): number => (day === null ? OPEN : dayNumber(day));
const epochDay = (day: number): number =>
  Date.UTC(Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100) / 86_400_000;

const BASES = ["treaty", "organization"] as const;
const json = (value: unknown) => JSON.stringify(value);

/** Returns the generated files: name → TypeScript source (without the header). */
export function buildIndexes(t: Tables, version: string): Record<string, string> {
  const codes = t.states.map((s) => s.code);
  const asOf = dayNumber(t.meta.asOf);

  // Membership: per basis, per participant, a flat list [from, until, record, ...] in date order.
  const ranges = BASES.map((basis) =>
    codes.map((code) =>
      t.memberships
        .map((p, record) => ({ p, record }))
        .filter(({ p }) => p.state === code && p.basis === basis)
        .sort((a, b) => (a.p.from < b.p.from ? -1 : 1))
        .flatMap(({ p, record }) => [dayNumber(p.from), until(p.until), record]),
    ),
  );
  const participation = codes.map((code) =>
    t.participation
      .map((f, record) => ({ f, record }))
      .filter(({ f }) => f.state === code)
      .flatMap(({ f, record }) => [dayNumber(f.from), until(f.until), record]),
  );
  const slots = Math.max(...ranges.flat().map((flat) => flat.length / 3));
  const periods = ranges.flatMap((perState) =>
    perState.flatMap((flat) => [
      ...flat,
      ...Array.from({ length: slots * 3 - flat.length }, (_, i) => (i % 3 === 2 ? -1 : 0)),
    ]),
  );
  const isIn = (flat: number[], day: number) => {
    for (let i = 0; i < flat.length; i += 3) if (flat[i]! <= day && day < flat[i + 1]!) return true;
    return false;
  };

  // The member list changes only on period bounds: one frozen list per stretch.
  const segments = BASES.map((_, b) => {
    const bounds = [...new Set(ranges[b]!.flatMap((flat) => flat.filter((_, i) => i % 3 !== 2)))]
      .filter((d) => d !== OPEN)
      .sort((x, y) => x - y);
    return {
      starts: bounds,
      members: bounds.map((d) => codes.flatMap((_, s) => (isIn(ranges[b]![s]!, d) ? [s] : []))),
    };
  });
  // Former: belonged once on that basis, not a member on asOf; with how and since when.
  const former = BASES.map((basis, b) =>
    codes.flatMap((code, s) => {
      const flat = ranges[b]![s]!;
      if (flat.length === 0 || isIn(flat, asOf)) return [];
      const last = t.memberships[flat[flat.length - 1]!]!;
      return [{ code, status: last.end === "suspended" ? "suspended" : "former", since: last.until, basis }];
    }),
  );

  const membership = `import { lazyTable } from "../lazy";
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
export const MEMBER_STARTS: readonly (readonly number[])[] = ${json(segments.map((s) => s.starts))};
/** Per basis: the participant indices of the members during each stretch of MEMBER_STARTS. */
export const MEMBER_INDICES: readonly (readonly (readonly number[])[])[] = ${json(segments.map((s) => s.members))};
/** Per basis: the states that belonged once and were not members on asOf. */
export const FORMER = /*#__PURE__*/ lazyTable<readonly FormerMember[]>(${json(json(former))});
`;

  // Chairmanships: bounds for chairOn, and the chair of every year for chairOf: the
  // chairmanship covering the most days of the year (on an exact tie, the later one). For
  // chairOn, each year's first chairmanship not ended when the year began, where a scan for
  // any day of that year (or later) may start.
  const chairBounds = t.chairmanships.flatMap((c) => [dayNumber(c.from), until(c.until)]);
  const firstYear = Number(t.chairmanships[0]!.from.slice(0, 4));
  const lastChair = t.chairmanships.at(-1)!;
  const lastYear = lastChair.until === null ? 9999 : Number(lastChair.until.slice(0, 4));
  const chairByYear: number[] = [];
  const chairFromYear: number[] = [];
  for (let year = firstYear; year <= lastYear && year < firstYear + 200; year++) {
    const notEnded = t.chairmanships.findIndex((c) => until(c.until) > year * 10000 + 101);
    chairFromYear.push(notEnded === -1 ? t.chairmanships.length : notEnded);
    const start = epochDay(year * 10000 + 101);
    const end = epochDay((year + 1) * 10000 + 101);
    let best = -1;
    let bestDays = 0;
    t.chairmanships.forEach((c, i) => {
      const from = Math.max(start, epochDay(dayNumber(c.from)));
      const to = Math.min(end, c.until === null ? end : epochDay(dayNumber(c.until)));
      const days = to - from;
      if (days > 0 && days >= bestDays) {
        best = i;
        bestDays = days;
      }
    });
    chairByYear.push(best);
  }
  while (chairByYear.at(-1) === -1) chairByYear.pop();
  const chair = `/**
 * [from, until, ...] of each chairmanship, in the order of data/chairmanships.json, then a
 * last pair [99999999, 99999999] that starts after any day, so chairOn's scan needs no bounds.
 */
export const CHAIR_BOUNDS: readonly number[] = ${json([...chairBounds, OPEN, OPEN])};
/** The year CHAIR_BY_YEAR and CHAIR_FROM_YEAR start with. */
export const CHAIR_FIRST_YEAR = ${firstYear};
/** For each year from CHAIR_FIRST_YEAR: the first chairmanship not ended when the year began. */
export const CHAIR_FROM_YEAR: readonly number[] = ${json(chairFromYear)};
/** For each year from CHAIR_FIRST_YEAR: the index of its chairmanship, -1 for none. */
export const CHAIR_BY_YEAR: readonly number[] = ${json(chairByYear)};
`;

  const secretaries = `/** [from, until, ...] of each term, in the order of data/secretaries-general.json. */
export const TERM_BOUNDS: readonly number[] = ${json(t["secretaries-general"].flatMap((s) => [dayNumber(s.from), until(s.until)]))};
`;

  const observers = `/** [from, until, ...] of each status, in the order of data/observer-statuses.json. */
export const STATUS_BOUNDS: readonly number[] = ${json(t["observer-statuses"].flatMap((s) => [dayNumber(s.from), until(s.until)]))};
`;

  const meta = `/** The package version the data ships in. */
export const VERSION = ${json(version)};
/** The last day the records were checked against sources. */
export const AS_OF = ${json(t.meta.asOf)};
/** AS_OF as yyyymmdd. */
export const AS_OF_DAY = ${asOf};
`;

  // Names: every name and variant of every country, in compared form, to its code(s).
  const byName = new Map<string, Set<string>>();
  for (const c of [...t.states, ...t["other-countries"]]) {
    const names = [
      c.names.en,
      c.names.ru,
      c.names.de,
      ...Object.values(c.officialNames ?? {}).filter((n): n is string => n !== undefined),
      ...c.variants,
    ];
    for (const name of names) {
      const key = nameKey(name);
      if (!byName.has(key)) byName.set(key, new Set());
      byName.get(key)!.add(c.code);
    }
  }
  const names = `/**
 * Every name and variant in compared form (see src/names.ts), "key=CODE" or, for a name
 * two countries share, "key=CD CG"; entries joined by "|".
 */
export const NAME_INDEX = ${json([...byName].map(([key, set]) => `${key}=${[...set].sort().join(" ")}`).join("|"))};
`;

  return {
    "name-index": names,
    "membership-index": membership,
    "chair-index": chair,
    "secretaries-index": secretaries,
    "observers-index": observers,
    meta,
  };
}
