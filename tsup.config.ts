import { defineConfig } from "tsup";

// The library: ESM and CommonJS, each with its own declarations (.d.ts / .d.cts), for the
// main entry and csto/schema. Not minified: consumers minify, and readable code in
// node_modules is easier to trust. The /*#__PURE__*/ marks on the tables survive, so a
// bundler drops the tables an app never reads.
export default defineConfig([
  {
    entry: { index: "src/index.ts", schema: "src/schema.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "es2022",
    platform: "neutral",
    sourcemap: false,
    treeshake: true,
    external: ["zod"],
  },
  // The command line: ESM only, for Node. It imports the library from ./index.js instead of
  // bundling a second copy of every table (the CLI stays a few kilobytes).
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
          build.onResolve({ filter: /^\.\/index$/ }, () => ({ path: "./index.js", external: true }));
        },
      },
    ],
  },
]);
