// Every `@example` in a doc comment of src/, and every ```ts block with `// =>` in the
// README and docs/, runs here: a line `expression; // => value` becomes an assertion that
// the expression equals the value. So an example can never lie.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const outDir = `${root}.tmp/examples/`;

interface Example {
  where: string;
  code: string;
}

function examplesInSource(file: string): Example[] {
  const text = readFileSync(`${root}${file}`, "utf8");
  const found: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].replace(/^\s*\/?\*+\/? ?/gm, "");
    for (const block of body.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, comment.index).split("\n").length;
      found.push({ where: `${file}:${line}`, code: block[1]! });
    }
  }
  return found;
}

function examplesInMarkdown(file: string): Example[] {
  const text = readFileSync(`${root}${file}`, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)]
    .filter((block) => block[1]!.includes("// =>"))
    .map((block) => ({ where: `${file}:${text.slice(0, block.index).split("\n").length}`, code: block[1]! }));
}

const sourceFiles = readdirSync(`${root}src`)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => `src/${f}`);
const markdownFiles = [
  "README.md",
  ...(existsSync(`${root}docs`) ? readdirSync(`${root}docs`) : [])
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const examples = [...sourceFiles.flatMap(examplesInSource), ...markdownFiles.flatMap(examplesInMarkdown)];

/** `expr; // => value` → an assertion; imports of "csto" point at src/. */
function toModule(example: Example): { source: string; assertions: number } {
  let assertions = 0;
  const lines = example.code.split("\n").map((line) => {
    const match = /^(\s*)(.*?);?\s*\/\/ => (.*)$/.exec(line);
    if (!match) return line;
    assertions++;
    return `${match[1]}__check((${match[2]}), (${match[3]}));`;
  });
  const source = lines
    .join("\n")
    .replace(/from "csto\/schema"/g, 'from "../../src/schema"')
    .replace(/from "csto"/g, 'from "../../src/index"');
  return { source: `import { __check } from "./check";\n${source}\n`, assertions };
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}check.ts`,
  `import { expect } from "vitest";
export const seen: unknown[][] = [];
export function __check(actual: unknown, expected: unknown): void {
  seen.push([actual, expected]);
  expect(actual).toEqual(expected);
}
`,
);

describe("doc examples run and say the truth", () => {
  test("there is an example for every exported helper", () => {
    const all = examples.map((e) => e.code).join("\n");
    for (const helper of [
      "isMember",
      "membershipOn",
      "membersOn",
      "formerMembers",
      "chairOf",
      "chairOn",
      "secretaryGeneralOn",
      "resolveState",
      "summitsIn",
      "operationsOn",
      "appealsBy",
      "forcesOn",
      "exercisesIn",
      "eventsIn",
      "eventsOf",
      "dataset",
      "CstoError",
    ]) {
      expect(all, helper).toContain(helper);
    }
  });

  test.each(examples.map((e, i) => [e.where, i] as const))("%s", async (_where, i) => {
    const { source, assertions } = toModule(examples[i]!);
    expect(assertions, "an example must assert something with // =>").toBeGreaterThan(0);
    const file = `${outDir}example-${i}.ts`;
    writeFileSync(file, source);
    const check = (await import(`${outDir}check.ts`)) as { seen: unknown[][] };
    const before = check.seen.length;
    await import(file);
    expect(check.seen.length - before, "every // => line must run").toBe(assertions);
  });
});
