// The console transcripts of the docs (README.md, docs/cli.md): every "$ csto ..." line in a
// ```console block is run, and what follows it must be exactly what csto prints, so that the
// examples cannot drift from the command line. test/cli-transcripts.test.ts checks them;
// this script rewrites them after a change to the command line or the data:
//
//   npx tsx scripts/cli-transcripts.ts            rewrite the outputs in place
//   npx tsx scripts/cli-transcripts.ts --check    exit 1 if one is out of date
//
// A command without a DAY would print today's answer; transcripts give a day, and are run as
// on the data's asOf day in case one does not.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { run } from "../src/cli";
import { dataset } from "../src/index";

/** The files whose console blocks are transcripts. */
export const TRANSCRIPT_FILES = ["README.md", "docs/cli.md"];
const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** "$ csto is-member UZ 2010-03-01" or "$ npx csto ...": the prompt and the program. */
const PROMPT = /^\$ (?:npx )?csto(?: |$)/;

/** One "$ csto ..." line and the output under it, by line index in the file. */
export interface Transcript {
  /** The line as written, without "$ ". */
  readonly command: string;
  /** The index of the "$" line. */
  readonly at: number;
  /** The output lines under it, as written. */
  readonly output: readonly string[];
}

/** The words of a command line as a POSIX shell splits them: spaces, "double" and 'single' quotes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of line) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else word = (word ?? "") + char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= "";
    } else if (char === " ") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote !== undefined) throw new Error(`unbalanced quote in: ${line}`);
  if (word !== undefined) words.push(word);
  return words;
}

/** Every transcript of a Markdown text: in ```console blocks, from a "$ csto" line to the next "$" line. */
export function transcriptsOf(markdown: string): Transcript[] {
  const lines = markdown.split("\n");
  const found: Transcript[] = [];
  let inConsole = false;
  let current: { command: string; at: number; output: string[] } | undefined;
  const close = () => {
    if (current === undefined) return;
    while (current.output.at(-1) === "") current.output.pop();
    found.push(current);
    current = undefined;
  };
  lines.forEach((line, index) => {
    if (line.startsWith("```")) {
      close();
      inConsole = !inConsole && line.trim() === "```console";
    } else if (inConsole && line.startsWith("$ ")) {
      close();
      if (PROMPT.test(line)) current = { command: line.slice(2), at: index, output: [] };
    } else if (current !== undefined) {
      current.output.push(line);
    }
  });
  return found;
}

/** What csto prints for a transcript's command: stdout, then stderr, as a terminal shows them. */
export function outputOf(command: string): string[] {
  const lines: string[] = [];
  const errors: string[] = [];
  const [, ...args] = shellWords(command.replace(/^npx /, ""));
  run(args, { out: (line) => lines.push(line), err: (line) => errors.push(line), today: () => new Date(dataset.asOf) });
  return [...lines, ...errors].join("\n").split("\n");
}

/** The Markdown text with every transcript's output replaced by what csto prints now. */
export function rewrite(markdown: string): string {
  const lines = markdown.split("\n");
  // From the last to the first, so that the line indices of the earlier ones stay right.
  for (const transcript of transcriptsOf(markdown).reverse()) {
    lines.splice(transcript.at + 1, transcript.output.length, ...outputOf(transcript.command));
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const file of TRANSCRIPT_FILES) {
    const path = `${ROOT}${file}`;
    const before = readFileSync(path, "utf8");
    const after = rewrite(before);
    if (after === before) continue;
    stale++;
    if (check) console.error(`${file}: a transcript is out of date; run npx tsx scripts/cli-transcripts.ts`);
    else writeFileSync(path, after);
  }
  if (check && stale > 0) process.exitCode = 1;
  else console.log(check ? "transcripts are up to date" : `rewrote the transcripts of ${stale} file(s)`);
}
