// npm run bench: the speed of the built package (dist/, what users install) side by side
// with two baselines, in one process: a bare Set.has on six codes (the floor for any
// membership test) and the npm package is-eu-member (answers only "member now?").
// These machines are noisy, so every figure is the median of several rounds, and only
// ratios from the same run are compared. Then the import cost (separate processes,
// alternating with is-eu-member) and the bundle size of the main helpers.
//
//   npm run bench                 measure and check the targets (exit 1 if one is missed)
//   npm run bench -- --rounds 9   more rounds
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, cpus, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { do_not_optimize, measure } from "mitata";
import { chairOf, chairOn, isMember, membershipOn, membersOn } from "../dist/node/index.js";
import { bundleSize } from "../scripts/size";

const require = createRequire(import.meta.url);
const { isEuMember } = require("is-eu-member") as { isEuMember: (code: string) => boolean };

const roundsFlag = process.argv.indexOf("--rounds");
const ROUNDS = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 5;

// Inputs cycle through 16 values so that no call can be folded into a constant.
const STATES = [
  "UZ",
  "AM",
  "RU",
  "GE",
  "KZ",
  "BY",
  "TJ",
  "KG",
  "AZ",
  "FR",
  "uz",
  "UZB",
  "am",
  "DE",
  "RU",
  "KG",
] as const;
const EU = ["DE", "FR", "IT", "US", "PL", "RU", "ES", "UA", "NL", "AT", "TR", "SE", "GB", "FI", "CZ", "CN"];
const DAYS = [
  "2010-03-01",
  "1999-04-20",
  "1999-04-21",
  "2012-12-19",
  "2024-02-22",
  "1993-12-31",
  "2003-09-18",
  "2026-02-03",
  "1992-05-15",
  "2006-06-23",
  "2015-09-15",
  "2022-11-23",
  "1995-01-01",
  "2019-07-04",
  "2008-08-08",
  "2001-01-01",
];
const YEARS = [2004, 2009, 2023, 2026, 2003, 2027, 2015, 2010, 2018, 2012, 2007, 2021, 2024, 2005, 1999, 2016];
const SIX = new Set(["AM", "BY", "KG", "KZ", "RU", "TJ"]);

let i = 0;
const candidates: Record<string, () => unknown> = {
  "Set.has (6 codes)": () => do_not_optimize(SIX.has(STATES[i++ & 15]!)),
  "isEuMember (is-eu-member)": () => do_not_optimize(isEuMember(EU[i++ & 15]!)),
  isMember: () => do_not_optimize(isMember(STATES[i & 15]!, DAYS[i++ & 15]!)),
  membershipOn: () => do_not_optimize(membershipOn(STATES[i & 15]!, DAYS[i++ & 15]!)),
  membersOn: () => do_not_optimize(membersOn(DAYS[i++ & 15]!)),
  chairOf: () => do_not_optimize(chairOf(YEARS[i++ & 15]!)),
  chairOn: () => do_not_optimize(chairOn(DAYS[i++ & 15]!)),
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

console.log(
  `csto bench: Node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores)`,
);
console.log(`${ROUNDS} rounds; each figure is the median over rounds of each round's median time per call.\n`);

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  // A different order each round, so that no candidate always runs first or last.
  const names = Object.keys(candidates);
  const order = names.map((_, k) => names[(k + round) % names.length]!);
  for (const name of order) {
    const stats = await measure(candidates[name]!, { min_cpu_time: 150e6 });
    samples[name]!.push(stats.p50);
  }
}
const ns = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
const floor = ns["Set.has (6 codes)"]!;
const peer = ns["isEuMember (is-eu-member)"]!;
/** The ratio of `name` to `baseline` in each round (both measured in that round): its min–max. */
const spread = (name: string, baseline: string) => {
  const ratios = samples[name]!.map((value, round) => value / samples[baseline]![round]!);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
};
console.log(
  "call                        ns/call   × Set.has (min–max over rounds)   × isEuMember (min–max over rounds)",
);
for (const [name, value] of Object.entries(ns)) {
  const bySet = `${(value / floor).toFixed(2)} (${spread(name, "Set.has (6 codes)")})`;
  const byPeer = `${(value / peer).toFixed(2)} (${spread(name, "isEuMember (is-eu-member)")})`;
  console.log(`${name.padEnd(26)}${value.toFixed(1).padStart(9)}   ${bySet.padEnd(32)}${byPeer}`);
}

// Import cost: a fresh process per import (Node's own start-up excluded, see import-time.mjs),
// csto's Node entry (what `import "csto"` resolves to in Node) and is-eu-member alternating,
// in ROUNDS rounds of 15 pairs. Also csto from a scratch copy of the package whose sources
// table is twice as long: importing must not grow with the data.
const probe = fileURLToPath(new URL("./import-time.mjs", import.meta.url));
const cstoNode = fileURLToPath(new URL("../dist/node/index.js", import.meta.url));
const euIndex = require.resolve("is-eu-member");
const doubled = packageWithDoubledSources();
const importTargets: Record<string, string> = {
  "is-eu-member": euIndex,
  csto: cstoNode,
  "csto, sources doubled": join(doubled, "dist/node/index.js"),
};
const importTimes: Record<string, number[]> = Object.fromEntries(Object.keys(importTargets).map((name) => [name, []]));
const ratioRounds: Record<string, number[]> = { csto: [], "csto, sources doubled": [] };
for (let round = 0; round < ROUNDS; round++) {
  const perRound: Record<string, number[]> = Object.fromEntries(Object.keys(importTargets).map((name) => [name, []]));
  for (let run = 0; run < 15; run++) {
    const names = Object.keys(importTargets);
    for (const name of run % 2 ? names.reverse() : names) {
      const out = spawnSync(process.execPath, [probe, importTargets[name]!], { encoding: "utf8" });
      perRound[name]!.push(Number(out.stdout.trim()));
    }
  }
  for (const [name, times] of Object.entries(perRound)) importTimes[name]!.push(...times);
  for (const name of Object.keys(ratioRounds))
    ratioRounds[name]!.push(median(perRound[name]!) / median(perRound["is-eu-member"]!));
}
rmSync(doubled, { recursive: true, force: true });
const importEu = median(importTimes["is-eu-member"]!);
console.log(
  `\nimport, fresh processes (${ROUNDS} rounds of 15, alternating), median ms and ratio to is-eu-member (min–max over rounds):`,
);
for (const [name, times] of Object.entries(importTimes)) {
  const ratios = ratioRounds[name];
  const spread = ratios
    ? `  ${(median(times) / importEu).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`
    : "";
  console.log(`  ${name.padEnd(24)}${median(times).toFixed(2).padStart(7)} ms${spread}`);
}
const importRatio = median(importTimes.csto!) / importEu;
const importRatioDoubled = median(importTimes["csto, sources doubled"]!) / importEu;

const main = await bundleSize(["isMember", "chairOf", "formerMembers"]);
const lone = await bundleSize(["isMember"]);
console.log(`bundle, min+gz: isMember + chairOf + formerMembers ${main} B; isMember alone ${lone} B`);

const targets: [string, boolean][] = [
  [`isMember ≤ 3 × Set.has (${(ns.isMember! / floor).toFixed(2)}×)`, ns.isMember! <= 3 * floor],
  [`isMember faster than isEuMember (${(ns.isMember! / peer).toFixed(2)}×)`, ns.isMember! < peer],
  [`chairOf ≤ 3 × Set.has (${(ns.chairOf! / floor).toFixed(2)}×)`, ns.chairOf! <= 3 * floor],
  [`chairOn ≤ 3 × Set.has (${(ns.chairOn! / floor).toFixed(2)}×)`, ns.chairOn! <= 3 * floor],
  [`import ≤ 1.2 × is-eu-member (${importRatio.toFixed(2)}×)`, importRatio <= 1.2],
  [
    `import ≤ 1.2 × is-eu-member with the sources doubled (${importRatioDoubled.toFixed(2)}×)`,
    importRatioDoubled <= 1.2,
  ],
  [`main helpers' bundle ≤ 2048 B min+gz (${main} B)`, main <= 2048],
];
console.log("\ntargets:");
for (const [label, ok] of targets) console.log(`  ${ok ? "met   " : "MISSED"} ${label}`);
if (targets.some(([, ok]) => !ok)) process.exitCode = 1;

/** A scratch copy of the built package (package.json, dist/, data/) with every source listed twice. */
function packageWithDoubledSources(): string {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "csto-bench-"));
  for (const part of ["package.json", "dist", "data"]) cpSync(join(root, part), join(dir, part), { recursive: true });
  const file = join(dir, "data/sources.json");
  const sources = JSON.parse(readFileSync(file, "utf8")) as { id: string }[];
  writeFileSync(file, JSON.stringify([...sources, ...sources.map((s) => ({ ...s, id: `${s.id}-copy` }))]));
  return dir;
}
