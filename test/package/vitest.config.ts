import { defineConfig } from "vitest/config";

// The package as users get it: `npm pack`, installed into a fresh project, used from ESM,
// CommonJS, TypeScript (node16 and bundler resolution) and the command line.
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
