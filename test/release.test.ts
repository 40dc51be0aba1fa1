// Publishing: the release refuses to start until release.config.json says where the package
// lives (npm refuses provenance without a repository, and would fail only at the registry),
// then copies the addresses into package.json and stamps CITATION.cff. The workflows are
// checked statically: they parse, and every command and file they name exists.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { configProblems, packageFields, refusal, stampCitation } from "../scripts/release";

const root = new URL("../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), "utf8");
const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string>; files: string[] };
const SET = {
  repository: "https://github.com/example/csto",
  homepage: "https://example.github.io/csto/",
  bugs: "https://github.com/example/csto/issues",
  funding: null,
};

describe("release.config.json", () => {
  test("is where the addresses are, unset until the public address is known", () => {
    const config = JSON.parse(read("release.config.json")) as Record<string, unknown>;
    expect(config).toMatchObject({ repository: null, homepage: null, bugs: null, funding: null });
  });
  test("unset addresses are refused, each with what to set", () => {
    const problems = configProblems({ repository: null, homepage: null, bugs: null, funding: null });
    expect(problems).toEqual([
      "repository is not set: set it to the public git repository, https://github.com/OWNER/csto",
      "homepage is not set: set it to the docs site, such as https://OWNER.github.io/csto/",
      "bugs is not set: set it to the issue tracker, such as https://github.com/OWNER/csto/issues",
    ]);
    expect(configProblems({})).toHaveLength(3);
    expect(refusal(problems)).toContain("Set these in release.config.json");
  });
  test("addresses must be https", () => {
    expect(configProblems(SET)).toEqual([]);
    expect(configProblems({ ...SET, funding: "https://example.org/fund" })).toEqual([]);
    expect(configProblems({ ...SET, repository: "git@github.com:example/csto.git" })).toEqual([
      'repository must be an https:// address, not "git@github.com:example/csto.git"',
    ]);
    expect(configProblems({ ...SET, homepage: "http://example.org" })).toHaveLength(1);
    expect(configProblems({ ...SET, bugs: 42 })).toEqual(["bugs must be an https:// address, not 42"]);
    expect(configProblems({ ...SET, funding: "not a url" })).toHaveLength(1);
  });
  test("gives package.json its repository, homepage, bugs and funding", () => {
    expect(packageFields(SET)).toEqual({
      repository: { type: "git", url: "git+https://github.com/example/csto.git" },
      homepage: "https://example.github.io/csto/",
      bugs: { url: "https://github.com/example/csto/issues" },
    });
    expect(
      packageFields({ ...SET, repository: "https://github.com/example/csto.git", funding: "https://f.example/x" }),
    ).toMatchObject({ repository: { url: "git+https://github.com/example/csto.git" }, funding: "https://f.example/x" });
  });
  test("the script stops npm run release with exit 1 and the message while unset", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync("npx", ["tsx", "scripts/release.ts", "check"], { cwd: root, stdio: "pipe" });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toContain("repository is not set");
    expect(pkg.scripts.release?.startsWith("tsx scripts/release.ts check && npm run changeset:version")).toBe(true);
  });
});

describe("CITATION.cff", () => {
  const cff = read("CITATION.cff");
  test("parses, is CFF 1.2.0, and ships", () => {
    const parsed = parse(cff) as Record<string, unknown>;
    expect(parsed).toMatchObject({ "cff-version": "1.2.0", type: "dataset", license: "MIT" });
    expect(pkg.files).toContain("CITATION.cff");
  });
  test("the release stamps the version, the day, asOf and the addresses", () => {
    const stamped = stampCitation(cff, { version: "0.2.0", day: "2027-01-02", asOf: "2026-12-31", ...SET });
    expect(parse(stamped)).toMatchObject({
      version: "0.2.0",
      "date-released": "2027-01-02",
      "repository-code": "https://github.com/example/csto",
      url: "https://example.github.io/csto/",
    });
    expect(stamped).toContain("Data as of 2026-12-31.");
    expect(stampCitation(stamped, { version: "0.3.0", day: "2027-02-02", asOf: "2027-01-31", ...SET })).toMatch(
      /^version: 0\.3\.0$/m,
    );
  });
});

describe("the GitHub workflows (checked statically: they cannot run here)", () => {
  const dir = new URL(".github/workflows/", root);
  const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));
  type Step = { run?: string; uses?: string; with?: Record<string, unknown> };
  const workflows = files.map((file) => ({
    file,
    doc: parse(readFileSync(new URL(file, dir), "utf8")) as { on: unknown; jobs: Record<string, { steps: Step[] }> },
  }));
  const steps = workflows.flatMap(({ doc }) => Object.values(doc.jobs).flatMap((job) => job.steps));
  test("are ci, release and pages, and each parses with jobs and steps", () => {
    expect(files.sort()).toEqual(["ci.yml", "pages.yml", "release.yml"]);
    for (const { doc } of workflows) {
      expect(doc.on).toBeDefined();
      for (const job of Object.values(doc.jobs)) expect(job.steps.length).toBeGreaterThan(0);
    }
  });
  test("every npm script they run exists, and every file they run is in the repository", () => {
    const commands = steps.flatMap((step) => (step.run ?? "").split("\n"));
    for (const script of commands.flatMap((line) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))) {
      expect(Object.keys(pkg.scripts)).toContain(script);
    }
    for (const file of commands.flatMap((line) => [...line.matchAll(/\.\/([\w./-]+)/g)].map((m) => m[1]!))) {
      expect(existsSync(new URL(file, root))).toBe(true);
    }
  });
  test("actions are pinned to a major version", () => {
    for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
  });
  test("pages publishes what npm run docs writes", () => {
    const typedoc = JSON.parse(read("typedoc.json")) as { out: string };
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
    expect(upload?.with?.path).toBe(typedoc.out);
    expect(steps.some((s) => s.run === "npm run docs")).toBe(true);
  });
});
