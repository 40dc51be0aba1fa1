// What changed in the data since the previous release, record by record and field by field:
// data/changes.json, shipped in the package and linked from the changelog. Generated from the
// difference between data/ now and data/ at the previous release's commit (named once, in
// release.config.json), never written by hand. .ci/run fails when it is out of date.
//
//   npm run data-changes             write data/changes.json
//   npm run data-changes -- --check  exit 1 if data/changes.json is not what data/ gives
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type TableName, tables as registry } from "../src/schema";
import { DATA_DIR } from "./tables";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const CHANGES_FILE = `${DATA_DIR}changes.json`;
const CONFIG_FILE = `${ROOT}release.config.json`;
/** The pseudo-table and id under which the dataset's own facts (data/meta.json) are compared. */
const META = "meta";
/**
 * The sources table is counted, not listed field by field: its rows are citations, not
 * records, and every record's change lists the sources it cites now. (Listed, the re-reading of
 * every source for 0.2 alone would be larger than all of data/.)
 */
const COUNTED_ONLY: readonly TableName[] = ["sources"];

/** release.config.json: the release the changes are counted from. */
export interface ReleaseConfig {
  readonly previousRelease: { readonly version: string; readonly commit: string };
}

/** One change: a record added or removed, or one field of a record changed. */
export interface DataChange {
  /** The table (the file name in data/ without .json), or "meta". */
  readonly table: string;
  /** The record's key: its id, or a state's or language's code. */
  readonly id: string;
  readonly change: "added" | "removed" | "changed";
  /** The field that changed; null for a record added or removed. */
  readonly field: string | null;
  /** The value before (the whole record for a removed one); null for an added record. */
  readonly old: unknown;
  /** The value now (the whole record for an added one); null for a removed record. */
  readonly new: unknown;
  /** The sources the record cites now (a removed record: the ones it cited); null for a row without sources. */
  readonly sources: readonly string[] | null;
}

type Row = Readonly<Record<string, unknown>>;
/** data/ at one moment: every table's rows by file name (a missing table is empty), and meta. */
export interface Snapshot {
  readonly tables: Readonly<Record<string, readonly Row[]>>;
  readonly meta: Row;
}

/** Equal as JSON; a field that is absent counts as null (a new field that is null everywhere is no change). */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sourcesOf = (row: Row) => (Array.isArray(row.sources) ? (row.sources as string[]) : null);

/** The changes of one table, in the order of its rows now, then the removed rows in their old order. */
function tableChanges(table: string, key: string, before: readonly Row[], after: readonly Row[]): DataChange[] {
  const old = new Map(before.map((row) => [String(row[key]), row]));
  const now = new Set(after.map((row) => String(row[key])));
  const changes: DataChange[] = [];
  for (const row of after) {
    const id = String(row[key]);
    const previous = old.get(id);
    if (previous === undefined) {
      changes.push({ table, id, change: "added", field: null, old: null, new: row, sources: sourcesOf(row) });
      continue;
    }
    const fields = [...new Set([...Object.keys(row), ...Object.keys(previous)])];
    for (const field of fields.filter((f) => !same(previous[f], row[f]))) {
      const [was, is] = [previous[field] ?? null, row[field] ?? null];
      changes.push({ table, id, change: "changed", field, old: was, new: is, sources: sourcesOf(row) });
    }
  }
  for (const [id, row] of old) {
    if (!now.has(id))
      changes.push({ table, id, change: "removed", field: null, old: row, new: null, sources: sourcesOf(row) });
  }
  return changes;
}

/** Every change from `before` to `after`: the tables of the registry in its order, then meta. */
export function diffData(before: Snapshot, after: Snapshot): DataChange[] {
  const names = (Object.keys(registry) as TableName[]).filter((name) => !COUNTED_ONLY.includes(name));
  return [
    ...names.flatMap((name) =>
      tableChanges(name, registry[name].key, before.tables[name] ?? [], after.tables[name] ?? []),
    ),
    ...tableChanges(META, "key", [{ key: META, ...before.meta }], [{ key: META, ...after.meta }]),
  ];
}

/** How many rows of the sources table were added, removed, or changed in any field. */
export function sourceRowCounts(before: Snapshot, after: Snapshot): Record<DataChange["change"], number> {
  const changes = tableChanges("sources", "id", before.tables.sources ?? [], after.tables.sources ?? []);
  const changedRows = new Set(changes.filter((c) => c.change === "changed").map((c) => c.id));
  const count = (kind: DataChange["change"]) => changes.filter((c) => c.change === kind).length;
  return { added: count("added"), removed: count("removed"), changed: changedRows.size };
}

/** data/changes.json: one change per line, so that a review reads it as a list. */
export function changesFile(
  config: ReleaseConfig,
  asOf: unknown,
  changes: readonly DataChange[],
  sourceRows: Record<DataChange["change"], number>,
): string {
  const lines = changes.map((change) => `    ${JSON.stringify(change)}`);
  return `{
  "previousRelease": ${JSON.stringify(config.previousRelease)},
  "asOf": ${JSON.stringify(asOf)},
  "sourceRows": ${JSON.stringify(sourceRows)},
  "changes": [
${lines.join(",\n")}
  ]
}
`;
}

const git = (args: string[]) =>
  execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const exists = (object: string) => {
  try {
    git(["cat-file", "-e", object]);
    return true;
  } catch {
    return false;
  }
};

/** True when the previous release's commit is in this clone (a shallow clone may lack it). */
export function previousReleaseAvailable(config: ReleaseConfig = readConfig()): boolean {
  return exists(`${config.previousRelease.commit}^{commit}`);
}

export function readConfig(): ReleaseConfig {
  return JSON.parse(readFileSync(CONFIG_FILE, "utf8")) as ReleaseConfig;
}

/** data/ as it was at a commit: every table of the registry (empty where the file did not exist yet) and meta. */
function snapshotAt(commit: string): Snapshot {
  const read = (name: string) => {
    const object = `${commit}:data/${name}.json`;
    return exists(object) ? (JSON.parse(git(["show", object])) as unknown) : undefined;
  };
  return snapshot(read);
}

function snapshot(read: (name: string) => unknown): Snapshot {
  const tables = Object.fromEntries(Object.keys(registry).map((name) => [name, (read(name) as Row[]) ?? []]));
  return { tables, meta: (read(META) as Row) ?? {} };
}

/** What data/changes.json should hold for data/ as it is now. */
export function expectedChangesFile(config: ReleaseConfig = readConfig()): string {
  const { commit, version } = config.previousRelease;
  if (!previousReleaseAvailable(config)) {
    throw new Error(
      `The commit of csto ${version} (${commit}) is not in this clone: fetch it (git fetch --depth=1 origin ${commit}).`,
    );
  }
  const now = snapshot((name) => JSON.parse(readFileSync(`${DATA_DIR}${name}.json`, "utf8")) as unknown);
  const before = snapshotAt(commit);
  return changesFile(config, now.meta.asOf, diffData(before, now), sourceRowCounts(before, now));
}

function main(): void {
  const expected = expectedChangesFile();
  if (process.argv.includes("--check")) {
    let actual = "";
    try {
      actual = readFileSync(CHANGES_FILE, "utf8");
    } catch {}
    if (actual !== expected) {
      console.error("data/changes.json is out of date: run npm run data-changes and commit it");
      process.exit(1);
    }
    console.log("data/changes.json is up to date");
    return;
  }
  writeFileSync(CHANGES_FILE, expected);
  console.log(`wrote ${CHANGES_FILE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
