// The cross-table audit: what no single record's schema can see. Run by the build
// (scripts/generate.ts fails on any problem) and by the tests (test/audit.test.ts).
import type {
  Chairmanship,
  CstoEvent,
  MembershipPeriod,
  ObserverStatus,
  Participation,
  SecretaryGeneralTerm,
  Source,
  State,
  Summit,
} from "../src/schema";

export interface Tables {
  meta: { asOf: string };
  states: readonly State[];
  "other-countries": readonly State[];
  memberships: readonly MembershipPeriod[];
  participation: readonly Participation[];
  chairmanships: readonly Chairmanship[];
  summits: readonly Summit[];
  "secretaries-general": readonly SecretaryGeneralTerm[];
  events: readonly CstoEvent[];
  "observer-statuses": readonly ObserverStatus[];
  sources: readonly Source[];
}

interface Period {
  id: string;
  from: string;
  until: string | null;
}

const OPEN = "9999-99-99";
const end = (p: Period) => p.until ?? OPEN;
const overlaps = (a: Period, b: Period) => a.from < end(b) && b.from < end(a);
/** True when `inner` lies wholly inside one of `outer`. */
const covered = (inner: Period, outer: readonly Period[]) =>
  outer.some((o) => o.from <= inner.from && end(inner) <= end(o));

/** Returns one line per problem; an empty list means the dataset is consistent. */
export function audit(t: Tables): string[] {
  const problems: string[] = [];
  const asOf = t.meta.asOf;
  const sourceIds = new Set(t.sources.map((s) => s.id));
  const cited = new Set<string>();

  const sourcedTables = {
    states: t.states,
    "other-countries": t["other-countries"],
    memberships: t.memberships,
    participation: t.participation,
    chairmanships: t.chairmanships,
    summits: t.summits,
    "secretaries-general": t["secretaries-general"],
    events: t.events,
    "observer-statuses": t["observer-statuses"],
  };

  // Ids are unique across all tables (notes are looked up by id), and every cited source exists.
  const everyId = new Set<string>();
  for (const rows of Object.values(sourcedTables)) {
    for (const row of rows as readonly { id?: string; code?: string }[]) {
      const id = row.id ?? row.code ?? "";
      if (everyId.has(id)) problems.push(`id ${id} is used by two records`);
      everyId.add(id);
    }
  }
  for (const [table, rows] of Object.entries({ ...sourcedTables, sources: t.sources })) {
    const seen = new Set<string>();
    for (const row of rows as readonly { id?: string; code?: string }[]) {
      const id = row.id ?? row.code ?? "";
      if (seen.has(id)) problems.push(`${table}: id ${id} is used twice`);
      seen.add(id);
    }
  }
  for (const [table, rows] of Object.entries(sourcedTables)) {
    for (const row of rows as readonly { id?: string; code?: string; sources: readonly string[] }[]) {
      for (const id of row.sources) {
        cited.add(id);
        if (!sourceIds.has(id)) problems.push(`${table} ${row.id ?? row.code}: source ${id} is not in sources`);
      }
    }
  }
  for (const event of t.events) {
    if (event.corrects) {
      cited.add(event.corrects.source);
      if (!sourceIds.has(event.corrects.source)) {
        problems.push(`events ${event.id}: corrects.source ${event.corrects.source} is not in sources`);
      }
    }
  }
  // A disputed record cites the sources of its preferred value in `sources` and names those of
  // the other reading by id in its note (DESIGN: "keep the other one in the note with its
  // sources"); a source named so is cited too, and must exist.
  for (const rows of Object.values(sourcedTables)) {
    for (const row of rows as readonly { id?: string; code?: string; note?: string }[]) {
      for (const word of row.note?.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []) {
        if (sourceIds.has(word)) cited.add(word);
      }
    }
  }
  for (const source of t.sources) {
    if (!cited.has(source.id)) problems.push(`sources ${source.id}: no record cites it`);
  }

  // The ISO tables: each code, alpha-3 and numeric code once; participants not repeated.
  const countries = [...t.states, ...t["other-countries"]];
  for (const key of ["code", "alpha3", "numeric"] as const) {
    const seen = new Set<string>();
    for (const c of countries) {
      if (seen.has(c[key])) problems.push(`states/other-countries: ${key} ${c[key]} appears twice`);
      seen.add(c[key]);
    }
  }
  const participants = new Set<string>(t.states.map((s) => s.code));

  // Periods of one state and basis never overlap; organization implies treaty.
  const periodsOf = (state: string, basis: string) =>
    t.memberships.filter((p) => p.state === state && p.basis === basis);
  for (const state of participants) {
    if (periodsOf(state, "treaty").length === 0) problems.push(`memberships: ${state} has no treaty period`);
    for (const basis of ["treaty", "organization"]) {
      const periods = periodsOf(state, basis);
      periods.forEach((a, i) => {
        for (const b of periods.slice(i + 1)) {
          if (overlaps(a, b)) problems.push(`memberships: ${a.id} overlaps ${b.id}`);
        }
      });
    }
    for (const p of periodsOf(state, "organization")) {
      if (!covered(p, periodsOf(state, "treaty"))) {
        problems.push(`memberships: ${p.id} (organization) is not inside a treaty period of ${state}`);
      }
    }
  }
  for (const p of t.memberships) {
    if (p.from > asOf) problems.push(`memberships ${p.id}: starts after asOf ${asOf}`);
    if (p.until !== null && p.until > asOf) problems.push(`memberships ${p.id}: ends after asOf ${asOf}`);
  }

  // Participation facts belong to members, do not overlap, and their steps are events.
  const eventIds = new Set(t.events.map((e) => e.id));
  for (const fact of t.participation) {
    if (!covered(fact, periodsOf(fact.state, "organization"))) {
      problems.push(`participation ${fact.id}: ${fact.state} was not a CSTO member for the whole period`);
    }
    for (const step of fact.steps) {
      if (!eventIds.has(step)) problems.push(`participation ${fact.id}: step ${step} is not in events`);
    }
    if (fact.from > asOf) problems.push(`participation ${fact.id}: starts after asOf ${asOf}`);
  }
  const chronological = <T extends Period>(table: string, rows: readonly T[], label: (r: T) => string) => {
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      if (next === undefined) return;
      if (next.from < row.from)
        problems.push(`${table}: ${label(next)} is listed after ${label(row)} but starts earlier`);
      if (overlaps(row, next)) problems.push(`${table}: ${label(row)} overlaps ${label(next)}`);
    });
  };

  // One chair at a time, each a CSTO member throughout its chairmanship.
  chronological("chairmanships", t.chairmanships, (c) => c.id);
  for (const chair of t.chairmanships) {
    if (!covered(chair, periodsOf(chair.state, "organization"))) {
      problems.push(`chairmanships ${chair.id}: ${chair.state} was not a CSTO member for the whole chairmanship`);
    }
  }

  // One Secretary-General at a time.
  chronological("secretaries-general", t["secretaries-general"], (s) => s.id);

  // Summits: in date order, hosted by a known state or marked as a non-member venue,
  // nothing held after asOf, nothing still scheduled before it.
  t.summits.forEach((summit, i) => {
    const next = t.summits[i + 1];
    if (next && next.date < summit.date)
      problems.push(`summits: ${next.id} is listed after ${summit.id} but is earlier`);
    if (summit.host !== null && !participants.has(summit.host) && !summit.nonMemberVenue) {
      problems.push(`summits ${summit.id}: host ${summit.host} is not a participant and not marked nonMemberVenue`);
    }
    if (summit.nonMemberVenue && (summit.host === null || participants.has(summit.host))) {
      problems.push(`summits ${summit.id}: nonMemberVenue needs the host country's code, not a participant's`);
    }
    if (summit.status === "held" && summit.date > asOf) problems.push(`summits ${summit.id}: held after asOf ${asOf}`);
    if (summit.status === "scheduled" && summit.date <= asOf) {
      problems.push(`summits ${summit.id}: still scheduled although dated by asOf ${asOf}`);
    }
  });

  // Events: in date order, none after asOf.
  t.events.forEach((event, i) => {
    const next = t.events[i + 1];
    if (next && next.date < event.date) problems.push(`events: ${next.id} is listed after ${event.id} but is earlier`);
    if (event.date > asOf) problems.push(`events ${event.id}: dated after asOf ${asOf}`);
  });

  // Observer statuses: held by a known state or the CSTO, one at a time per holder and
  // place, none starting after asOf.
  const codes = new Set(countries.map((c) => c.code));
  const statuses = t["observer-statuses"];
  statuses.forEach((s, i) => {
    if (s.holder !== "CSTO" && !codes.has(s.holder))
      problems.push(`observer-statuses ${s.id}: unknown holder ${s.holder}`);
    if (s.from > asOf) problems.push(`observer-statuses ${s.id}: starts after asOf ${asOf}`);
    for (const other of statuses.slice(i + 1)) {
      if (other.holder === s.holder && other.at === s.at && overlaps(s, other)) {
        problems.push(`observer-statuses: ${s.id} overlaps ${other.id}`);
      }
    }
  });

  return problems;
}
