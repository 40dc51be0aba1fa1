// The command line's argument reader. Its own, rather than node:util's parseArgs, so that
// every mistake is told in csto's words (parseArgs' messages quote unevenly and advise "--"),
// and so that a negative number or day ("chair -5") reaches the library as an argument, to be
// refused there as a year or a day.
import { closestMatch } from "./suggest";

/** A mistake in how csto was called: exit status 2, with the message on stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** What the command line was given. */
export interface Arguments {
  /** The command and its arguments, in order. */
  readonly positionals: readonly string[];
  /** `--json`: print JSON, errors included. */
  readonly json: boolean;
  /** `--csv`: print CSV (export only). */
  readonly csv: boolean;
  /** `--basis`, as typed (the library checks the value). */
  readonly basis: string | undefined;
  /** `--help` or `-h`. */
  readonly help: boolean;
  /** `--version` or `-v`. */
  readonly version: boolean;
}

type Flag = "json" | "csv" | "help" | "version";

/** The options that take no value, by every name they go by. */
const FLAGS: Readonly<Record<string, Flag>> = {
  "--json": "json",
  "--csv": "csv",
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-v": "version",
};
/** The one option that takes a value. */
const BASIS = "--basis";
/** After it, every argument is an argument, even one that starts with "-". */
const END_OF_OPTIONS = "--";
/** "-5", "-2020-01-01": a number or a day with a minus sign, an argument rather than an option. */
const NEGATIVE_NUMBER = /^-\d/;

const looksLikeOption = (arg: string) => arg.startsWith("-") && arg !== "-" && !NEGATIVE_NUMBER.test(arg);

/** The message for an option csto does not have, with the one it is clearly closest to. */
function unknownOption(name: string): UsageError {
  const closest = closestMatch(
    name,
    [...Object.keys(FLAGS), BASIS].map((option) => [option, option] as const),
  );
  const hint = closest === undefined ? "." : `; did you mean ${closest}?`;
  return new UsageError(`unknown option ${JSON.stringify(name)}${hint} Run "csto help" for the options.`);
}

/**
 * Reads the arguments of the command line (without "node" and the script).
 *
 * @throws {@link UsageError} for an unknown option, a value given to an option that takes
 *   none (`--json=yes`), or `--basis` without a value or given twice
 */
export function readArguments(args: readonly string[]): Arguments {
  const positionals: string[] = [];
  const flags: Record<Flag, boolean> = { json: false, csv: false, help: false, version: false };
  let basis: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === END_OF_OPTIONS) {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!looksLikeOption(arg)) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const value = equals === -1 ? undefined : arg.slice(equals + 1);
    const flag = Object.hasOwn(FLAGS, name) ? FLAGS[name] : undefined;
    if (flag !== undefined) {
      if (value !== undefined) throw new UsageError(`${name} takes no value, but was given ${JSON.stringify(value)}.`);
      flags[flag] = true;
    } else if (name === BASIS) {
      const next = args[i + 1];
      const given = value ?? (next === undefined || looksLikeOption(next) ? undefined : args[++i]);
      if (given === undefined || given === "") throw new UsageError(`${BASIS} needs a value: treaty or organization.`);
      if (basis !== undefined) throw new UsageError(`${BASIS} is given twice.`);
      basis = given;
    } else {
      throw unknownOption(name);
    }
  }
  return { positionals, basis, ...flags };
}

/**
 * True when the user asked for JSON, even if the arguments hold a mistake: the error is then
 * written as JSON too.
 */
export function wantsJson(args: readonly string[]): boolean {
  const end = args.indexOf(END_OF_OPTIONS);
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--json" || arg.startsWith("--json="));
}
