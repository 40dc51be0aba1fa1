// The `csto` executable: everything it does is in cli.ts, which the tests call directly.
import { run } from "./cli";

process.exitCode = run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  today: () => new Date(),
});
