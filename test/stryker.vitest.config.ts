import { defineConfig } from "vitest/config";

// The unit tests as Stryker runs them for every mutant: no type checking, no coverage.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/package/**", "test/site/**", "node_modules/**"],
  },
});
