// The explorer (docs/site/explorer.html) in test:site: what csto's helpers answer in Node for
// an address, what the page shows for it, and the days it is checked on. test/site/pages.ts
// checks it like every page (screenshots, overflow, accessibility); explorer.test.ts checks
// its answers, its keyboard path, its sources, offline use and its weight.
import type { Page } from "playwright-core";
import {
  appealsBy,
  type Basis,
  chairOn,
  CstoError,
  dataset,
  membersOn,
  membershipOn,
  operationsOn,
  secretaryGeneralOn,
  summitsIn,
} from "../../src/index";
import { AS_OF, DAY_AFTER_AS_OF, nextDay } from "../data-facts";

export const EXPLORER = "site/explorer.html";
export const BASES: readonly Basis[] = ["treaty", "organization"];

/** The day before `day` (YYYY-MM-DD). */
export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The days the page is checked on: the days the issue names (the treaty's signature, the last
 * day of the first term and the day after, the Charter, Uzbekistan's return, its last day and
 * its suspension, Armenia's freeze), asOf and the day after, and every boundary the data has:
 * each membership period's first day and its end with the day before each, each chair's first
 * day (a hand-over) and the day before, each operation's first and last day, each appeal's day.
 */
export function sampleDays(): string[] {
  const named = ["1992-05-15", "1999-04-20", "1999-04-21", "2003-09-18", "2006-06-23", "2012-12-18", "2012-12-19"];
  const boundaries = [
    ...dataset.memberships.flatMap((p) => [p.from, p.until]),
    ...dataset.participation.flatMap((p) => [p.from, p.until]),
    ...dataset.chairmanships.map((c) => c.from),
  ].filter((day): day is string => day !== null);
  const operations = dataset.operations.flatMap((o) => [
    o.arrived.latest ?? o.arrived.day,
    (o.withdrawn ?? o.missionEnded)?.day ?? null,
  ]);
  const days = new Set([
    ...named,
    "2024-02-22",
    AS_OF,
    DAY_AFTER_AS_OF,
    ...boundaries.flatMap((day) => [day, previousDay(day)]),
    ...operations.filter((day): day is string => day !== null).flatMap((day) => [day, nextDay(day)]),
    ...dataset.appeals.map((a) => a.day.day),
  ]);
  return [...days].sort();
}

/** What the page shows, read from its answer: ids and codes by section, and each state's status. */
export interface Shown {
  day: string | undefined;
  basis: string | undefined;
  members: string[];
  states: Record<string, { status: string; participation: string; records: string[]; text: string }>;
  chair: string[];
  secretaryGeneral: string[];
  summits: string[];
  operations: string[];
  appeals: string[];
}

/** The answer csto's helpers give in Node, in the shape of `Shown`. */
export function expectedAnswer(
  day: string,
  basis: Basis,
): Omit<Shown, "states"> & {
  states: Record<string, { status: string; participation: string; records: string[] }>;
} {
  const options = { basis };
  const year = Number(day.slice(0, 4));
  const states = Object.fromEntries(
    dataset.states.map((s) => {
      const m = membershipOn(s.code, day, options);
      const records = [m.period?.id ?? s.code, ...(m.participationFact ? [m.participationFact.id] : [])];
      return [s.code, { status: m.status, participation: m.participation, records }];
    }),
  );
  const chair = chairOn(day);
  const secretary = secretaryGeneralOn(day);
  return {
    day,
    basis,
    members: membersOn(day, options).map((s) => s.code),
    states,
    chair: chair ? [chair.id] : [],
    secretaryGeneral: secretary ? [secretary.id] : [],
    summits: summitsIn(year).map((s) => s.id),
    operations: operationsOn(day).map((o) => o.id),
    appeals: dataset.states
      .flatMap((s) => appealsBy(s.code))
      .filter((a) => a.day.day.startsWith(`${year}-`))
      .sort((a, b) => a.day.day.localeCompare(b.day.day))
      .map((a) => a.id),
  };
}

/** The message csto gives for a day or a basis it refuses. */
export function refusal(day: string, basis: string): CstoError {
  try {
    membersOn(day, { basis } as { basis: Basis });
  } catch (error) {
    if (error instanceof CstoError) return error;
    throw error;
  }
  throw new Error(`csto answers ${day} on ${basis}: not a refusal`);
}

/** Opens the explorer at `query` and waits for its first answer. */
export async function openExplorer(page: Page, url: string, query: string): Promise<void> {
  await page.goto(new URL(`${EXPLORER}${query}`, url).href, { waitUntil: "load" });
  await page.waitForSelector("html[data-ready]");
}

/** What the page shows now (read in the page by test/site/in-page.js). */
export const shown = async (page: Page): Promise<Shown> =>
  (await page.evaluate("window.__site.explorerShown()")) as Shown;

/** The words a state's line must say for its status. */
const STATUS_WORDS: Record<string, string> = {
  member: "member since",
  suspended: "suspended since",
  former: "had left",
  never: "not a member",
};

/**
 * Differences between what the page shows and what csto answers for `day` on `basis`; empty
 * when they agree. Each state's line must also name the state in English, Russian and German.
 */
export async function answerProblems(page: Page, day: string, basis: Basis): Promise<string[]> {
  const seen = await shown(page);
  const want = expectedAnswer(day, basis);
  const problems: string[] = [];
  const compare = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      problems.push(`${day} ${basis}: ${what} shows ${JSON.stringify(a)}, csto says ${JSON.stringify(b)}`);
  };
  compare("day", seen.day, want.day);
  compare("basis", seen.basis, want.basis);
  for (const key of ["members", "chair", "secretaryGeneral", "summits", "operations", "appeals"] as const)
    compare(key, seen[key], want[key]);
  for (const state of dataset.states) {
    const line = seen.states[state.code];
    const expected = want.states[state.code]!;
    if (line === undefined) {
      problems.push(`${day} ${basis}: no line for ${state.code}`);
      continue;
    }
    const { text, ...rest } = line;
    compare(state.code, rest, expected);
    for (const name of [state.names.en, state.names.ru, state.names.de!, STATUS_WORDS[expected.status]!])
      if (!text.includes(name)) problems.push(`${day} ${basis}: the line of ${state.code} does not say ${name}`);
    if (expected.participation === "frozen" && !text.includes("participation frozen"))
      problems.push(`${day} ${basis}: the line of ${state.code} does not say its participation is frozen`);
  }
  return problems;
}
