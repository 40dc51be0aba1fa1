// The `csto` command line. Node only; the library itself never imports node:.
//
// Exit status, the same rule for every command: 0 yes or found, 1 a plain no or nothing found,
// 2 bad input (the reason on stderr; with --json as {"code", "message"}).
import { readArguments, UsageError, wantsJson } from "./cli-args";
import {
  argumentCount,
  COMMANDS,
  type Command,
  commandHelp,
  firstMemberDay,
  generalHelp,
  isCommand,
  usageLine,
} from "./cli-help";
import { dayOfText, dayString, toDayNumber } from "./days";
import {
  type Appeal,
  appealsBy,
  type Basis,
  type Chairmanship,
  chairOf,
  type CollectiveForce,
  dataset,
  eventsIn,
  eventsOf,
  type Exercise,
  exercisesIn,
  forcesOn,
  formerMembers,
  isMember,
  membershipOn,
  type MembershipStatus,
  membersOn,
  noteOf,
  type Operation,
  operationsOn,
  type Phase,
  resolveState,
  secretaryGeneralOn,
  type SourcedRecord,
  sourcesOf,
  summitsIn,
} from "./index";
import { EXPORT_TABLES, exportTable } from "./export";
import { closestMatch } from "./suggest";

/** Where the command writes, and what "today" is; the tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  today(): Date;
}

/** Exit status 0: yes, or what was asked for was found. */
const FOUND = 0;
/** Exit status 1: a plain no, or nothing recorded. */
const NOT_FOUND = 1;
/** Exit status 2: bad input, the reason on stderr. */
const BAD_INPUT = 2;
/** The code of a usage mistake in a --json error (the library's errors keep theirs). */
const USAGE = "USAGE";
/** A record's note is printed in text mode up to this many characters. */
const NOTE_LENGTH = 160;

/** What a command's handler gets. */
interface Context {
  readonly command: Command;
  /** The command's arguments. */
  readonly args: readonly string[];
  readonly options: { readonly basis: Basis } | undefined;
  /** Prints `json` under --json, `text` otherwise. */
  readonly print: (json: unknown, text: string) => void;
  /** Prints text as it is, whatever the options (export's CSV or JSON). */
  readonly write: (text: string) => void;
  /** --csv or --json as given. */
  readonly format: { readonly csv: boolean; readonly json: boolean };
  readonly today: () => Date;
}
type Handler = (context: Context) => number;

const nameOf = (code: string) => `${resolveState(code).names.en} (${code})`;
const range = (record: { from: string; until: string | null }) =>
  record.until === null ? `since ${record.from}` : `from ${record.from} until ${record.until}`;
/** "a, b, and c". */
const listed = (items: readonly string[]) => new Intl.ListFormat("en").format(items);
/** An argument as a shell would need it typed again. */
const quoted = (arg: string) => (/^[\p{L}\p{N}_.:/=+-]+$/u.test(arg) ? arg : JSON.stringify(arg));

/** A DAY argument as YYYY-MM-DD: as typed (refused in a day's own words), or today's UTC day. */
const dayArgument = (text: string | undefined, today: () => Date): string =>
  dayString(text === undefined ? toDayNumber(today()) : dayOfText(text));

/** A year argument: up to 15 digits (which Number() keeps exact) become a number; anything
 * else, a longer number too, goes to the library as is, so that its INVALID_YEAR message
 * quotes the text the user typed. */
const yearArgument = (text: string): number => (/^\d{1,15}$/.test(text) ? Number(text) : (text as unknown as number));

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

/**
 * True for a record whose reader needs its note: disputed, unverified, or with an approximate day.
 *
 * @internal
 */
export const needsNote = (record: object): boolean =>
  Object.entries(record).some(
    ([field, value]) =>
      (field === "confidence" && (value === "disputed" || value === "unverified")) ||
      (field.startsWith("approximate") && value === true),
  );

/**
 * A note as the text answer prints it: whole up to {@link NOTE_LENGTH} characters, else cut at
 * the last space before that (or at that length, in a word longer than it), followed by the
 * command that prints all of it.
 *
 * @internal
 */
export function shortNote(note: string, again: string): string {
  if (note.length <= NOTE_LENGTH) return note;
  const space = note.lastIndexOf(" ", NOTE_LENGTH);
  return `${note.slice(0, space === -1 ? NOTE_LENGTH : space)}… (all of it: ${again})`;
}

/** The note of a disputed or approximate record on a line of its own; nothing otherwise. */
function noteLine(record: SourcedRecord, context: Context, indent = ""): string {
  const note = needsNote(record) ? noteOf(record) : undefined;
  if (note === undefined) return "";
  const again = ["csto", context.command, ...context.args.map(quoted), "--json"].join(" ");
  return `\n${indent}note: ${shortNote(note, again)}`;
}

function describeStatus(answer: MembershipStatus, context: Context): string {
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
  return line + (answer.period ? noteLine(answer.period, context) : "") + afterAsOf(answer.day);
}

/** Why nobody was a member on a day: before the first members on that basis, from when it counts. */
function noMembers(day: string, basis: Basis): string {
  const lines = [`No state was a member on ${day} (${basis} basis).`];
  const first = firstMemberDay(basis);
  if (day < first) {
    lines.push(`The ${basis} basis counts from ${first}.`);
    lines.push(...dataset.events.filter((event) => event.date === first).map((event) => `${first}: ${event.title}`));
    // Only the organization basis can be empty on a day the treaty had members.
    const treatyMembers = membersOn(day);
    if (treatyMembers.length > 0) {
      lines.push(`The 1992 treaty had ${treatyMembers.length} members that day: csto members ${day} --basis treaty`);
    }
  }
  return lines.join("\n");
}

/** The basis a command answers on: the one given, or the library's default. */
const basisOf = (context: Context): Basis => context.options?.basis ?? "treaty";
/** FOUND for a list with something in it, NOT_FOUND for an empty one. */
const statusOf = (list: readonly unknown[]) => (list.length === 0 ? NOT_FOUND : FOUND);

function describeChair(year: number, chair: Chairmanship, context: Context): string {
  const from = `${chair.approximateFrom ? "about " : ""}${chair.from}`;
  const until = chair.until === null ? "" : ` until ${chair.approximateUntil ? "about " : ""}${chair.until}`;
  const flags = [chair.temporary ? "temporary" : "", chair.confidence !== "confirmed" ? chair.confidence : ""]
    .filter(Boolean)
    .join(", ");
  return `${year}: ${nameOf(chair.state)}, chair from ${from}${until}${flags ? ` (${flags})` : ""}${noteLine(chair, context)}`;
}

/** A phase's day, with "about" where no source fixes it; "-" for a step that did not happen. */
const phaseText = (phase: Phase | null): string =>
  phase === null
    ? "-"
    : `${phase.approximate ? "about " : ""}${phase.day}${phase.latest ? ` (by ${phase.latest})` : ""}`;

function describeOperation(operation: Operation, context: Context): string {
  const steps = [
    `requested ${phaseText(operation.requested)}`,
    `decided ${phaseText(operation.decided)}`,
    `arrived ${phaseText(operation.arrived)}`,
    `mission ended ${phaseText(operation.missionEnded)}`,
    `withdrawn ${phaseText(operation.withdrawn)}`,
  ];
  return `${operation.name.en} (${operation.kind}, in ${nameOf(operation.host)}): ${steps.join(", ")}${noteLine(operation, context, "  ")}`;
}

const ARTICLES: Readonly<Record<Appeal["article"], string>> = {
  "2": "Article 2 (consultations)",
  "4": "Article 4 (collective defence)",
  "none-cited": "no article cited",
  disputed: "the article is disputed",
};

function describeAppeal(appeal: Appeal, context: Context): string {
  const response = `${appeal.response}${appeal.responseDay ? ` on ${phaseText(appeal.responseDay)}` : ""}`;
  return `${phaseText(appeal.day)}  ${appeal.about}; ${ARTICLES[appeal.article]}; answer: ${response}${noteLine(appeal, context, "  ")}`;
}

function describeForce(force: CollectiveForce, context: Context): string {
  const abbreviation = force.abbreviation === null ? "" : ` (${force.abbreviation.en})`;
  const steps = `decided ${phaseText(force.decided)}, agreement signed ${phaseText(force.agreementSigned)}, in force ${phaseText(force.agreementInForce)}`;
  return `${force.name.en}${abbreviation}: ${steps}${noteLine(force, context, "  ")}`;
}

function describeExercise(exercise: Exercise, context: Context): string {
  const days = exercise.start === null ? "days unknown" : `${phaseText(exercise.start)} to ${phaseText(exercise.end)}`;
  const host = exercise.host === null ? "" : `, in ${exercise.host}`;
  const refused = exercise.refused.map((r) => `${r.state} refused to ${r.what}`).join(", ");
  return `${exercise.name.en}: ${days}${host}, ${exercise.status}${refused ? `; ${refused}` : ""}${noteLine(exercise, context, "  ")}`;
}

/** One handler per command: a command of COMMANDS without its handler does not compile. */
const HANDLERS: { readonly [Name in Command]: Handler } = {
  "is-member": (context) => {
    const state = resolveState(context.args[0]!);
    const day = dayArgument(context.args[1], context.today);
    const member = isMember(state, day, context.options);
    const answer = membershipOn(state, day, context.options);
    const period = answer.period ? { period: withNote(answer.period) } : {};
    context.print({ member, ...answer, ...period }, describeStatus(answer, context));
    return member ? FOUND : NOT_FOUND;
  },
  members: (context) => {
    const day = dayArgument(context.args[0], context.today);
    const members = membersOn(day, context.options);
    const basis = basisOf(context);
    const text =
      members.length === 0
        ? noMembers(day, basis)
        : [
            `${members.length} members on ${day} (${basis} basis):`,
            ...members.map((s) => `  ${s.code}  ${s.names.en}`),
          ].join("\n");
    context.print(
      { day, basis, afterAsOf: day > dataset.asOf, members: members.map((s) => ({ code: s.code, name: s.names.en })) },
      text + afterAsOf(day),
    );
    return statusOf(members);
  },
  former: (context) => {
    const rows = formerMembers(context.options).map((f) => ({ ...f, name: resolveState(f.code).names.en }));
    const lines = rows.map((r) => `${r.code}  ${r.name}: ${r.status} since ${r.since}`);
    context.print(rows, lines.join("\n") || `No state has left (${basisOf(context)} basis).`);
    return statusOf(rows);
  },
  chair: (context) => {
    const year = yearArgument(context.args[0]!);
    const chair = chairOf(year);
    if (chair === undefined) {
      context.print(null, `No chairmanship is recorded for ${year}.`);
      return NOT_FOUND;
    }
    context.print(withNote(chair), describeChair(year, chair, context));
    return FOUND;
  },
  summits: (context) => {
    const yearText = context.args[0];
    const list = yearText === undefined ? dataset.summits : summitsIn(yearArgument(yearText));
    const lines = list.map((s) => {
      const place = s.city === null ? "video conference" : `${s.city.en}${s.host ? ` (${s.host})` : ""}`;
      return `${s.date}  ${place}  ${s.kind}, ${s.status}${noteLine(s, context, "  ")}`;
    });
    const dates = dataset.summits.map((s) => s.date);
    const none = `No Council session is recorded for ${yearText}; csto records them from ${dates[0]} to ${dates.at(-1)}.`;
    context.print(list.map(withNote), lines.join("\n") || none);
    return statusOf(list);
  },
  sg: (context) => {
    const day = dayArgument(context.args[0], context.today);
    const term = secretaryGeneralOn(day);
    if (term === undefined) {
      const first = dataset.secretariesGeneral[0]!.from;
      context.print(null, `No Secretary-General is recorded for ${day}; the first took office on ${first}.`);
      return NOT_FOUND;
    }
    const acting = term.acting ? "acting " : "";
    const text = `${term.name.en} (${term.state}), ${acting}Secretary-General ${range(term)}`;
    context.print(withNote(term), text + noteLine(term, context) + afterAsOf(day));
    return FOUND;
  },
  operations: (context) => {
    const day = dayArgument(context.args[0], context.today);
    const list = operationsOn(day);
    const lines = list.map((operation) => describeOperation(operation, context));
    context.print(list.map(withNote), (lines.join("\n") || `No operation was under way on ${day}.`) + afterAsOf(day));
    return statusOf(list);
  },
  appeals: (context) => {
    const state = resolveState(context.args[0]!);
    const list = appealsBy(state);
    const lines = list.map((appeal) => describeAppeal(appeal, context));
    context.print(list.map(withNote), lines.join("\n") || `No appeal of ${nameOf(state.code)} is recorded.`);
    return statusOf(list);
  },
  forces: (context) => {
    const day = dayArgument(context.args[0], context.today);
    const list = forcesOn(day);
    const lines = list.map((force) => describeForce(force, context));
    context.print(list.map(withNote), (lines.join("\n") || `No collective force existed on ${day}.`) + afterAsOf(day));
    return statusOf(list);
  },
  exercises: (context) => {
    const list = exercisesIn(yearArgument(context.args[0]!));
    const lines = list.map((exercise) => describeExercise(exercise, context));
    context.print(list.map(withNote), lines.join("\n") || `No exercise is recorded for ${context.args[0]}.`);
    return statusOf(list);
  },
  events: (context) => {
    const text = context.args[0]!;
    const list = /^\d{1,4}$/.test(text) ? eventsIn(Number(text)) : eventsOf(resolveState(text));
    const lines = list.map((event) => `${event.date}  ${event.title}${noteLine(event, context, "  ")}`);
    context.print(list.map(withNote), lines.join("\n") || `No event is recorded for ${text}.`);
    return statusOf(list);
  },
  export: (context) => {
    const table = context.args[0]!;
    if (context.format.csv && context.format.json) throw new UsageError("export takes --csv or --json, not both.");
    const text = exportTable(table, context.format.json ? "json" : "csv");
    if (text === undefined) {
      const closest = closestMatch(
        table,
        EXPORT_TABLES.map((name) => [name, name] as const),
      );
      const hint = closest === undefined ? "" : ` Did you mean "${closest}"?`;
      throw new UsageError(
        `unknown table ${JSON.stringify(table)}; the tables are ${EXPORT_TABLES.join(", ")}.${hint}`,
      );
    }
    // The line end the output adds is the text's last one (CRLF in CSV).
    context.write(text.replace(/\r?\n$/, ""));
    return FOUND;
  },
  help: (context) => {
    const topic = context.args[0];
    context.print(null, topic === undefined ? generalHelp() : commandHelp(commandNamed(topic)));
    return FOUND;
  },
};

/** The command of that name, or a usage error with the one it is clearly closest to. */
function commandNamed(name: string): Command {
  if (isCommand(name)) return name;
  const closest = closestMatch(
    name,
    Object.keys(COMMANDS).map((command) => [command, command] as const),
  );
  const hint = closest === undefined ? "." : `; did you mean "${closest}"?`;
  throw new UsageError(`unknown command ${JSON.stringify(name)}${hint} Run "csto help" for the commands.`);
}

/** Refuses a wrong number of arguments, naming what is missing or what is extra. */
function checkArgumentCount(command: Command, args: readonly string[]): void {
  const { min, max } = argumentCount(command);
  const usage = `Usage: ${usageLine(command)}`;
  if (args.length < min) {
    const missing = listed(COMMANDS[command].arguments.slice(args.length, min));
    throw new UsageError(`${command} needs ${missing}. ${usage}`);
  }
  if (args.length > max) {
    const takes = max === 0 ? "no arguments" : `at most ${max} argument${max === 1 ? "" : "s"}`;
    throw new UsageError(
      `${command} takes ${takes}, but was given ${args.length}: ${args.map(quoted).join(" ")}. ${usage}`,
    );
  }
}

/** Runs the command line with `args` (without "node" and the script) and returns the exit status. */
export function run(args: string[], io: Io): number {
  const json = wantsJson(args);
  try {
    const given = readArguments(args);
    if (given.version) {
      io.out(
        json
          ? JSON.stringify({ version: dataset.version, asOf: dataset.asOf })
          : `csto ${dataset.version} (data as of ${dataset.asOf})`,
      );
      return FOUND;
    }
    const [name, ...rest] = given.positionals;
    if (name === undefined) {
      if (given.help) {
        io.out(generalHelp());
        return FOUND;
      }
      if (!json) {
        io.err(generalHelp());
        return BAD_INPUT;
      }
      throw new UsageError(`no command given. Run "csto help" for the commands.`);
    }
    const command = commandNamed(name);
    if (given.help) {
      io.out(commandHelp(command));
      return FOUND;
    }
    checkArgumentCount(command, rest);
    if (given.basis !== undefined && !COMMANDS[command].basis) {
      const applies = (Object.keys(COMMANDS) as Command[]).filter((other) => COMMANDS[other].basis);
      throw new UsageError(`--basis does not apply to ${command}; it applies to ${listed(applies)}.`);
    }
    if (given.csv && command !== "export") throw new UsageError("--csv applies to export only.");
    const options = given.basis === undefined ? undefined : { basis: given.basis as Basis };
    const print = (value: unknown, text: string) =>
      io.out(json && command !== "help" ? JSON.stringify(value, null, 2) : text);
    const write = (text: string) => io.out(text);
    const format = { csv: given.csv, json };
    return HANDLERS[command]({ command, args: rest, options, print, write, format, today: () => io.today() });
  } catch (error) {
    // By name, not instanceof: dist/cli.js has its own copy of the day parser, whose errors
    // come from its own copy of CstoError (as the docs advise users: check the code, not the class).
    const code =
      error instanceof UsageError
        ? USAGE
        : error instanceof Error && error.name === "CstoError"
          ? (error as { code?: string }).code
          : undefined;
    if (code === undefined) throw error;
    const message = (error as Error).message;
    io.err(json ? JSON.stringify({ code, message }) : `csto: ${message}`);
    return BAD_INPUT;
  }
}
