// The size budget: bundles what an app imports from the built package (dist/, the build
// browsers and bundlers get), the way a bundler would (esbuild, minified, tree-shaken), gzips
// it and checks each budget, and that zod, the sources, the notes and the names stay out.
// Then the same bundle once more from a scratch copy of the package whose data holds ten more
// years of chairmanships than today's: what an app pays must not grow with the data.
// Run after `npm run build`.
//
//   npm run size            check the budgets, print the figures
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The budget of isMember + chairOf + formerMembers, min+gz, today and with ten more years of data. */
const MAIN_BUDGET = 4096;
const EXTRA_YEARS = 10;

/**
 * Bundles `import { ...names } from entry` as an app's bundler would; with `require`, the
 * CommonJS way (`const { ...names } = require(entry)`), which no bundler can tree-shake.
 */
async function bundle(
  names: string[],
  entry: string,
  require = false,
): Promise<{ code: string; gz: number; inputs: string[] }> {
  const load = require
    ? `const { ${names.join(", ")} } = require(${JSON.stringify(entry)});`
    : `import { ${names.join(", ")} } from ${JSON.stringify(entry)};`;
  const result = await build({
    stdin: {
      contents: `${load}\nconsole.log(${names.join(", ")});`,
      resolveDir: ROOT,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  return { code, gz: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

/** The min+gz size in bytes of an app that imports `names` from the built package. */
export const bundleSize = async (names: string[]): Promise<number> => (await bundle(names, `${ROOT}dist/index.js`)).gz;

interface Scenario {
  name: string;
  imports: string[];
  /** `require("csto")` from the CommonJS build (dist/index.cjs, what the "require" condition gives a bundler) */
  require?: boolean;
  /** min+gz bytes; undefined = report only */
  budget?: number;
  /** strings that must not be in the bundle, and why */
  absent?: Record<string, string>;
}

const LEAN = {
  zod: "zod must never reach the main entry",
  '"publisher"': "the sources table",
  '"quote"': "the sources table",
  '"note"': "the notes",
  kremlin: "source ids (records' citations)",
  Usbekistan: "state names",
  Узбекистан: "state names",
  weissrussland: "the name index of resolveState",
  Frankreich: "the other countries' names",
};

const MAIN = ["isMember", "chairOf", "formerMembers"];
const scenarios: Scenario[] = [
  { name: "isMember + chairOf + formerMembers", imports: MAIN, budget: MAIN_BUDGET, absent: LEAN },
  { name: "isMember", imports: ["isMember"], absent: LEAN },
  { name: "isMember + membershipOn + membersOn", imports: ["isMember", "membershipOn", "membersOn"] },
  { name: "chairOf + chairOn", imports: ["chairOf", "chairOn"] },
  { name: "resolveState", imports: ["resolveState"] },
  { name: "dataset (everything)", imports: ["dataset"] },
  { name: 'isMember by require("csto") (CommonJS)', imports: ["isMember"], require: true },
];

/**
 * A scratch copy of the package whose chairmanships run EXTRA_YEARS calendar years further,
 * the chair passing round the last six chairs in turn, each row citing the last row's first
 * source; regenerated there. Returns the copy's src/index.ts, or throws what the build said.
 */
function packageWithMoreYears(): { entry: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "csto-size-"));
  for (const part of ["src", "scripts", "data", "package.json", "tsconfig.json"])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const file = join(dir, "data/chairmanships.json");
  type Chair = { id: string; state: string; from: string; until: string | null; sources: string[] } & Record<
    string,
    unknown
  >;
  const chairs = JSON.parse(readFileSync(file, "utf8")) as Chair[];
  const last = chairs.at(-1)!;
  const rotation = chairs.slice(-6).map((c) => c.state);
  let year = Number((last.until ?? last.from).slice(0, 4));
  for (let i = 0; i < EXTRA_YEARS; i++, year++) {
    const state = rotation[i % rotation.length]!;
    const { note: _note, ...template } = last;
    chairs.push({
      ...template,
      id: `chair-${state.toLowerCase()}-${year}-synthetic`,
      state,
      from: `${year}-01-01`,
      until: `${year + 1}-01-01`,
      term: "calendar-year",
      sources: [last.sources[0]!],
      confidence: "single",
    });
  }
  writeFileSync(file, `${JSON.stringify(chairs, null, 2)}\n`);
  execFileSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/generate.ts"], {
    cwd: dir,
    stdio: "pipe",
  });
  return { entry: join(dir, "src/index.ts"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function problemsOf(s: Scenario, result: { code: string; gz: number; inputs: string[] }): string[] {
  const problems: string[] = [];
  if (s.budget !== undefined && result.gz > s.budget) problems.push(`over budget by ${result.gz - s.budget} B`);
  if (s.absent && result.inputs.some((input) => input.includes("node_modules/zod"))) problems.push("bundles zod");
  for (const [needle, what] of Object.entries(s.absent ?? {})) {
    if (result.code.includes(needle) || result.code.includes(JSON.stringify(needle).slice(1, -1))) {
      problems.push(`contains ${what} (${needle})`);
    }
  }
  return problems;
}

async function check(): Promise<void> {
  const rows: string[][] = [];
  let failed = false;
  for (const s of scenarios) {
    const result = await bundle(s.imports, `${ROOT}dist/index${s.require ? ".cjs" : ".js"}`, s.require);
    const problems = problemsOf(s, result);
    failed ||= problems.length > 0;
    const budget = s.budget === undefined ? "-" : String(s.budget);
    rows.push([s.name, String(result.code.length), String(result.gz), budget, problems.join("; ") || "ok"]);
  }
  // The growth case: from source (src/index.ts, as tsup builds dist/ from it), today and with ten more years.
  const today = await bundle(MAIN, `${ROOT}src/index.ts`);
  const grown = packageWithMoreYears();
  try {
    const later = await bundle(MAIN, grown.entry);
    const problems = problemsOf({ name: "", imports: MAIN, budget: MAIN_BUDGET, absent: LEAN }, later);
    failed ||= problems.length > 0;
    const growth = `${later.gz - today.gz >= 0 ? "+" : ""}${later.gz - today.gz} B against today's data`;
    rows.push([
      `${MAIN.join(" + ")}, ${EXTRA_YEARS} more years`,
      String(later.code.length),
      String(later.gz),
      String(MAIN_BUDGET),
      [growth, ...problems].join("; "),
    ]);
  } finally {
    grown.cleanup();
  }
  const header = ["bundle", "min B", "min+gz B", "budget", "check"];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  for (const row of [header, ...rows]) {
    console.log(
      row.map((cell, i) => (i > 0 && i < 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  "),
    );
  }
  if (failed) {
    console.error("\nsize: a budget or an exclusion failed");
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await check();
