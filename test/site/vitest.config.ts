import { defineConfig } from "vitest/config";

// The docs site in headless Chromium (test/site/site.test.ts): run after `npm run docs`.
export default defineConfig({
  test: {
    include: ["test/site/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
