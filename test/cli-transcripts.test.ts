// The console transcripts of README.md and docs/cli.md are what csto prints: each "$ csto"
// line is run and compared with the lines under it. After a change, rewrite them with
// `npx tsx scripts/cli-transcripts.ts`.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { outputOf, rewrite, shellWords, TRANSCRIPT_FILES, transcriptsOf } from "../scripts/cli-transcripts";

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8");

describe.each(TRANSCRIPT_FILES)("%s", (file) => {
  const transcripts = transcriptsOf(read(file));
  test("has transcripts", () => {
    expect(transcripts.length).toBeGreaterThan(0);
  });
  test.each(transcripts.map((t) => [t.command, t] as const))("$ %s", (_command, transcript) => {
    expect(transcript.output.join("\n")).toBe(outputOf(transcript.command).join("\n"));
  });
});

describe("the transcript reader", () => {
  const markdown = [
    "text",
    "```console",
    "$ csto chair 2004",
    "old output",
    "",
    "$ npx csto chair 2009",
    "",
    "$ ls",
    "not csto",
    "```",
    "$ csto chair 2004",
    "outside a console block",
    "```sh",
    "$ csto chair 2004",
    "```",
  ].join("\n");
  test("finds each $ csto line of a console block and the output under it", () => {
    expect(transcriptsOf(markdown)).toEqual([
      { command: "csto chair 2004", at: 2, output: ["old output"] },
      { command: "npx csto chair 2009", at: 5, output: [] },
    ]);
  });
  test("rewrites the outputs and leaves everything else", () => {
    const rewritten = rewrite(markdown).split("\n");
    expect(rewritten.slice(0, 4)).toEqual(["text", "```console", "$ csto chair 2004", outputOf("csto chair 2004")[0]]);
    expect(rewritten).toContain("not csto");
    expect(rewritten).toContain("outside a console block");
    expect(rewrite(rewrite(markdown))).toBe(rewrite(markdown));
  });
  test.each([
    ["csto is-member UZ 2010-03-01", ["csto", "is-member", "UZ", "2010-03-01"]],
    ['csto is-member "Kyrgyz Republic" 2020-01-01', ["csto", "is-member", "Kyrgyz Republic", "2020-01-01"]],
    ["csto is-member 'Côte d’Ivoire'  2020-01-01", ["csto", "is-member", "Côte d’Ivoire", "2020-01-01"]],
    ['csto is-member "" x', ["csto", "is-member", "", "x"]],
  ])("splits %j as a shell would", (line, words) => {
    expect(shellWords(line)).toEqual(words);
  });
  test("an unbalanced quote is an error in the docs", () => {
    expect(() => shellWords('csto is-member "Kyrgyz')).toThrow("unbalanced quote");
  });
});
