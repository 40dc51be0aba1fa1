// Prints how long importing the module given as argument takes, in milliseconds, in this
// fresh process (Node's own start-up is not counted). Used by bench/run.ts.
import { pathToFileURL } from "node:url";

const start = process.hrtime.bigint();
await import(pathToFileURL(process.argv[2]).href);
console.log(Number(process.hrtime.bigint() - start) / 1e6);
