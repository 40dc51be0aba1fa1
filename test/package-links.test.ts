// The README reaches its guides and pictures through version-pinned CDN addresses of the
// package's own files (scripts/package-links.mjs): each is pinned to package.json's version
// and names a file that the package ships. test/package/ checks the same against the tarball.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ownAddresses, PINNED_FILES, pin, unpin } from "../scripts/package-links.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const { name, version, files } = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  name: string;
  version: string;
  files: string[];
};
/** True when package.json "files" ships `path` (a folder entry, an exact file or a `dir/*.ext` glob). */
const shipped = (path: string) =>
  files.some((entry) => {
    if (!entry.includes("*")) return path === entry || path.startsWith(`${entry}/`);
    const pattern = new RegExp(`^${entry.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*")}$`);
    return pattern.test(path);
  });

describe.each(PINNED_FILES)("%s links the package's own files", (file) => {
  const text = readFileSync(`${root}${file}`, "utf8");
  const addresses = ownAddresses(text, name);

  test("by addresses pinned to package.json's version (node scripts/package-links.mjs)", () => {
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => a.version !== version)).toEqual([]);
    expect(pin(text, name, version)).toBe(text);
  });

  test.each(addresses.map((a) => [a.path]))("%s exists and ships", (path) => {
    expect(existsSync(`${root}${path}`), path).toBe(true);
    expect(shipped(path), `package.json "files" must ship ${path}`).toBe(true);
  });

  test("and has no relative link to a file the tarball lacks", () => {
    const relative = [
      ...text.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)|(?:src|srcset|href)="(?!https?:|#)([^"]+)"/g),
    ];
    expect(relative.map((m) => m[1] ?? m[2])).toEqual([]);
  });
});

describe("pin and unpin", () => {
  const readme = "[cli](https://unpkg.com/csto@0.0.9/docs/cli.md) and https://unpkg.com/csto/data/x.schema.json";

  test("pin changes only the version of addresses that name one", () => {
    expect(pin(readme, "csto", "1.2.3")).toBe(
      "[cli](https://unpkg.com/csto@1.2.3/docs/cli.md) and https://unpkg.com/csto/data/x.schema.json",
    );
  });

  test("unpin gives the docs site the relative path", () => {
    expect(unpin(readme, "csto")).toBe("[cli](docs/cli.md) and https://unpkg.com/csto/data/x.schema.json");
  });

  test("another package's addresses are left alone", () => {
    expect(pin("https://unpkg.com/cstox@1.0.0/a.md", "csto", "2.0.0")).toBe("https://unpkg.com/cstox@1.0.0/a.md");
  });
});
