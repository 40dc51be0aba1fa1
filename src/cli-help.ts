// The command line's commands, as the help describes them: one table, from which the help
// texts, the argument counts and the --basis check are derived. src/cli.ts has one handler per
// command, typed from this table, so a command without its handler does not compile.
import { dataset } from "./index";

/** What the help says about a command, and what the command line checks from it. */
interface CommandSpec {
  /** Its arguments; an optional one in brackets ("[DAY]"). */
  readonly arguments: readonly string[];
  /** One line for the list of commands. */
  readonly summary: string;
  /** More, for `csto help COMMAND`. */
  readonly about: readonly string[];
  /** Whether --basis applies. */
  readonly basis: boolean;
  /** What its exit statuses mean. */
  readonly exit: string;
  /** Command lines to try. */
  readonly examples: readonly string[];
}

export const COMMANDS = {
  "is-member": {
    arguments: ["STATE", "[DAY]"],
    summary: "Was STATE a member on DAY?",
    about: [
      "Says yes or no, with the membership period behind the answer: member, suspended, former",
      "or never, and for a member that froze its participation, since when.",
    ],
    basis: true,
    exit: "0 yes, 1 no, 2 bad input",
    examples: ["csto is-member UZ 2010-03-01", "csto is-member Белоруссия 2024-01-01 --json"],
  },
  members: {
    arguments: ["[DAY]"],
    summary: "The members on DAY.",
    about: ["Lists the members by code. Before the first members on a basis, says from when it counts."],
    basis: true,
    exit: "0 members found, 1 none on that day and basis, 2 bad input",
    examples: ["csto members 2023-11-23", "csto members 1999-04-21 --basis organization"],
  },
  former: {
    arguments: [],
    summary: "The states that belonged once and no longer do.",
    about: ["Each with its status (former or suspended) and the day it began, as of the data's asOf day."],
    basis: true,
    exit: "0 found, 1 none, 2 bad input",
    examples: ["csto former", "csto former --basis organization"],
  },
  chair: {
    arguments: ["YEAR"],
    summary: "The chair of YEAR.",
    about: [
      'The chairmanship that covers most of the year. Approximate days are printed with "about";',
      "a disputed or approximate record is followed by its note, shortened (--json gives all of it).",
    ],
    basis: false,
    exit: "0 found, 1 none recorded for YEAR, 2 bad input",
    examples: ["csto chair 2023", "csto chair 2023 --json"],
  },
  summits: {
    arguments: ["[YEAR]"],
    summary: "The Council's sessions, all of them or those of YEAR.",
    about: ["Each with its day, its place (or video conference), its kind and its status."],
    basis: false,
    exit: "0 found, 1 none recorded for YEAR, 2 bad input",
    examples: ["csto summits 2022", "csto summits --json"],
  },
  sg: {
    arguments: ["[DAY]"],
    summary: "The Secretary-General on DAY.",
    about: ["The Secretary-General in office on that day, acting ones included."],
    basis: false,
    exit: "0 found, 1 none in office that day, 2 bad input",
    examples: ["csto sg 2017-03-01"],
  },
  operations: {
    arguments: ["[DAY]"],
    summary: "The operations and missions under way on DAY.",
    about: [
      "Each with its host and its steps: the request, the Council's decision, the first arrival, the end",
      'of the mission and the completed withdrawal ("about" before a day no source fixes).',
    ],
    basis: false,
    exit: "0 found, 1 none under way that day, 2 bad input",
    examples: ["csto operations 2022-01-10", "csto operations 2022-09-20 --json"],
  },
  appeals: {
    arguments: ["STATE"],
    summary: "The appeals STATE made to the CSTO for help or consultations.",
    about: ["Each with its day, the article of the treaty invoked, and what the organization did."],
    basis: false,
    exit: "0 found, 1 none recorded, 2 bad input",
    examples: ["csto appeals Armenia", "csto appeals KZ --json"],
  },
  forces: {
    arguments: ["[DAY]"],
    summary: "The collective forces that existed on DAY.",
    about: ["Each with the decision that created it and its agreement's signing and entry into force."],
    basis: false,
    exit: "0 found, 1 none that day, 2 bad input",
    examples: ["csto forces 2010-01-01", "csto forces --json"],
  },
  exercises: {
    arguments: ["YEAR"],
    summary: "The joint exercises of YEAR: held, planned, cancelled or unconfirmed.",
    about: ["Each with its days where known, its host, its status, and the states that refused."],
    basis: false,
    exit: "0 found, 1 none recorded for YEAR, 2 bad input",
    examples: ["csto exercises 2023", "csto exercises 2026 --json"],
  },
  events: {
    arguments: ["YEAR_OR_STATE"],
    summary: "The dated events of a year (2023), or those concerning a state (Armenia).",
    about: ["The timeline: legal milestones, statements and boycotts, talks."],
    basis: false,
    exit: "0 found, 1 none recorded, 2 bad input",
    examples: ["csto events 1999", "csto events Georgia --json"],
  },
  export: {
    arguments: ["TABLE"],
    summary: "A whole table, as CSV (--csv, the default) or JSON (--json), with sources and notes.",
    about: [
      "Prints exactly what data/csv/TABLE.csv (or data/TABLE.json) holds. TABLE is a file name of",
      "data/: states, memberships, chairmanships, summits, operations, sources, …",
    ],
    basis: false,
    exit: "0, or 2 for a table csto does not have",
    examples: ["csto export chairmanships > chairmanships.csv", "csto export summits --json"],
  },
  help: {
    arguments: ["[COMMAND]"],
    summary: "This help, or the help of one command.",
    about: ['The same as "csto --help" or "csto COMMAND --help".'],
    basis: false,
    exit: "0, or 2 for a command csto does not have",
    examples: ["csto help is-member"],
  },
} as const satisfies Record<string, CommandSpec>;

/** A command of the command line. */
export type Command = keyof typeof COMMANDS;

/** True when `name` is a command (its own key: "toString" is none). */
export const isCommand = (name: string): name is Command => Object.hasOwn(COMMANDS, name);

/** How many arguments a command takes: its required ones, and all of them. */
export function argumentCount(command: Command): { min: number; max: number } {
  const all: readonly string[] = COMMANDS[command].arguments;
  return { min: all.filter((argument) => !argument.startsWith("[")).length, max: all.length };
}

/** `csto is-member STATE [DAY]`. */
export const usageLine = (command: Command): string => ["csto", command, ...COMMANDS[command].arguments].join(" ");

/** The first day anyone was a member on a basis. */
export const firstMemberDay = (basis: string): string =>
  dataset.memberships
    .filter((period) => period.basis === basis)
    .map((period) => period.from)
    .sort()[0]!;

/** The options and arguments, as both helps describe them. */
function optionsAndArguments(): string[] {
  const languages = dataset.languages.map((language) => language.name);
  const languageList = `${languages.slice(0, -1).join(", ")} or ${languages.at(-1)}`;
  return [
    "Options:",
    "  --basis BASIS   treaty (the default: from the day a state signed the 1992 treaty)",
    `                  or organization (CSTO membership only, from ${firstMemberDay("organization")})`,
    '  --json          Print JSON; an error too, on stderr, as {"code": ..., "message": ...}.',
    "  --csv           Print CSV (export only; its default).",
    "  -h, --help      Show this help; with a command, the help of that command.",
    "  -v, --version   Show the package version and the data's asOf day.",
    "",
    `STATE is an ISO 3166-1 code (UZ, UZB) or a name in ${languageList}`,
    "(Uzbekistan, Узбекистан, Usbekistan, Kirghizia). DAY is YYYY-MM-DD; without one, today",
    "(your computer's UTC day). YEAR is a whole number such as 2023.",
  ];
}

/** `csto help`: every command, every option. */
export function generalHelp(): string {
  const names = Object.keys(COMMANDS) as Command[];
  const width = Math.max(...names.map((name) => usageLine(name).length)) - "csto ".length + 2;
  return [
    "Usage: csto COMMAND [ARGUMENTS] [OPTIONS]",
    "",
    "Answers dated questions about the Collective Security Treaty (1992) and the CSTO.",
    "",
    "Commands:",
    ...names.map((name) => `  ${usageLine(name).slice("csto ".length).padEnd(width)}${COMMANDS[name].summary}`),
    "",
    ...optionsAndArguments(),
    "",
    "Exit status: 0 yes or found, 1 no or nothing found, 2 bad input (the reason on stderr).",
    "",
    "Examples:",
    ...names.filter((name) => name !== "help").map((name) => `  ${COMMANDS[name].examples[0]}`),
    "",
    'Run "csto help COMMAND" for more about one command.',
  ].join("\n");
}

/** `csto help COMMAND`. */
export function commandHelp(command: Command): string {
  const spec = COMMANDS[command];
  const options = command === "help" ? [] : spec.basis ? ["[--basis BASIS]", "[--json]"] : ["[--json]"];
  return [
    `Usage: ${[usageLine(command), ...options].join(" ")}`,
    "",
    spec.summary,
    ...spec.about,
    "",
    ...(spec.basis || command === "help" ? [] : ["--basis does not apply.", ""]),
    `Exit status: ${spec.exit}.`,
    "",
    "Examples:",
    ...spec.examples.map((example) => `  ${example}`),
  ].join("\n");
}
