// The `csto` executable: everything it does is in cli.ts, which the tests call directly.
import { run } from "./cli";

/** Exit status 3: csto itself failed (a bug, or output it could not write), never a "no". */
const FAILED = 3;

try {
  process.exitCode = run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    today: () => new Date(),
  });
} catch (error) {
  process.stderr.write(`csto: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = FAILED;
}
