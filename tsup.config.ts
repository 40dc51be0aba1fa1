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
  { ...library, entry: { index: "src/index.ts", schema: "src/schema.ts" } },
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
