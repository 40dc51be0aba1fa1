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
  return [...generalRules(t), ...membershipRules(t), ...chairRules(t), ...summitRules(t), ...variantRules(t)];
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
        const day = row[column];
        if (typeof day === "string" && day > t.meta.asOf) {
          problems.push(`${name} ${key}: ${column} ${day} is after asOf ${t.meta.asOf}`);
        }
      }
    }
    problems.push(...orderProblems(name, spec, rows), ...overlapProblems(name, spec, rows));
  }
  return [...problems, ...sourceProblems(t)];
}

/** Rows listed in the order of their day column. */
function orderProblems(name: TableName, spec: TableSpec, rows: readonly AnyRow[]): string[] {
  const column = spec.orderedBy;
  if (column === undefined) return [];
  return rows.flatMap((row, i) => {
    const next = rows[i + 1];
    return next !== undefined && String(next[column]) < String(row[column])
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
