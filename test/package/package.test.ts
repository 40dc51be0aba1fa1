// Runs against the packed tarball, never against src/: what `npm install csto` gives. Two
// consumers: one that installs csto alone (zod is an optional peer dependency, so npm leaves it
// out: the main entry, the CLI and the types must work without it, and csto/schema must say
// why it cannot load), and one that also installs zod (csto/schema works).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { ownAddresses } from "../../scripts/package-links.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
/** The year of the first exercise still planned in data/ (the current year's plan), read from the data. */
const PLANNED_YEAR = (
  JSON.parse(readFileSync(join(root, "data/exercises.json"), "utf8")) as { year: number; status: string }[]
).find((exercise) => exercise.status === "planned")?.year;
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
};
/** The consumer without zod. */
let project = "";
/** The consumer with zod. */
let withZod = "";
/** The paths the tarball holds, relative to the package root. */
let packed: Set<string>;

const node = (file: string, cwd = project) => spawnSync(process.execPath, [file], { cwd, encoding: "utf8" });

function consumer(tarball: string, extra: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "csto-consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  execFileSync(
    "npm",
    ["install", tarball, ...extra, "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts"],
    { cwd: dir, stdio: "ignore" },
  );
  return dir;
}

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), "csto-pack-"));
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: root, encoding: "utf8" }),
  ) as { filename: string; files: { path: string }[] }[];
  packed = new Set(pack!.files.map((f) => f.path));
  const tarball = join(packDir, pack!.filename);
  project = consumer(tarball, ["--omit=peer"]);
  const zodRange = (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { peerDependencies: { zod: string } }
  ).peerDependencies.zod;
  withZod = consumer(tarball, [`zod@${zodRange}`]);
});

/**
 * Type-checks `source` as a consumer's consumer.ts in `dir` (strict, skipLibCheck false, ESM)
 * under a module resolution, with the packages installed in `cwd`.
 */
function typeCheck(
  dir: string,
  resolution: string,
  cwd: string,
  source: string,
): { output: string; status: number | null } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "consumer.ts"), source);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
    module: resolution === "node16" ? "node16" : "esnext",
    moduleResolution: resolution,
    target: "es2022",
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
  // node16 resolution needs the consumer to say whether it is ESM or CJS.
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  const result = spawnSync(process.execPath, [tsc, "-p", dir], { cwd, encoding: "utf8" });
  return { output: result.stdout + result.stderr, status: result.status };
}

describe("the packed README", () => {
  const readme = () => readFileSync(join(project, "node_modules/csto/README.md"), "utf8");

  test("resolves every relative link and image inside the packed files", () => {
    const relative = [
      ...readme().matchAll(/\]\((?!https?:|#|mailto:)([^)\s#]+)[^)]*\)|(?:src|srcset|href)="(?!https?:|#)([^"#]+)"/g),
    ].map((m) => normalize(m[1] ?? m[2]!));
    expect(relative.filter((path) => !packed.has(path))).toEqual([]);
  });

  test("points every absolute address of its own files at a file the tarball holds, at this version", () => {
    const own = ownAddresses(readme(), name);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((a) => a.version !== version || !packed.has(a.path))).toEqual([]);
  });

  test("ships the guides and both timeline pictures, and no docs site", () => {
    for (const path of ["docs/cli.md", "docs/data-model.md", "docs/timeline.svg", "docs/timeline-narrow.svg"]) {
      expect(packed.has(path), path).toBe(true);
    }
    expect([...packed].filter((path) => path.startsWith("docs/site/"))).toEqual([]);
  });
});

describe("the packed package", () => {
  test("imports from ESM without zod, with the answers users rely on", () => {
    writeFileSync(
      join(project, "esm.mjs"),
      `import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { chairOf, chairOn, CstoError, dataset, formerMembers, isMember, membersOn, membershipOn, noteOf, resolveState, secretaryGeneralOn, sourcesOf, summitsIn } from "csto";
import { appealsBy, eventsIn, eventsOf, exercisesIn, forcesOn, operationsOn } from "csto";
import pkg from "csto/package.json" with { type: "json" };
import states from "csto/data/states.json" with { type: "json" };

assert.equal(isMember("UZ", "2010-03-01"), true);
assert.equal(isMember("UZ", "2012-12-19"), false);
assert.equal(isMember("GE", "1999-04-20"), true);
assert.equal(isMember("GE", "1999-04-21"), false);
assert.equal(isMember("GE", "1998-01-01", { basis: "organization" }), false);
assert.equal(membershipOn("UZ", "2015-01-01").status, "suspended");
assert.equal(membershipOn("AM", "2025-01-01").participation, "frozen");
assert.deepEqual(formerMembers().map((s) => s.code), ["AZ", "GE", "UZ"]);
assert.equal(chairOf(2023).state, "BY");
assert.equal(chairOn("2009-06-14").state, "RU");
assert.equal(secretaryGeneralOn("2024-01-01").state, "KZ");
assert.equal(resolveState("Белоруссия").code, "BY");
assert.equal(membersOn("2023-11-23").length, 6);
assert.equal(summitsIn(2026)[0].status, "scheduled");
assert.ok(noteOf(chairOf(2023)).includes("2023-01-01"));
assert.ok(sourcesOf(chairOf(2024)).length > 0);
assert.equal(dataset.version, pkg.version);
assert.ok(Object.isFrozen(dataset.chairmanships[0]));
assert.throws(() => isMember("XX", "2020-01-01"), (e) => e instanceof CstoError && e.code === "UNKNOWN_STATE");
assert.equal(states.length, 9);
// What the CSTO did: the Kazakhstan deployment, the appeals, the forces, the exercises.
const [kazakhstan] = operationsOn("2022-01-10");
assert.deepEqual(
  [kazakhstan.requested.day, kazakhstan.decided.day, kazakhstan.arrived.day, kazakhstan.missionEnded.day, kazakhstan.withdrawn.day],
  ["2022-01-05", "2022-01-06", "2022-01-06", "2022-01-13", "2022-01-19"],
);
assert.deepEqual(operationsOn("2022-01-20"), []);
assert.deepEqual(appealsBy("AM").map((a) => a.article), ["2", "4"]);
assert.equal(appealsBy("KZ")[0].decisionArticle, "4");
assert.equal(appealsBy("KG")[0].day.day, "2010-06-12");
const crrf = forcesOn("2010-09-10").find((f) => f.abbreviation?.en === "CRRF");
assert.deepEqual([crrf.decided.day, crrf.agreementSigned.day, crrf.agreementInForce.day], ["2009-02-04", "2009-06-14", "2010-09-10"]);
assert.equal(exercisesIn(2023).find((e) => e.umbrella).name.en, "Combat Brotherhood 2023");
assert.ok(exercisesIn(${JSON.stringify(PLANNED_YEAR)}).some((e) => e.status === "planned"));
assert.equal(eventsIn(1992)[0].date, "1992-05-15");
assert.equal(eventsOf("GE")[0].date, "1993-12-09");
assert.ok(sourcesOf(kazakhstan).every((s) => s.verified && s.quote));
// No zod here: the main entry never needed it.
assert.throws(() => createRequire(import.meta.url).resolve("zod"));
console.log("esm ok");
`,
    );
    const result = node("esm.mjs");
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("esm ok");
  });

  test("requires from CommonJS without zod, and the JSON and JSON Schema files resolve", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      `const assert = require("node:assert/strict");
const csto = require("csto");
assert.equal(csto.isMember("uzb", "2010-03-01"), true);
assert.equal(csto.chairOf(2024).state, "KZ");
for (const table of ["states", "memberships", "chairmanships", "summits", "sources"]) {
  assert.ok(Array.isArray(require("csto/data/" + table + ".json")), table);
  assert.equal(require("csto/data/" + table + ".schema.json").type, "array", table);
}
const changes = require("csto/data/changes.json");
assert.ok(/^\\d+\\.\\d+\\.\\d+$/.test(changes.previousRelease.version));
assert.ok(changes.changes.some((c) => c.table === "chairmanships" && c.change === "changed"));
try { csto.chairOf(2023.5); assert.fail("should throw"); } catch (e) { assert.equal(e.code, "INVALID_YEAR"); }
for (const table of ["operations", "appeals", "forces", "exercises"]) {
  assert.ok(Array.isArray(require("csto/data/" + table + ".json")), table);
  assert.equal(require("csto/data/" + table + ".schema.json").type, "array", table);
}
assert.equal(csto.operationsOn("2022-09-20")[0].kind, "fact-finding");
assert.equal(csto.exercisesIn(2022).find((e) => e.status === "cancelled").host, "KG");
try { csto.appealsBy("Armenia"); assert.fail("should throw"); } catch (e) { assert.equal(e.code, "UNKNOWN_STATE"); }
console.log("cjs ok");
`,
    );
    const result = node("cjs.cjs");
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("cjs ok");
  });

  test.each(["node16", "bundler"])(
    "type-checks a consumer under moduleResolution %s without zod (skipLibCheck false); a mistyped code is a type error",
    (resolution) => {
      const result = typeCheck(
        join(project, `ts-${resolution}`),
        resolution,
        project,
        `import { chairOf, isMember, operationsOn, type Chairmanship, type Operation, type ParticipantCode } from "csto";

const chair: Chairmanship | undefined = chairOf(2023);
const code: ParticipantCode | undefined = chair?.state;
const member: boolean = isMember("UZ", "2010-03-01", { basis: "organization" });
// @ts-expect-error "ZZZ" is not an ISO 3166-1 code
isMember("ZZZ", "2010-03-01");
// @ts-expect-error not a basis
isMember("UZ", "2010-03-01", { basis: "org" });
// @ts-expect-error records are readonly
if (chair) chair.state = "KZ";
const operations: readonly Operation[] = operationsOn("2022-01-10");
const host: ParticipantCode | undefined = operations[0]?.host;
// @ts-expect-error a withdrawal is a phase, not a string
const withdrawn: string | null | undefined = operations[0]?.withdrawn;
export const out = [code, member, host, withdrawn];
`,
      );
      expect(result.output).toBe("");
      expect(result.status).toBe(0);
    },
  );

  test("csto/schema without zod: ESM names the missing package, CommonJS says how to install it", () => {
    writeFileSync(
      join(project, "schema-missing.mjs"),
      `import("csto/schema").then(() => console.log("loaded"), (e) => console.log(e.code + ": " + e.message));\n`,
    );
    const esm = node("schema-missing.mjs").stdout;
    expect(esm).toMatch(/^ERR_MODULE_NOT_FOUND: Cannot find package 'zod' imported from .*csto.dist.schema\.js/);
    writeFileSync(
      join(project, "schema-missing.cjs"),
      `try { require("csto/schema"); console.log("loaded"); } catch (e) { console.log(e.message + " | cause: " + e.cause?.code); }\n`,
    );
    expect(node("schema-missing.cjs").stdout.trim()).toBe(
      "csto/schema needs zod, an optional peer dependency of csto: install it with `npm install zod` (the main entry, csto, works without it) | cause: MODULE_NOT_FOUND",
    );
  });

  test("csto/schema with zod installed parses the shipped records, from ESM, CommonJS and TypeScript", () => {
    writeFileSync(
      join(withZod, "schema.mjs"),
      `import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { ChairmanshipSchema, tableSchemas } from "csto/schema";
const require = createRequire(import.meta.url);
for (const [name, schema] of Object.entries(tableSchemas)) {
  assert.ok(schema.safeParse(require("csto/data/" + name + ".json")).success, name);
}
assert.equal(ChairmanshipSchema.parse(require("csto/data/chairmanships.json").find((c) => c.from === "2024-01-01")).state, "KZ");
assert.ok(require("csto/schema").StateSchema.parse(require("csto/data/states.json")[0]));
console.log("schema ok");
`,
    );
    const result = node("schema.mjs", withZod);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("schema ok");
    const checked = typeCheck(
      join(withZod, "ts"),
      "node16",
      withZod,
      `import { SummitSchema, type Row } from "csto/schema";
import type { Summit } from "csto";
export const parse = (value: unknown): Summit => SummitSchema.parse(value);
export type Chair = Row<"chairmanships">;
`,
    );
    expect(checked.output).toBe("");
    expect(checked.status).toBe(0);
  });

  test("the csto command answers, exits and errs as specified", () => {
    const bin = join(project, "node_modules/.bin/csto");
    const csto = (...args: string[]) => spawnSync(bin, args, { cwd: project, encoding: "utf8" });
    const yes = csto("is-member", "UZ", "2010-03-01");
    expect(yes.status).toBe(0);
    expect(yes.stdout).toContain("yes");
    expect(csto("is-member", "Белоруссия", "2024-01-01").status).toBe(0);
    expect(csto("is-member", "FR", "2024-01-01").status).toBe(1);
    const bad = csto("is-member", "UZ", "2023-02-30");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"2023-02-30"');
    expect(JSON.parse(csto("chair", "2023", "--json").stdout)).toMatchObject({ state: "BY" });
    expect(csto("--version").stdout).toMatch(/^csto \d+\.\d+\.\d+/);
    expect(csto("--help").stdout).toContain("Usage: csto");
    expect(csto("members", "1999-04-21").status).toBe(0);
    expect(csto("former").stdout).toContain("UZ");
    expect(csto("summits", "2023").stdout).toContain("Minsk");
    expect(csto("sg", "2024-01-01").stdout).toContain("Tasmagambetov");
  });
});
