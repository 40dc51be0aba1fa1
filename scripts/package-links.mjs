// The README links its guides and its picture by the absolute, version-pinned CDN address of
// the package's own files (https://unpkg.com/csto@0.1.0/docs/cli.md): the registry's page has
// no repository to resolve a relative link against, and the same address works on the
// repository's page and in any copy of the README. The files are in the tarball (package.json
// "files"). This module keeps those addresses right:
//
//   node scripts/package-links.mjs           pin every address to package.json's version
//   node scripts/package-links.mjs --check   exit 1 if one is not (test/package-links.test.ts runs this check)
//
// `npm run changeset:version` runs it after `changeset version` bumps the version. The docs
// site turns the addresses back into relative paths (scripts/typedoc-plugin.mjs, `unpin`), so
// that its links stay inside the site.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The files whose links are pinned: what the registry's page and the tarball's readers see. */
export const PINNED_FILES = ["README.md"];
const CDN = "https://unpkg.com/";

/** Every address of one of the package's own files in `text`: `{ address, version, path }`. */
export function ownAddresses(text, name) {
  const pattern = new RegExp(`${CDN.replace(/[.]/g, "\\.")}${name}@([^/\\s)"'>]+)/([^\\s)"'>#?]+)`, "g");
  return [...text.matchAll(pattern)].map((m) => ({ address: m[0], version: m[1], path: m[2] }));
}

/** `text` with every address of the package's own files pinned to `version`. */
export function pin(text, name, version) {
  return ownAddresses(text, name).reduce(
    (out, { address, path }) => out.replace(address, `${CDN}${name}@${version}/${path}`),
    text,
  );
}

/** `text` with every address of the package's own files made a path relative to the package root. */
export function unpin(text, name) {
  return ownAddresses(text, name).reduce((out, { address, path }) => out.replace(address, path), text);
}

const manifest = () => JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { name, version } = manifest();
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const file of PINNED_FILES) {
    const text = readFileSync(`${ROOT}${file}`, "utf8");
    const pinned = pin(text, name, version);
    if (pinned === text) continue;
    stale++;
    if (check) console.error(`${file}: links to ${name}'s own files are not pinned to ${version}`);
    else writeFileSync(`${ROOT}${file}`, pinned);
  }
  if (check && stale > 0) {
    console.error("run: node scripts/package-links.mjs");
    process.exitCode = 1;
  } else if (!check) {
    console.log(`links to ${name}'s own files pinned to ${version} in ${PINNED_FILES.join(", ")}`);
  }
}
