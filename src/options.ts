import { CstoError, describe } from "./errors";

/**
 * The one options reader: `options` must be nothing or a plain object whose only own key
 * is `name`, with a value from `allowed` (or undefined). Unknown keys are refused, so a typo
 * such as `{ basys: "organization" }` cannot fall back to the default in silence; only own
 * properties are read, so a polluted `Object.prototype` changes nothing.
 *
 * @internal
 */
export function readOption<Value extends string>(
  options: unknown,
  name: string,
  allowed: readonly Value[],
): Value | undefined {
  if (options === undefined) return undefined;
  let keys: (string | symbol)[] | undefined;
  let value: unknown;
  try {
    // Only a plain object (not an array, a boxed string or a class instance). Inside try:
    // getPrototypeOf throws for null and a revoked proxy; any other primitive has a
    // prototype that is not Object.prototype.
    const prototype: unknown = Object.getPrototypeOf(options);
    if (prototype === Object.prototype || prototype === null) {
      const object = options as Record<string, unknown>;
      // Every own key, symbols and non-enumerable ones included: none may pass unseen.
      keys = Reflect.ownKeys(object);
      value = Object.hasOwn(object, name) ? object[name] : undefined;
    }
  } catch {
    keys = undefined;
  }
  if (keys === undefined) {
    const example = `{ ${name}: "${allowed[allowed.length - 1]}" }`;
    throw new CstoError(
      "INVALID_OPTION",
      `Invalid options ${describe(options)}: expected an object such as ${example} or nothing.`,
    );
  }
  const unknownKey = keys.find((key) => key !== name);
  if (unknownKey !== undefined) {
    throw new CstoError("INVALID_OPTION", `Invalid option ${describe(unknownKey)}: the only option is ${name}.`);
  }
  if (value === undefined || allowed.includes(value as Value)) return value as Value | undefined;
  throw new CstoError(
    "INVALID_OPTION",
    `Invalid ${name} ${describe(value)}: expected ${allowed.map((v) => `"${v}"`).join(" or ")}.`,
  );
}
