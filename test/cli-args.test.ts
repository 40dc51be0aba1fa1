// The command line's argument reader, on its own: what each argument becomes.
import { describe, expect, test } from "vitest";
import { readArguments, UsageError, wantsJson } from "../src/cli-args";

const none = { positionals: [], json: false, csv: false, help: false, version: false, basis: undefined };

describe("readArguments", () => {
  test("nothing", () => {
    expect(readArguments([])).toEqual(none);
  });
  test.each<[string[], object]>([
    [["--json"], { json: true }],
    [["--help"], { help: true }],
    [["-h"], { help: true }],
    [["--version"], { version: true }],
    [["-v"], { version: true }],
    [["--json", "--json"], { json: true }],
    [["--basis", "organization"], { basis: "organization" }],
    [["--basis=organization"], { basis: "organization" }],
    [["--basis", "nato"], { basis: "nato" }],
    [["chair", "2023"], { positionals: ["chair", "2023"] }],
    [["chair", "-5"], { positionals: ["chair", "-5"] }],
    [["sg", "-2020-01-01"], { positionals: ["sg", "-2020-01-01"] }],
    [["sg", "-"], { positionals: ["sg", "-"] }],
    [["is-member", "UZ", "--", "--json", "-h"], { positionals: ["is-member", "UZ", "--json", "-h"] }],
    [
      ["is-member", "--basis", "treaty", "UZ", "2020-01-01"],
      { positionals: ["is-member", "UZ", "2020-01-01"], basis: "treaty" },
    ],
    [["members", "--basis", "-5"], { positionals: ["members"], basis: "-5" }],
  ])("%j", (args, read) => {
    expect(readArguments(args)).toEqual({ ...none, ...read });
  });
  test.each<[string[], string]>([
    [["--jsn"], 'unknown option "--jsn"; did you mean --json? Run "csto help" for the options.'],
    [["-hh"], 'unknown option "-hh"; did you mean -h? Run "csto help" for the options.'],
    [["--x-5"], 'unknown option "--x-5". Run "csto help" for the options.'],
    [["-x5"], 'unknown option "-x5". Run "csto help" for the options.'],
    [["--json=yes"], '--json takes no value, but was given "yes".'],
    [["-v="], '-v takes no value, but was given "".'],
    [["--basis"], "--basis needs a value: treaty or organization."],
    [["--basis", "--json"], "--basis needs a value: treaty or organization."],
    [["--basis", "-h"], "--basis needs a value: treaty or organization."],
    [["--basis="], "--basis needs a value: treaty or organization."],
    [["--basis", "treaty", "--basis", "treaty"], "--basis is given twice."],
  ])("%j is refused", (args, message) => {
    let error: unknown;
    try {
      readArguments(args);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).name).toBe("UsageError");
    expect((error as Error).message).toBe(message);
  });
});

describe("wantsJson", () => {
  test.each<[string[], boolean]>([
    [["--json"], true],
    [["chair", "2023", "--json"], true],
    [["--json=yes"], true],
    [["chair", "2023"], false],
    [["chair", "--", "--json"], false],
    [["--json", "--", "x"], true],
    [["--jsonx"], false],
  ])("%j: %s", (args, json) => {
    expect(wantsJson(args)).toBe(json);
  });
});
