// Days as numbers for the slider and the timeline: days since 1970-01-01, UTC. Only days csto
// already wrote (or the slider made) pass through here; what a reader types goes to csto's
// own parser, through the helpers.
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` (a valid day) to days since 1970-01-01. */
export const toEpochDay = (day: string): number =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;

/** Days since 1970-01-01 to `YYYY-MM-DD`. */
export const fromEpochDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** `day` moved by `days` (negative: back), and by `years` on the calendar (29 February to 28). */
export function addDays(day: string, days: number, years = 0): string {
  if (years === 0) return fromEpochDay(toEpochDay(day) + days);
  const year = Number(day.slice(0, 4)) + years;
  const moved = `${String(year).padStart(4, "0")}${day.slice(4)}`;
  return moved.endsWith("-02-29") && fromEpochDay(toEpochDay(moved)) !== moved ? `${moved.slice(0, 8)}28` : moved;
}
