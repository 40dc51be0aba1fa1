// The cross-table audit: what no single row's schema can see. Run by the build
// (scripts/generate.ts fails on any problem) and by the tests (test/audit.test.ts).
//
// The general rules come from the registry of tables (src/schema.ts): unique keys, references
// between tables, cited sources, the order of rows, periods that do not overlap, nothing
// recorded after asOf. The rules after them are the few that only make sense for one table.
import { type TableName, type TableSpec, tables as registry } from "../src/schema";
import type { Tables } from "./tables";

interface Period {
  id: string;
  from: string;
  until: string | null;
}

/** A day later than every real day, for the end of an open period. */
const OPEN = "9999-99-99";
const end = (p: Period) => p.until ?? OPEN;
const overlaps = (a: Period, b: Period) => a.from < end(b) && b.from < end(a);
/** True when `inner` lies wholly inside one of `outer`. */
const covered = (inner: Period, outer: readonly Period[]) =>
  outer.some((o) => o.from <= inner.from && end(inner) <= end(o));

type AnyRow = Readonly<Record<string, unknown>>;
const specs = Object.entries(registry) as [TableName, TableSpec][];
const rowsOf = (t: Tables, name: TableName) => t[name] as readonly AnyRow[];
const keyOf = (spec: TableSpec, row: AnyRow) => String(row[spec.key]);

/** In a dotted path: every value of an object (`variantSources.*`: the ids of every variant). */
const EVERY_VALUE = "*";

/** The values at a dotted path of a row; lists on the way are followed, absent fields give nothing. */
function valuesAt(row: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(row)) return row.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return row === null || row === undefined ? [] : [row];
  if (typeof row !== "object" || row === null) return [];
  const [step, ...rest] = path as [string, ...string[]];
  if (step === EVERY_VALUE) return Object.values(row).flatMap((value) => valuesAt(value, rest));
  return valuesAt((row as AnyRow)[step], rest);
}

/** Returns one line per problem; an empty list means the dataset is consistent. */
export function audit(t: Tables): string[] {
  return [
    ...generalRules(t),
    ...confidenceRules(t),
    ...membershipRules(t),
    ...chairRules(t),
    ...summitRules(t),
    ...operationRules(t),
    ...appealRules(t),
    ...forceRules(t),
    ...exerciseRules(t),
    ...idRules(t),
    ...variantRules(t),
    ...languageRules(t),
  ];
}

/**
 * The publisher a source is counted under when sources are compared for independence: its
 * name before any parenthesis or comma, lower case ("TASS (via oananews.org)" → "tass").
 */
export function publisherKey(publisher: string): string {
  return publisher
    .split(/\s*[(,]/)[0]!
    .trim()
    .toLowerCase();
}

/** How many sources a confidence needs: verified ones, and verified ones from different publishers. */
const CONFIDENCE_NEEDS = {
  confirmed: "at least two verified sources from different publishers",
  single: "at least one verified source",
  disputed: "at least one verified source",
  unverified: "no verified source",
} as const;

/**
 * Each sourced record's confidence agrees with its sources: `confirmed` rests on two verified
 * sources from different publishers, `single` and `disputed` on at least one verified source,
 * `unverified` on none (its note, which the schema requires, says so).
 */
function confidenceRules(t: Tables): string[] {
  const sources = new Map(t.sources.map((s) => [s.id, s]));
  const problems: string[] = [];
  for (const [name, spec] of specs) {
    if (!spec.sourced) continue;
    for (const row of rowsOf(t, name)) {
      const read = (row.sources as readonly string[]).flatMap((id) => {
        const source = sources.get(id);
        return source?.verified ? [source] : [];
      });
      const publishers = new Set(read.map((s) => publisherKey(s.publisher))).size;
      const confidence = row.confidence as keyof typeof CONFIDENCE_NEEDS;
      const agrees = {
        confirmed: publishers >= 2,
        single: read.length >= 1,
        disputed: read.length >= 1,
        unverified: read.length === 0,
      }[confidence];
      if (!agrees) {
        problems.push(
          `${name} ${keyOf(spec, row)}: confidence ${confidence} needs ${CONFIDENCE_NEEDS[confidence]}; it has ${read.length} verified from ${publishers} publisher(s)`,
        );
      }
    }
  }
  return problems;
}

/** The rules every table declares in the registry. */
function generalRules(t: Tables): string[] {
  const problems: string[] = [];
  const keys = new Map<string, Set<string>>(
    specs.map(([name, spec]) => [name, new Set(rowsOf(t, name).map((row) => keyOf(spec, row)))]),
  );
  const recordKeys = new Set<string>();
  for (const [name, spec] of specs) {
    const rows = rowsOf(t, name);
    const seen = new Set<string>();
    for (const row of rows) {
      const key = keyOf(spec, row);
      if (seen.has(key)) problems.push(`${name}: ${spec.key} ${key} is used twice`);
      seen.add(key);
      // Notes and citations are looked up by key, so a sourced record's key is unique across tables.
      if (spec.sourced && recordKeys.has(key)) problems.push(`${name}: ${spec.key} ${key} is used by two records`);
      if (spec.sourced) recordKeys.add(key);
      for (const [column, targets] of Object.entries(spec.references ?? {})) {
        for (const value of valuesAt(row, column.split("."))) {
          if (!targets.some((target) => keys.get(target)!.has(String(value)))) {
            problems.push(`${name} ${key}: ${column} ${String(value)} is not in ${targets.join(" or ")}`);
          }
        }
      }
      for (const column of spec.notAfterAsOf ?? []) {
        for (const day of valuesAt(row, column.split("."))) {
          if (typeof day === "string" && day > t.meta.asOf) {
            problems.push(`${name} ${key}: ${column} ${day} is after asOf ${t.meta.asOf}`);
          }
        }
      }
    }
    problems.push(...orderProblems(name, spec, rows), ...overlapProblems(name, spec, rows));
  }
  return [...problems, ...sourceProblems(t)];
}

/** Rows listed in the order of their day (or year) column, a dotted path for a nested day. */
function orderProblems(name: TableName, spec: TableSpec, rows: readonly AnyRow[]): string[] {
  const column = spec.orderedBy;
  if (column === undefined) return [];
  const orderOf = (row: AnyRow) => String(valuesAt(row, column.split("."))[0]);
  return rows.flatMap((row, i) => {
    const next = rows[i + 1];
    return next !== undefined && orderOf(next) < orderOf(row)
      ? [`${name}: ${keyOf(spec, next)} is listed after ${keyOf(spec, row)} but is earlier`]
      : [];
  });
}

/** Periods of one group (same values in every groupBy column) never overlap. */
function overlapProblems(name: TableName, spec: TableSpec, rows: readonly AnyRow[]): string[] {
  const periods = spec.periods;
  if (periods === undefined) return [];
  const asPeriod = (row: AnyRow): Period => ({
    id: keyOf(spec, row),
    from: String(row[periods.from]),
    until: (row[periods.until] as string | null) ?? null,
  });
  const group = (row: AnyRow) => JSON.stringify(periods.groupBy.map((column) => row[column]));
  const problems: string[] = [];
  rows.forEach((a, i) => {
    for (const b of rows.slice(i + 1)) {
      if (group(a) === group(b) && overlaps(asPeriod(a), asPeriod(b))) {
        problems.push(`${name}: ${keyOf(spec, a)} overlaps ${keyOf(spec, b)}`);
      }
    }
  });
  return problems;
}

/**
 * Every cited source exists, and every source is cited: by a record's `sources`, by a
 * reference column (an event's `corrects.source`), or by id in a note (the other reading of
 * a disputed record, which DESIGN keeps "in the note with its sources").
 */
function sourceProblems(t: Tables): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(t.sources.map((s) => s.id));
  const cited = new Set<string>();
  for (const [name, spec] of specs) {
    for (const row of rowsOf(t, name)) {
      for (const [column, targets] of Object.entries(spec.references ?? {})) {
        if (targets.includes("sources")) for (const id of valuesAt(row, column.split("."))) cited.add(String(id));
      }
      if (!spec.sourced) continue;
      for (const id of row.sources as readonly string[]) {
        cited.add(id);
        if (!sourceIds.has(id)) problems.push(`${name} ${keyOf(spec, row)}: source ${id} is not in sources`);
      }
      for (const word of String(row.note ?? "").match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []) {
        if (sourceIds.has(word)) cited.add(word);
      }
    }
  }
  for (const id of sourceIds) if (!cited.has(id)) problems.push(`sources ${id}: no record cites it`);
  return problems;
}

/** Every participant signed the treaty; CSTO membership lies inside treaty membership; the ISO codes are unique. */
function membershipRules(t: Tables): string[] {
  const problems: string[] = [];
  const countries = [...t.states, ...t["other-countries"]];
  for (const column of ["alpha3", "numeric"] as const) {
    const seen = new Set<string>();
    for (const c of countries) {
      if (seen.has(c[column])) problems.push(`states/other-countries: ${column} ${c[column]} appears twice`);
      seen.add(c[column]);
    }
  }
  const periodsOf = (state: string, basis: string) =>
    t.memberships.filter((p) => p.state === state && p.basis === basis);
  for (const { code } of t.states) {
    if (periodsOf(code, "treaty").length === 0) problems.push(`memberships: ${code} has no treaty period`);
    for (const p of periodsOf(code, "organization")) {
      if (!covered(p, periodsOf(code, "treaty"))) {
        problems.push(`memberships: ${p.id} (organization) is not inside a treaty period of ${code}`);
      }
    }
  }
  for (const fact of t.participation) {
    if (!covered(fact, periodsOf(fact.state, "organization"))) {
      problems.push(`participation ${fact.id}: ${fact.state} was not a CSTO member for the whole period`);
    }
  }
  return problems;
}

/** Each chair was a CSTO member throughout its chairmanship. */
function chairRules(t: Tables): string[] {
  return t.chairmanships.flatMap((chair) => {
    const organization = t.memberships.filter((p) => p.state === chair.state && p.basis === "organization");
    return covered(chair, organization)
      ? []
      : [`chairmanships ${chair.id}: ${chair.state} was not a CSTO member for the whole chairmanship`];
  });
}

/** A summit is hosted by a participant or marked as a venue outside them; held and scheduled agree with asOf. */
function summitRules(t: Tables): string[] {
  const participants = new Set<string>(t.states.map((s) => s.code));
  const asOf = t.meta.asOf;
  return t.summits.flatMap((summit) => {
    const problems: string[] = [];
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
    return problems;
  });
}

// What the CSTO did: operations, appeals, forces and exercises. Their steps are dated phases
// ({ day, approximate, latest? }); for an approximate phase `day` is the earliest day it may
// have been, so the order of steps is checked on `day`.

/** True when the state was a member that day (on either basis: the treaty's periods hold the organization's). */
const memberOn = (t: Tables, state: string, day: string) =>
  t.memberships.some((p) => p.state === state && p.from <= day && (p.until === null || day < p.until));

type Step = readonly [name: string, phase: { readonly day: string } | null];

/** Steps that happened are in order: each one not earlier than the one before it. Missing steps are skipped. */
function stepOrder(where: string, steps: readonly Step[]): string[] {
  const present = steps.filter((step) => step[1] !== null) as (readonly [string, { readonly day: string }])[];
  return present.flatMap(([name, phase], i) => {
    const next = present[i + 1];
    return next !== undefined && next[1].day < phase.day
      ? [`${where}: ${next[0]} ${next[1].day} is before ${name} ${phase.day}`]
      : [];
  });
}

/** A phase that begins a span (an arrival, a creation) and is approximate says how late it may have been. */
function boundedStart(
  where: string,
  name: string,
  phase: { approximate: boolean; latest?: string | undefined },
): string[] {
  return phase.approximate && phase.latest === undefined
    ? [`${where}: ${name} is approximate and needs latest, the last day it may have been`]
    : [];
}

/** An operation's steps are in order; its host and contributors were members when it arrived. */
function operationRules(t: Tables): string[] {
  return t.operations.flatMap((op) => {
    const where = `operations ${op.id}`;
    const problems = stepOrder(where, [
      ["requested", op.requested],
      ["decided", op.decided],
      ["arrived", op.arrived],
      ["missionEnded", op.missionEnded],
      ["withdrawn", op.withdrawn],
    ]);
    problems.push(...boundedStart(where, "arrived", op.arrived));
    for (const state of new Set([op.host, ...op.contributors.map((c) => c.state)])) {
      if (!memberOn(t, state, op.arrived.day))
        problems.push(`${where}: ${state} was not a member on ${op.arrived.day}`);
    }
    return problems;
  });
}

/** An appeal comes from a member; its operation exists, is in that state, names it back and came after it. */
function appealRules(t: Tables): string[] {
  const operations = new Map(t.operations.map((op) => [op.id, op]));
  const appeals = new Map(t.appeals.map((appeal) => [appeal.id, appeal]));
  const problems: string[] = [];
  for (const appeal of t.appeals) {
    const where = `appeals ${appeal.id}`;
    const day = appeal.day.day;
    if (!memberOn(t, appeal.state, day)) problems.push(`${where}: ${appeal.state} was not a member on ${day}`);
    problems.push(
      ...stepOrder(where, [
        ["day", appeal.day],
        ["responseDay", appeal.responseDay],
      ]),
    );
    // A missing operation id is reported by the general rules (references).
    const op = appeal.operation === null ? undefined : operations.get(appeal.operation);
    if (op === undefined) continue;
    if (op.host !== appeal.state)
      problems.push(`${where}: its operation ${op.id} was in ${op.host}, not ${appeal.state}`);
    if (op.appeal !== appeal.id) problems.push(`${where}: its operation ${op.id} does not name it in appeal`);
    if (op.requested !== null && op.requested.day !== day) {
      problems.push(`${where}: day ${day} is not its operation's requested day ${op.requested.day}`);
    }
    if (op.arrived.day < day) problems.push(`${where}: its operation ${op.id} arrived before it was asked for`);
  }
  for (const op of t.operations) {
    const appeal = op.appeal === null ? undefined : appeals.get(op.appeal);
    if (appeal !== undefined && appeal.operation !== op.id) {
      problems.push(`operations ${op.id}: its appeal ${appeal.id} does not name it in operation`);
    }
  }
  return problems;
}

/** The step a force counts from: the decision that created it, or its agreement where none is recorded. */
const creationOf = (force: Tables["forces"][number]) => (force.decided ?? force.agreementSigned)!;

/**
 * A force's steps are in order and it is listed in order of creation; its parties were members
 * when the agreement was signed, and every member of that day is listed with its status (some
 * did not sign).
 */
function forceRules(t: Tables): string[] {
  return t.forces.flatMap((force, i) => {
    const where = `forces ${force.id}`;
    const created = creationOf(force);
    const problems = stepOrder(where, [
      ["decided", force.decided],
      ["agreementSigned", force.agreementSigned],
      ["agreementInForce", force.agreementInForce],
    ]);
    problems.push(...boundedStart(where, "its creation", created));
    if (force.dissolved !== null && force.dissolved.day <= created.day) {
      problems.push(`${where}: dissolved ${force.dissolved.day} is not after its creation ${created.day}`);
    }
    const previous = t.forces[i - 1];
    if (previous !== undefined && created.day < creationOf(previous).day) {
      problems.push(`forces: ${force.id} is listed after ${previous.id} but was created earlier`);
    }
    if (force.parties === null) return problems;
    const signed = (force.agreementSigned ?? created).day;
    for (const party of force.parties) {
      if (!memberOn(t, party.state, signed)) problems.push(`${where}: ${party.state} was not a member on ${signed}`);
      if (party.day !== undefined && party.day.day < signed) {
        problems.push(
          `${where}: ${party.state} is ${party.status} on ${party.day.day}, before the signing on ${signed}`,
        );
      }
    }
    const listed = new Set<string>(force.parties.map((party) => party.state));
    for (const { code } of t.states) {
      if (memberOn(t, code, signed) && !listed.has(code)) {
        problems.push(`${where}: ${code} was a member on ${signed} but is not in parties (list it with its status)`);
      }
    }
    return problems;
  });
}

/** The first day an exercise is known by (its start, else its end), or undefined. */
const firstDayOf = (exercise: Tables["exercises"][number]) => (exercise.start ?? exercise.end)?.day;

/**
 * An exercise's status agrees with asOf: a `held` one ended by asOf, a `planned` one begins
 * after it, an `unconfirmed` one was due by it. Without days, its year decides.
 */
function exerciseStatusProblems(exercise: Tables["exercises"][number], asOf: string): string[] {
  const where = `exercises ${exercise.id}`;
  const year = String(exercise.year).padStart(4, "0");
  const first = firstDayOf(exercise) ?? `${year}-01-01`;
  const last = (exercise.end ?? exercise.start)?.day ?? `${year}-01-01`;
  if (exercise.status === "held" && last > asOf) return [`${where}: held, but it ends after asOf ${asOf}`];
  if (exercise.status === "planned" && (firstDayOf(exercise) ?? `${year}-12-31`) <= asOf) {
    return [`${where}: planned, but it was due by asOf ${asOf}: held, cancelled or unconfirmed?`];
  }
  if (exercise.status === "unconfirmed" && first > asOf)
    return [`${where}: unconfirmed, but it is due after asOf ${asOf}: planned`];
  return [];
}

/**
 * An exercise's umbrella is an umbrella of its year; its status agrees with asOf; its host,
 * participants and refusers were members; a refuser is not the host or a participant; a year's
 * exercises are listed in order of their first day (their last where the first is not known;
 * those with neither last).
 */
function exerciseRules(t: Tables): string[] {
  const byId = new Map(t.exercises.map((exercise) => [exercise.id, exercise]));
  const sortKey = (exercise: Tables["exercises"][number]) => `${exercise.year}|${firstDayOf(exercise) ?? "~"}`;
  return t.exercises.flatMap((exercise, i) => {
    const where = `exercises ${exercise.id}`;
    const problems = exerciseStatusProblems(exercise, t.meta.asOf);
    const umbrella = exercise.partOf === null ? undefined : byId.get(exercise.partOf);
    if (umbrella !== undefined && (!umbrella.umbrella || umbrella.year !== exercise.year)) {
      problems.push(`${where}: partOf ${umbrella.id} is not an umbrella exercise of ${exercise.year}`);
    }
    const day = exercise.start?.day ?? `${String(exercise.year).padStart(4, "0")}-01-01`;
    const refusers = exercise.refused.map((refusal) => refusal.state);
    const states = [...(exercise.host === null ? [] : [exercise.host]), ...(exercise.participants ?? []), ...refusers];
    for (const state of new Set(states)) {
      if (!memberOn(t, state, day)) problems.push(`${where}: ${state} was not a member on ${day}`);
    }
    for (const { state, what } of exercise.refused) {
      const listed = what === "host" ? exercise.host === state : (exercise.participants ?? []).includes(state);
      if (listed)
        problems.push(
          `${where}: ${state} refused to ${what} but is listed as ${what === "host" ? "host" : "a participant"}`,
        );
    }
    const previous = t.exercises[i - 1];
    if (previous !== undefined && sortKey(exercise) < sortKey(previous)) {
      problems.push(`exercises: ${exercise.id} is listed after ${previous.id} but begins earlier`);
    }
    return problems;
  });
}

/**
 * Join keys: every ISO country has a row in country-ids, every participant has a COW, a
 * Gleditsch–Ward and a Wikidata id, and no id is given to two countries. (Each id's shape is
 * checked by its row schema.)
 */
function idRules(t: Tables): string[] {
  const problems: string[] = [];
  const ids = new Map(t["country-ids"].map((row) => [row.code, row]));
  for (const { code } of [...t.states, ...t["other-countries"]]) {
    if (!ids.has(code)) problems.push(`country-ids: ${code} has no row`);
  }
  for (const { code } of t.states) {
    const row = ids.get(code);
    if (row && (row.cowCode === null || row.gwCode === null || row.wikidata === null)) {
      problems.push(`country-ids ${code}: a participant needs its COW, Gleditsch–Ward and Wikidata ids`);
    }
  }
  for (const column of ["cowCode", "cowLetters", "wikidata"] as const) {
    const seen = new Set<unknown>();
    for (const row of t["country-ids"]) {
      if (row[column] !== null && seen.has(row[column]))
        problems.push(`country-ids: ${column} ${row[column]} appears twice`);
      seen.add(row[column]);
    }
  }
  return problems;
}
/**
 * Each name variant says which sources attest it: the keys of a row's `variantSources` are
 * exactly its `variants`. Required for the participants and dissolved states; a row of
 * other-countries without it rests on its own `sources` (the country lists it came from).
 */
function variantRules(t: Tables): string[] {
  const rows = [
    ...t.states.map((row) => ({ table: "states", row, required: true })),
    ...t["dissolved-states"].map((row) => ({ table: "dissolved-states", row, required: true })),
    ...t["other-countries"].map((row) => ({ table: "other-countries", row, required: false })),
  ];
  return rows.flatMap(({ table, row, required }) => {
    const where = `${table} ${row.code}`;
    if (row.variantSources === undefined) {
      return required && row.variants.length > 0 ? [`${where}: variantSources is missing`] : [];
    }
    const sourced = Object.keys(row.variantSources);
    return [
      ...row.variants
        .filter((variant) => !sourced.includes(variant))
        .map((v) => `${where}: variant ${v} has no source`),
      ...sourced.filter((variant) => !row.variants.includes(variant)).map((v) => `${where}: ${v} is not a variant`),
    ];
  });
}

/**
 * A language may be incomplete (names missing for other countries, where csto falls back to
 * English), but every participant has a name in it: a new language starts on the nine.
 */
function languageRules(t: Tables): string[] {
  return t.languages.flatMap((language) =>
    t.states
      .filter((state) => !Object.hasOwn(state.names, language.code))
      .map(
        (state) =>
          `states ${state.code}: no name in ${language.name} (${language.code}); every language names every participant`,
      ),
  );
}
