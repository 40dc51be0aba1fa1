import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

// Two builds of the library, both ESM and CommonJS with their own declarations:
//
// - dist/ (the default export condition: browsers, bundlers, Deno without Node resolution):
//   the tables are embedded as JSON text, parsed on first use, each marked /*#__PURE__*/ so a
//   bundler drops the tables an app never reads.
// - dist/node/ (the "node" export condition: Node, and Bun and Deno through it): the same code,
//   with src/generated/tables.ts swapped for tables-node.ts, which reads the package's own
//   data/*.json on first use. Importing csto in Node then costs what its code costs, however
//   large the tables grow.
//
// Not minified: consumers minify, and readable code in node_modules is easier to trust.
const TABLES_NODE = fileURLToPath(new URL("./src/generated/tables-node.ts", import.meta.url));

// zod is an optional peer dependency, needed by csto/schema only. Without it, `require("csto/schema")`
// would fail with Node's bare "Cannot find module 'zod'"; the CommonJS build says instead what
// to do. (An ES module cannot: its imports are linked before any of its code runs. Node's own
// error there names both 'zod' and csto's dist/schema.js.)
const ZOD_MISSING =
  "csto/schema needs zod, an optional peer dependency of csto: install it with `npm install zod` (the main entry, csto, works without it)";
const SCHEMA_CJS = fileURLToPath(new URL("./dist/schema.cjs", import.meta.url));
function explainMissingZod(): void {
  const code = readFileSync(SCHEMA_CJS, "utf8");
  const load = "require('zod')";
  if (code.split(load).length !== 2)
    throw new Error(`dist/schema.cjs: expected one ${load}; the zod error check needs updating`);
  const requireZod = `
function requireZod() {
  try {
    return require('zod');
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes("'zod'")) {
      throw new Error(${JSON.stringify(ZOD_MISSING)}, { cause: error });
    }
    throw error;
  }
}
`;
  writeFileSync(SCHEMA_CJS, code.replace(load, "requireZod()") + requireZod);
}

const library: Options = {
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  platform: "neutral",
  sourcemap: false,
  treeshake: true,
  external: ["zod"],
};

export default defineConfig([
  { ...library, entry: { index: "src/index.ts", schema: "src/schema.ts" }, onSuccess: async () => explainMissingZod() },
  {
    ...library,
    entry: { index: "src/index.ts" },
    outDir: "dist/node",
    platform: "node",
    target: "node18",
    // import.meta.url in the CommonJS output (src/load-node.ts resolves the data files with it).
    shims: true,
    // Keep "node:module": Deno resolves only the prefixed name, and Node and Bun both accept it.
    removeNodeProtocol: false,
    esbuildPlugins: [
      {
        name: "tables-from-data-files",
        setup(build) {
          build.onResolve({ filter: /(^|\/)tables$/ }, (args) =>
            args.resolveDir.endsWith("src") || args.resolveDir.endsWith("generated")
              ? { path: TABLES_NODE }
              : undefined,
          );
        },
      },
    ],
  },
  // The command line: ESM only, for Node. It imports the Node build from ./node/index.js instead
  // of bundling a second copy of the library (the CLI stays a few kilobytes).
  {
    entry: { cli: "src/bin.ts" },
    format: ["esm"],
    target: "node18",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: ["zod"],
    esbuildPlugins: [
      {
        name: "cli-imports-the-library",
        setup(build) {
          build.onResolve({ filter: /^\.\/index$/ }, () => ({ path: "./node/index.js", external: true }));
        },
      },
    ],
  },
]);
