// The release's own settings, from one place: release.config.json says where the package
// lives (repository, homepage, bugs, funding). `npm run release` runs this script twice:
//
//   tsx scripts/release.ts check   before anything: stops, saying what to set, while
//                                  repository, homepage or bugs is unset (npm refuses to
//                                  publish with provenance without repository, and fails late)
//   tsx scripts/release.ts stamp   after `changeset version`: copies the fields into
//                                  package.json and writes the version, the day and asOf
//                                  into CITATION.cff
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The settings release.config.json holds; null while unset. Other keys may sit beside them. */
export interface ReleaseConfig {
  readonly repository: string | null;
  readonly homepage: string | null;
  readonly bugs: string | null;
  readonly funding: string | null;
}

const REQUIRED = ["repository", "homepage", "bugs"] as const;
const HINTS: Record<keyof ReleaseConfig, string> = {
  repository: "the public git repository, https://github.com/OWNER/csto",
  homepage: "the docs site, such as https://OWNER.github.io/csto/",
  bugs: "the issue tracker, such as https://github.com/OWNER/csto/issues",
  funding: "a funding page (optional)",
};
const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/;

/** What is wrong with the settings, one line each; empty when a release may go ahead. */
export function configProblems(config: Partial<Record<keyof ReleaseConfig, unknown>>): string[] {
  const problems: string[] = [];
  for (const key of [...REQUIRED, "funding"] as const) {
    const value = config[key] ?? null;
    if (value === null) {
      if (key !== "funding") problems.push(`${key} is not set: set it to ${HINTS[key]}`);
    } else if (typeof value !== "string" || !HTTPS_URL.test(value)) {
      problems.push(`${key} must be an https:// address, not ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

/** The message `npm run release` stops with. */
export const refusal = (problems: readonly string[]) =>
  `npm run release: release.config.json does not yet say where the package lives, and npm refuses to publish with provenance without a repository.\n${problems.map((p) => `  - ${p}`).join("\n")}\nSet these in release.config.json (see docs/versioning.md, "Publishing"), then run npm run release again.`;

/** The package.json fields the settings give. */
export function packageFields(config: ReleaseConfig): Record<string, unknown> {
  const repository = config.repository!.replace(/\.git$/, "").replace(/\/$/, "");
  return {
    repository: { type: "git", url: `git+${repository}.git` },
    homepage: config.homepage,
    bugs: { url: config.bugs },
    ...(config.funding ? { funding: config.funding } : {}),
  };
}

/** CITATION.cff with the release's version, day, asOf and addresses written in. */
export function stampCitation(
  text: string,
  release: { version: string; day: string; asOf: string; repository: string; homepage: string },
): string {
  const set = (lines: string, key: string, value: string) =>
    new RegExp(`^${key}:.*$`, "m").test(lines)
      ? lines.replace(new RegExp(`^${key}:.*$`, "m"), `${key}: ${value}`)
      : `${lines.trimEnd()}\n${key}: ${value}\n`;
  let out = text.replace(/Data as of \d{4}-\d{2}-\d{2}\./, `Data as of ${release.asOf}.`);
  out = set(out, "version", release.version);
  out = set(out, "date-released", `"${release.day}"`);
  out = set(out, "repository-code", release.repository.replace(/\.git$/, ""));
  return set(out, "url", release.homepage);
}

function main(step: string | undefined): number {
  const config = JSON.parse(readFileSync(`${ROOT}release.config.json`, "utf8")) as ReleaseConfig;
  const problems = configProblems(config);
  if (problems.length > 0) {
    console.error(refusal(problems));
    return 1;
  }
  if (step === "check") return 0;
  if (step !== "stamp") {
    console.error("usage: tsx scripts/release.ts check | stamp");
    return 2;
  }
  const pkgFile = `${ROOT}package.json`;
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as Record<string, unknown>;
  writeFileSync(pkgFile, `${JSON.stringify({ ...pkg, ...packageFields(config) }, null, 2)}\n`);
  const { asOf } = JSON.parse(readFileSync(`${ROOT}data/meta.json`, "utf8")) as { asOf: string };
  const cff = `${ROOT}CITATION.cff`;
  writeFileSync(
    cff,
    stampCitation(readFileSync(cff, "utf8"), {
      version: String(pkg.version),
      day: new Date().toISOString().slice(0, 10),
      asOf,
      repository: config.repository!,
      homepage: config.homepage!,
    }),
  );
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv[2]);
