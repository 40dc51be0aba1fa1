// The shared part of `npm run test:site`: a static server for docs/site on localhost, Debian's
// Chromium driven by playwright-core, and the checks every page gets. The pages and their own
// checks are listed in test/site/pages.ts; test/site/site.test.ts runs each at each width.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** What the server serves: docs/, so the site is at /site/ and the pictures beside it. */
export const DOCS = join(ROOT, "docs");
export const SITE = join(DOCS, "site");
/** Screenshots, kept by CI, git-ignored. */
export const SCREENSHOTS = join(ROOT, "reports/site");
/** Debian's chromium (`apt-get install chromium`); CHROMIUM overrides it. */
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

export interface Server {
  /** The address `dir` is served at, ending with `/`. */
  url: string;
  /** From now on every connection is cut, as if the machine were offline; `up()` undoes it. */
  down: () => void;
  up: () => void;
  close: () => Promise<void>;
}

/**
 * Serves `dir` read-only on a free localhost port, under `base` (a path that starts and ends
 * with `/`: a site published below the root of its host); resolves to its address, a switch
 * that cuts the network and a close().
 */
export async function serve(dir: string, base = "/"): Promise<Server> {
  const sockets = new Set<import("node:net").Socket>();
  let offline = false;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const path = normalize(`/${pathname.slice(base.length)}`);
    let file = join(dir, path);
    try {
      if (!file.startsWith(dir) || !statSync(file).isFile()) file = join(file, "index.html");
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  server.on("connection", (socket) => {
    if (offline) socket.destroy();
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    down: () => {
      offline = true;
      for (const socket of sockets) socket.destroy();
    },
    up: () => {
      offline = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Headless Chromium with a fresh profile, nothing fetched from outside; close() removes the profile. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "csto-site-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    // Light theme, fixed scale: the screenshots compare run to run.
    colorScheme: "light",
    deviceScaleFactor: 1,
  });
  await context.addInitScript({ path: IN_PAGE });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The main column of a TypeDoc page: what must never be wider than itself. */
export const MAIN_COLUMN = ".col-content";

/**
 * Problems every page is checked for: horizontal overflow, code that wraps, more than one
 * title. `column` is the page's main column (TypeDoc's unless the page is not a TypeDoc page).
 */
export async function commonProblems(page: Page, column = MAIN_COLUMN): Promise<string[]> {
  const overflow = (await page.evaluate(`window.__site.overflow(${JSON.stringify(column)})`)) as string[];
  const code = (await page.evaluate(`window.__site.codeBlocksDoNotWrap(${JSON.stringify(column)})`)) as string[];
  const titles = (await page.evaluate("window.__site.titles()")) as string[];
  const title = titles.length === 1 ? [] : [`${titles.length} titles: ${JSON.stringify(titles)}`];
  return [...overflow, ...code, ...title];
}

/** Tables of the main column that only a sideways scroll shows whole. */
export const tablesThatScroll = async (page: Page): Promise<string[]> =>
  (await page.evaluate(`window.__site.tablesThatScroll(${JSON.stringify(MAIN_COLUMN)})`)) as string[];

const IN_PAGE = fileURLToPath(new URL("./in-page.js", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The impacts of an accessibility violation that fail a page. */
const FAILING_IMPACTS = ["serious", "critical"];

/**
 * The page's serious and critical accessibility violations by axe-core (WCAG 2.x A and AA and
 * best practices), one line each with the elements involved; empty when there are none.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) })))",
  )) as { id: string; impact: string; help: string; targets: string[] }[];
  return violations
    .filter((v) => FAILING_IMPACTS.includes(v.impact))
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join("; ")})`);
}

/**
 * Opens a page of docs/: an HTML page through the server, an SVG picture inlined in an empty
 * page at its own size (Chromium measures the text of an inline SVG, not of an image).
 */
export async function open(page: Page, url: string, path: string): Promise<number | undefined> {
  if (!path.endsWith(".svg")) return (await page.goto(new URL(path, url).href, { waitUntil: "load" }))?.status();
  const svg = readFileSync(join(DOCS, path), "utf8");
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  await page.addScriptTag({ path: IN_PAGE });
  return 200;
}

/** Problems of an SVG picture opened as the page: lines through text, overlapping or cut-off text. */
export const svgProblems = async (page: Page): Promise<string[]> =>
  (await page.evaluate("window.__site.svgProblems()")) as string[];

/** The smallest text of each SVG picture of the main column, in CSS px as shown. */
export const pictureTextSizes = async (page: Page): Promise<{ src: string; smallest: number }[]> =>
  (await page.evaluate(`window.__site.pictureTextSizes(${JSON.stringify(MAIN_COLUMN)})`)) as {
    src: string;
    smallest: number;
  }[];

/** Saves a screenshot as reports/site/<name>-<width>.png, of the whole page or of its only picture. */
export async function screenshot(page: Page, name: string, width: number, picture = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}-${width}.png`);
  if (picture) await page.locator("svg").first().screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The site served and Chromium started for the tests of one file: registers beforeAll and
 * afterAll, and refuses to run before `npm run docs` has built `page` (a file of docs/site).
 */
export function useSite(page: string): { readonly server: Server; readonly context: BrowserContext } {
  let server: Server | undefined;
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  beforeAll(async () => {
    if (!existsSync(join(SITE, page))) throw new Error("docs/site is not built: run `npm run docs` first");
    server = await serve(DOCS);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get context() {
      return browser!.context;
    },
  };
}
