// The `csto` command line. Node only (node:util); the library itself never imports node:.
import { parseArgs } from "node:util";
import { dayString, toDayNumber } from "./days";
import { EXPORT_TABLES, exportTable } from "./export";
import {
  chairOf,
  dataset,
  formerMembers,
  isMember,
  membersOn,
  membershipOn,
  noteOf,
  sourcesOf,
  type SourcedRecord,
  resolveState,
  secretaryGeneralOn,
  summitsIn,
  type Basis,
  type Chairmanship,
  type MembershipStatus,
} from "./index";

/** Where the command writes, and what "today" is; the tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  today(): Date;
}

const HELP = `Usage: csto <command> [arguments] [options]

Answers dated questions about the Collective Security Treaty (1992) and the CSTO.

Commands:
  is-member STATE DAY   Was STATE a member on DAY? Exit 0 for yes, 1 for no.
  members [DAY]         The members on DAY (default: today).
  former                The states that belonged once and no longer do.
  chair YEAR            The chair of YEAR. Exit 1 when none is recorded.
  summits [YEAR]        The Council's sessions, all of them or those of YEAR.
  sg [DAY]              The Secretary-General on DAY (default: today). Exit 1 when none.
  export TABLE          A table as tidy CSV (default, or --csv) or JSON (--json), with
                        each record's sources and note: memberships, country-ids, ...

Options:
  --basis BASIS   treaty (default: from the day a state signed the 1992 treaty)
                  or organization (CSTO membership only, from 2003-09-18)
  --json          Print JSON instead of text.
  --csv           Print CSV (export only; its default).
  -h, --help      Show this help.
  -v, --version   Show the package version and the data's asOf day.

STATE is an ISO 3166-1 code (UZ, UZB) or a name in English, Russian or German
(Uzbekistan, Узбекистан, Usbekistan). DAY is YYYY-MM-DD.
Exit status: 0 yes or success, 1 a plain no, 2 bad input (the reason on stderr).

Examples:
  csto is-member UZ 2010-03-01
  csto is-member Белоруссия 2024-01-01 --json
  csto chair 2023
  csto members 1999-04-21 --basis treaty`;

/** A usage mistake: exit 2 with the message, like a CstoError. */
class UsageError extends Error {}

/** Each command: how many arguments it takes, its usage line, and whether --basis applies. */
const COMMANDS = {
  "is-member": { min: 2, max: 2, usage: "csto is-member STATE DAY", basis: true },
  members: { min: 0, max: 1, usage: "csto members [DAY]", basis: true },
  former: { min: 0, max: 0, usage: "csto former", basis: true },
  chair: { min: 1, max: 1, usage: "csto chair YEAR", basis: false },
  summits: { min: 0, max: 1, usage: "csto summits [YEAR]", basis: false },
  sg: { min: 0, max: 1, usage: "csto sg [DAY]", basis: false },
  export: { min: 1, max: 1, usage: "csto export TABLE [--csv | --json]", basis: false },
} as const satisfies Record<string, { min: number; max: number; usage: string; basis: boolean }>;

type Command = keyof typeof COMMANDS;
const isCommand = (name: string): name is Command => Object.hasOwn(COMMANDS, name);

const nameOf = (code: string) => `${resolveState(code).names.en} (${code})`;
const range = (record: { from: string; until: string | null }) =>
  record.until === null ? `since ${record.from}` : `from ${record.from} until ${record.until}`;

/** A year argument: up to 15 digits (which Number() keeps exact) become a number; anything
 * else, a longer number too, goes to the library as is, so that its INVALID_YEAR message
 * quotes the text the user typed. */
const yearArgument = (text: string): number => (/^\d{1,15}$/.test(text) ? Number(text) : (text as unknown as number));

function describeStatus(answer: MembershipStatus): string {
  const who = nameOf(answer.state);
  const basis = `${answer.basis} basis`;
  let line: string;
  if (answer.status === "member") {
    line = `yes: ${who} was a member on ${answer.day} (${basis}, ${range(answer.period!)})`;
    if (answer.participationFact) {
      line += `; its participation is ${answer.participation} since ${answer.participationFact.from}, without leaving`;
    }
  } else if (answer.status === "never") {
    const periods = dataset.memberships.filter((p) => p.state === answer.state && p.basis === answer.basis);
    line = !dataset.states.some((s) => s.code === answer.state)
      ? `no: ${who} never took part in the treaty or the CSTO`
      : periods.length === 0
        ? `no: ${who} was never a member of the CSTO (${basis})`
        : `no: ${who} was not yet a member on ${answer.day} (${basis})`;
  } else {
    line = `no: ${who} was ${answer.status === "suspended" ? "suspended" : "a former member"} on ${answer.day} (${basis}; no longer a member from ${answer.period!.until})`;
  }
  return line + afterAsOf(answer.day);
}

/** The line a text answer ends with when its day lies after asOf; nothing otherwise. */
const afterAsOf = (day: string) =>
  day > dataset.asOf
    ? `\nnote: ${day} is after ${dataset.asOf}, the last day the data was checked; the answer assumes nothing changed since.`
    : "";

/** A record for --json: as the library returns it, with the ids of its sources and its note
 * (the CLI is no bundle). JSON.stringify leaves out a note that is undefined. */
const withNote = <T extends SourcedRecord>(record: T) => ({
  ...record,
  sources: sourcesOf(record).map((source) => source.id),
  note: noteOf(record),
});

function describeChair(year: number, chair: Chairmanship): string {
  const from = `${chair.approximateFrom ? "about " : ""}${chair.from}`;
  const until = chair.until === null ? "" : ` until ${chair.approximateUntil ? "about " : ""}${chair.until}`;
  const flags = [chair.temporary ? "temporary" : "", chair.confidence !== "confirmed" ? chair.confidence : ""]
    .filter(Boolean)
    .join(", ");
  return `${year}: ${nameOf(chair.state)}, chair from ${from}${until}${flags ? ` (${flags})` : ""}`;
}

/**
 * Runs the command line with `args` (without "node" and the script) and returns the exit
 * status: 0 yes or success, 1 a plain no, 2 bad input.
 */
export function run(args: string[], io: Io): number {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        csv: { type: "boolean", default: false },
        basis: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (values.version) {
      io.out(
        values.json
          ? JSON.stringify({ version: dataset.version, asOf: dataset.asOf })
          : `csto ${dataset.version} (data as of ${dataset.asOf})`,
      );
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command === undefined) {
      io.err(HELP);
      return 2;
    }
    if (!isCommand(command)) throw new UsageError(`unknown command "${command}"; run csto --help for the list.`);
    const spec = COMMANDS[command];
    if (rest.length < spec.min || rest.length > spec.max) throw new UsageError(`usage: ${spec.usage}`);
    if (values.basis !== undefined && !spec.basis) {
      throw new UsageError(`--basis does not apply to ${command}; it applies to is-member, members and former.`);
    }
    if (values.csv && command !== "export") throw new UsageError("--csv applies to export only.");
    const options = values.basis === undefined ? undefined : { basis: values.basis as Basis };
    const print = (json: unknown, text: string) => io.out(values.json ? JSON.stringify(json, null, 2) : text);
    const today = () => io.today();

    switch (command) {
      case "is-member": {
        const state = resolveState(rest[0]!);
        const member = isMember(state, rest[1]!, options);
        const answer = membershipOn(state, rest[1]!, options);
        print(
          { member, ...answer, ...(answer.period ? { period: withNote(answer.period) } : {}) },
          describeStatus(answer),
        );
        return member ? 0 : 1;
      }
      case "members": {
        const members = membersOn(rest[0] ?? today(), options);
        const day = dayString(toDayNumber(rest[0] ?? today()));
        const basis = options?.basis ?? "treaty";
        print(
          {
            day,
            basis,
            afterAsOf: day > dataset.asOf,
            members: members.map((s) => ({ code: s.code, name: s.names.en })),
          },
          [
            `${members.length} members on ${day} (${basis} basis):`,
            ...members.map((s) => `  ${s.code}  ${s.names.en}`),
          ].join("\n") + afterAsOf(day),
        );
        return 0;
      }
      case "former": {
        const rows = formerMembers(options).map((f) => ({ ...f, name: resolveState(f.code).names.en }));
        print(rows, rows.map((r) => `${r.code}  ${r.name}: ${r.status} since ${r.since}`).join("\n"));
        return 0;
      }
      case "chair": {
        const year = yearArgument(rest[0]!);
        const chair = chairOf(year);
        if (chair === undefined) {
          print(null, `No chairmanship is recorded for ${year}.`);
          return 1;
        }
        print(withNote(chair), describeChair(year, chair));
        return 0;
      }
      case "summits": {
        const list = rest[0] === undefined ? dataset.summits : summitsIn(yearArgument(rest[0]));
        print(
          list.map(withNote),
          list
            .map((s) => {
              const place = s.city === null ? "video conference" : `${s.city.en}${s.host ? ` (${s.host})` : ""}`;
              return `${s.date}  ${place}  ${s.kind}, ${s.status}`;
            })
            .join("\n") || "No sessions are recorded for that year.",
        );
        return 0;
      }
      case "sg": {
        const day = dayString(toDayNumber(rest[0] ?? today()));
        const term = secretaryGeneralOn(day);
        if (term === undefined) {
          print(null, "No Secretary-General is recorded for that day.");
          return 1;
        }
        print(
          withNote(term),
          `${term.name.en} (${term.state}), ${term.acting ? "acting " : ""}Secretary-General ${range(term)}${afterAsOf(day)}`,
        );
        return 0;
      }
      case "export": {
        if (values.csv && values.json) throw new UsageError("export takes --csv or --json, not both.");
        const text = exportTable(rest[0]!, values.json ? "json" : "csv");
        if (text === undefined) {
          throw new UsageError(`unknown table "${rest[0]}"; the tables are ${EXPORT_TABLES.join(", ")}.`);
        }
        io.out(text.replace(/\r?\n$/, ""));
        return 0;
      }
      default: {
        // A command in COMMANDS without its case here is a compile error (command is never).
        const unhandled: never = command;
        throw new Error(`csto: no case for the command ${JSON.stringify(unhandled)}`);
      }
    }
  } catch (error) {
    // By name, not instanceof: dist/cli.js has its own copy of the day parser, whose errors
    // come from its own copy of CstoError (as the docs advise users: check the code, not the class).
    if ((error instanceof Error && error.name === "CstoError") || error instanceof UsageError) {
      io.err(`csto: ${error.message}`);
      return 2;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`csto: ${error.message}; run csto --help for usage.`);
      return 2;
    }
    throw error;
  }
}
