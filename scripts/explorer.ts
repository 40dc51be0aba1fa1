// Builds the docs site's explorer from site/explorer/ into docs/site/ (after TypeDoc, which
// empties docs/site): explorer.html, its script chunks in explorer/, and explorer-sw.js.
//
// - The script is bundled by esbuild from the package's own source (site/explorer/csto.ts
//   imports the helpers from src/) in two parts: main.ts, the first view, and record.ts
//   (sources and notes: sourcesOf and noteOf), which main.ts imports on the first opening of a
//   record. They are two builds, not one with code splitting: esbuild splits by module, and
//   src/generated/tables.ts, which both read, would put every table in a chunk they share.
// - The page inlines its styles and the two timeline pictures exactly as scripts/timeline.ts
//   drew them (their ids prefixed, so that the two can share a page).
// - Every address is relative, so the site works under any base path.
// - The service worker gets the lists of files to keep offline and a cache name that changes
//   with them.
//
//   npm run docs     (generate, timeline, TypeDoc, then this)
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { dataset } from "../src/index";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCE = join(ROOT, "site/explorer");
export const SITE = join(ROOT, "docs/site");
/** Where the chunks go, inside the service worker's scope (`explorer`). */
const CHUNKS = join(SITE, "explorer");
const TARGET = "es2020";

/** An SVG picture ready to sit beside another in one page: every id and reference to it prefixed. */
export function inlinePicture(svg: string, prefix: string): string {
  return svg
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(
      /aria-labelledby="([^"]+)"/g,
      (_, ids: string) =>
        `aria-labelledby="${ids
          .split(" ")
          .map((id) => prefix + id)
          .join(" ")}"`,
    );
}

const siteRelative = (file: string) => relative(SITE, file).split("\\").join("/");

/** Bundles one entry of site/explorer/ into docs/site/explorer/; returns its path in the site. */
async function bundleEntry(
  name: string,
  define: Record<string, string> = {},
  external: string[] = [],
): Promise<string> {
  const result = await build({
    entryPoints: [join(SOURCE, `${name}.ts`)],
    bundle: true,
    format: "esm",
    minify: true,
    target: TARGET,
    outdir: CHUNKS,
    entryNames: "[name]-[hash]",
    metafile: true,
    legalComments: "none",
    define,
    external,
    logLevel: "warning",
  });
  const [file] = Object.keys(result.metafile.outputs);
  return siteRelative(join(ROOT, file!));
}

/** The record chunk first (the entry needs its name), then the entry. */
async function bundle(): Promise<{ entry: string; records: string }> {
  rmSync(CHUNKS, { recursive: true, force: true });
  const records = await bundleEntry("record");
  const fromEntry = `./${records.slice("explorer/".length)}`;
  const entry = await bundleEntry("main", { RECORD_CHUNK: JSON.stringify(fromEntry) }, [fromEntry]);
  return { entry, records };
}

async function page(entry: string): Promise<string> {
  const style = (await transform(readFileSync(join(SOURCE, "explorer.css"), "utf8"), { loader: "css", minify: true }))
    .code;
  const picture = (file: string, prefix: string) =>
    inlinePicture(readFileSync(join(ROOT, "docs", file), "utf8"), prefix);
  const values: Record<string, string> = {
    AS_OF: dataset.asOf,
    VERSION: dataset.version,
    STYLE: `<style>${style.trim()}</style>`,
    SCRIPT: entry,
    TIMELINE: picture("timeline.svg", "w-"),
    TIMELINE_NARROW: picture("timeline-narrow.svg", "n-"),
  };
  // A value goes where %%NAME%% stands, or <!--%%NAME%%--> where the template must stay valid HTML.
  return readFileSync(join(SOURCE, "explorer.html"), "utf8").replace(
    /(?:<!--)?%%([A-Z_]+)%%(?:-->)?/g,
    (_, name: string) => {
      if (!(name in values)) throw new Error(`explorer.html: no value for %%${name}%%`);
      return values[name]!;
    },
  );
}

async function worker(firstView: string[], records: string[]): Promise<string> {
  const cache = `csto-explorer-${createHash("sha256")
    .update(JSON.stringify([firstView, records]))
    .digest("hex")
    .slice(0, 12)}`;
  const result = await build({
    entryPoints: [join(SOURCE, "sw.ts")],
    bundle: true,
    format: "iife",
    minify: true,
    target: TARGET,
    write: false,
    define: {
      CACHE: JSON.stringify(cache),
      FIRST_VIEW: JSON.stringify(firstView),
      RECORDS: JSON.stringify(records),
    },
    logLevel: "warning",
  });
  return result.outputFiles[0]!.text;
}

export async function buildExplorer(): Promise<void> {
  const { entry, records } = await bundle();
  writeFileSync(join(SITE, "explorer.html"), await page(entry));
  // The first view: the page (styles and pictures inlined) and its script.
  const firstView = ["explorer.html", entry];
  writeFileSync(join(SITE, "explorer-sw.js"), await worker(firstView, [records]));
  const gz = (file: string) => gzipSync(readFileSync(join(SITE, file))).length;
  const first = firstView.reduce((sum, file) => sum + gz(file), 0);
  console.log(
    `wrote docs/site/explorer.html: first view ${(first / 1024).toFixed(1)} KB gzipped (${firstView.join(", ")}), records ${(gz(records) / 1024).toFixed(1)} KB gzipped on first opening (${records})`,
  );
}

mkdirSync(SITE, { recursive: true });
await buildExplorer();
