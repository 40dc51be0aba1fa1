// Draws docs/timeline.svg from the data: one lane per state, the treaty and the CSTO as two
// visibly different layers, Uzbekistan's suspension and Armenia's frozen participation,
// the chairmanships, and a year axis from 1992 to the dataset's asOf year. The SVG is written
// as text (no dependencies) and committed, because the README shows it.
//
//   npm run generate && npx tsx scripts/timeline.ts     (npm run docs does both)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataset } from "../src/index";
import type { Chairmanship, MembershipPeriod, ParticipantCode } from "../src/schema";

const OUT = fileURLToPath(new URL("../docs/timeline.svg", import.meta.url));

// Lanes: the six that never left, then Uzbekistan, then the two that left in 1999.
const ORDER: readonly ParticipantCode[] = ["AM", "BY", "KZ", "KG", "RU", "TJ", "UZ", "AZ", "GE"];

const WIDTH = 920;
const LEFT = 118; // state names
const RIGHT = 16;
const TOP = 100; // title and milestone labels
const LANE = 38;
const BAR = 22; // the treaty band; the CSTO bar sits inside it
const ORG = 13;
const CHAIR = 6;

const FIRST_YEAR = 1992;
const asOf = dataset.asOf;
const LAST_YEAR = Number(asOf.slice(0, 4)) + 1; // the axis ends on 1 January after asOf's year

const COLOR = {
  text: "#1f2328",
  muted: "#59636e",
  grid: "#d8dee4",
  treaty: "#b9cde6",
  treatyEdge: "#7f9cc4",
  organization: "#1d4f8c",
  chair: "#e09b12",
  suspended: "#8c959f",
  frozen: "#ffffff",
  afterAsOf: "#f3f4f6",
};

const dayNumber = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;
const START = dayNumber(`${FIRST_YEAR}-01-01`);
const END = dayNumber(`${LAST_YEAR}-01-01`);
const PLOT = WIDTH - LEFT - RIGHT;
const x = (day: string) => LEFT + ((Math.min(dayNumber(day), END) - START) / (END - START)) * PLOT;
const f = (n: number) => (Math.round(n * 10) / 10).toString();
const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const nameOf = (code: string) => dataset.states.find((s) => s.code === code)!.names.en;
const periods = (code: string, basis: MembershipPeriod["basis"]) =>
  dataset.memberships.filter((p) => p.state === code && p.basis === basis);
/** An open period is drawn up to asOf: nothing after that day has been checked. */
const untilOrAsOf = (until: string | null) => (until === null || until > asOf ? asOf : until);

const laneTop = (i: number) => TOP + i * LANE;
const LANES_BOTTOM = laneTop(ORDER.length);
const AXIS = LANES_BOTTOM + 6;

const out: string[] = [];
const add = (line: string) => out.push(line);

// --- Milestones: thin lines through every lane, labels in two staggered rows above. ----------
const milestones = [
  { day: "1992-05-15", label: "signed", row: 0, anchor: "start" },
  { day: "1994-04-20", label: "in force", row: 1, anchor: "start" },
  { day: "1999-04-21", label: "extended for six states only", row: 0, anchor: "start" },
  { day: "2003-09-18", label: "CSTO Charter in force", row: 1, anchor: "start" },
  { day: asOf, label: "data checked up to here", row: 0, anchor: "end" },
] as const;

// --- The picture ---------------------------------------------------------------------------
const chairs = dataset.chairmanships;
const frozen = dataset.participation.filter((p) => p.participation === "frozen");
/** The day a suspension began (the end of the suspended period), if it began by asOf. */
const suspendedFrom = (code: string): string | undefined => {
  const period = periods(code, "organization").find(
    (p) => p.end === "suspended" && p.until !== null && p.until <= asOf,
  );
  return period?.until ?? undefined;
};

const HEIGHT = AXIS + 36 + 3 * 26 + 8;

add(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif">`,
);
add(
  `<title id="timeline-title">Members of the Collective Security Treaty (1992) and the CSTO, ${FIRST_YEAR} to ${asOf}</title>`,
);
add(`<desc id="timeline-desc">${esc(describe())}</desc>`);
add(`<defs>
  <pattern id="suspended" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.2" height="6" fill="${COLOR.suspended}"/></pattern>
  <pattern id="frozen" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLOR.organization}"/><rect width="2.6" height="6" fill="${COLOR.frozen}"/></pattern>
  <linearGradient id="fade-end"><stop offset="0.35" stop-color="${COLOR.chair}"/><stop offset="1" stop-color="${COLOR.chair}" stop-opacity="0.15"/></linearGradient>
  <linearGradient id="fade-start"><stop offset="0" stop-color="${COLOR.chair}" stop-opacity="0.15"/><stop offset="0.65" stop-color="${COLOR.chair}"/></linearGradient>
</defs>`);
add(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
add(
  `<text x="${LEFT}" y="26" font-size="18" font-weight="600" fill="${COLOR.text}">Collective Security Treaty and CSTO: members and chairs, ${FIRST_YEAR}–${asOf.slice(0, 4)}</text>`,
);

// Zebra stripes, so that a state's name and its bars read as one row.
ORDER.forEach((_, i) => {
  if (i % 2 === 0) add(`<rect x="0" y="${laneTop(i)}" width="${WIDTH}" height="${LANE}" fill="#f6f8fa"/>`);
});

// Days after asOf are not checked: a light grey band.
add(
  `<rect x="${f(x(asOf))}" y="${TOP - 4}" width="${f(LEFT + PLOT - x(asOf))}" height="${LANES_BOTTOM - TOP + 8}" fill="${COLOR.afterAsOf}"/>`,
);

// Year grid.
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const gx = f(x(`${year}-01-01`));
  add(
    `<line x1="${gx}" y1="${TOP - 4}" x2="${gx}" y2="${LANES_BOTTOM + 4}" stroke="${COLOR.grid}" stroke-width="${year % 5 === 0 ? 1 : 0.5}"/>`,
  );
}

// Lanes.
ORDER.forEach((code, i) => {
  const top = laneTop(i);
  const bar = top + (LANE - BAR - CHAIR - 2) / 2;
  const mid = bar + BAR / 2;
  add(
    `<text x="${LEFT - 14}" y="${f(mid + 5)}" font-size="15" text-anchor="end" fill="${COLOR.text}">${esc(nameOf(code))}</text>`,
  );

  for (const p of periods(code, "treaty")) {
    const x1 = x(p.from);
    const x2 = x(untilOrAsOf(p.until));
    add(
      `<rect x="${f(x1)}" y="${f(bar)}" width="${f(x2 - x1)}" height="${BAR}" fill="${COLOR.treaty}" stroke="${COLOR.treatyEdge}" stroke-width="0.8"><title>${esc(`${nameOf(code)}: party to the treaty ${range(p)}`)}</title></rect>`,
    );
  }
  for (const p of periods(code, "organization")) {
    const x1 = x(p.from);
    const x2 = x(untilOrAsOf(p.until));
    add(
      `<rect x="${f(x1)}" y="${f(mid - ORG / 2)}" width="${f(x2 - x1)}" height="${ORG}" fill="${COLOR.organization}"><title>${esc(`${nameOf(code)}: member of the CSTO ${range(p)}`)}</title></rect>`,
    );
  }
  for (const fact of frozen.filter((p) => p.state === code)) {
    const x1 = x(fact.from);
    const x2 = x(untilOrAsOf(fact.until));
    add(
      `<rect x="${f(x1)}" y="${f(mid - ORG / 2)}" width="${f(x2 - x1)}" height="${ORG}" fill="url(#frozen)"><title>${esc(`${nameOf(code)}: participation frozen since ${fact.from}, still a member`)}</title></rect>`,
    );
    add(
      `<text x="${f(x1 - 6)}" y="${f(mid + 4)}" font-size="12.5" text-anchor="end" fill="#ffffff">participation frozen from ${fact.from} →</text>`,
    );
  }
  const suspended = suspendedFrom(code);
  if (suspended !== undefined) {
    const x1 = x(suspended);
    const x2 = x(asOf);
    add(
      `<rect x="${f(x1)}" y="${f(mid - ORG / 2)}" width="${f(x2 - x1)}" height="${ORG}" fill="url(#suspended)" stroke="${COLOR.suspended}" stroke-width="0.8"><title>${esc(`${nameOf(code)}: membership suspended since ${suspended}, never withdrawn`)}</title></rect>`,
    );
    add(
      `<text x="${f(x1 + 8)}" y="${f(bar - 3 + BAR + CHAIR + 8)}" font-size="12.5" fill="${COLOR.muted}">suspended from ${suspended}, not withdrawn</text>`,
    );
  }
  const treaty = periods(code, "treaty");
  const last = treaty[treaty.length - 1]!;
  if (periods(code, "organization").length === 0 && last.until !== null) {
    add(
      `<text x="${f(x(last.until) + 8)}" y="${f(mid + 4.5)}" font-size="13" fill="${COLOR.muted}">left the treaty on ${last.until}; never a member of the CSTO</text>`,
    );
  }
  for (const c of chairs.filter((c) => c.state === code)) {
    const x1 = x(c.from);
    const x2 = x(c.until ?? asOf);
    const fill = c.approximateUntil ? "url(#fade-end)" : c.approximateFrom ? "url(#fade-start)" : COLOR.chair;
    add(
      `<rect x="${f(x1)}" y="${f(bar + BAR + 2)}" width="${f(Math.max(x2 - x1, 1.5))}" height="${CHAIR}" rx="1" fill="${fill}"><title>${esc(chairTitle(c))}</title></rect>`,
    );
  }
});

// Milestones, drawn over the lanes.
for (const m of milestones) {
  const mx = f(x(m.day));
  const labelY = 60 + m.row * 18;
  add(
    `<line x1="${mx}" y1="${labelY + 4}" x2="${mx}" y2="${LANES_BOTTOM + 4}" stroke="${COLOR.muted}" stroke-width="0.9" stroke-dasharray="3 3"/>`,
  );
  const tx = m.anchor === "end" ? f(x(m.day) + 4) : f(x(m.day) - 4);
  const text =
    m.anchor === "end"
      ? `${esc(m.label)} <tspan font-weight="600">${m.day}</tspan>`
      : `<tspan font-weight="600">${m.day}</tspan> ${esc(m.label)}`;
  add(`<text x="${tx}" y="${labelY}" font-size="13" text-anchor="${m.anchor}" fill="${COLOR.text}">${text}</text>`);
}

// Year axis.
add(`<line x1="${LEFT}" y1="${AXIS}" x2="${LEFT + PLOT}" y2="${AXIS}" stroke="${COLOR.muted}" stroke-width="1"/>`);
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const tx = x(`${year}-01-01`);
  add(
    `<line x1="${f(tx)}" y1="${AXIS}" x2="${f(tx)}" y2="${AXIS + (year % 2 === 0 ? 6 : 3)}" stroke="${COLOR.muted}" stroke-width="1"/>`,
  );
  if (year % 2 === 0 && year < LAST_YEAR) {
    add(
      `<text x="${f(tx + (x(`${year + 1}-01-01`) - tx) / 2 + 0)}" y="${AXIS + 20}" font-size="13" text-anchor="middle" fill="${COLOR.muted}">${year}</text>`,
    );
  }
}

// Legend.
const LEGEND = AXIS + 44;
const legend: [string, string][] = [
  [
    `<rect width="34" height="${BAR}" y="-4" fill="${COLOR.treaty}" stroke="${COLOR.treatyEdge}" stroke-width="0.8"/>`,
    "party to the 1992 treaty (from signing)",
  ],
  [`<rect width="34" height="${ORG}" fill="${COLOR.organization}"/>`, "member of the CSTO (from 2003)"],
  [`<rect width="34" height="${ORG}" fill="url(#frozen)"/>`, "member, participation frozen"],
  [
    `<rect width="34" height="${ORG}" fill="url(#suspended)" stroke="${COLOR.suspended}" stroke-width="0.8"/>`,
    "membership suspended",
  ],
  [
    `<rect width="34" height="${CHAIR}" y="4" rx="1" fill="${COLOR.chair}"/>`,
    "chair of the CSTO (faded: day not known)",
  ],
  [
    `<rect width="34" height="${BAR}" y="-4" fill="${COLOR.afterAsOf}" stroke="${COLOR.grid}"/>`,
    `after ${asOf}: not yet checked`,
  ],
];
const columns = [LEFT, LEFT + 400];
legend.forEach(([swatch, label], i) => {
  const lx = columns[i % 2]!;
  const ly = LEGEND + Math.floor(i / 2) * 26;
  add(
    `<g transform="translate(${lx} ${ly})">${swatch}<text x="44" y="10.5" font-size="13.5" fill="${COLOR.text}">${esc(label)}</text></g>`,
  );
});

add(`</svg>`);
writeFileSync(OUT, `${out.join("\n")}\n`);
console.log(`wrote docs/timeline.svg (${ORDER.length} lanes, ${chairs.length} chairmanships, asOf ${asOf})`);

// --- Text ------------------------------------------------------------------------------------
function range(p: { from: string; until: string | null }): string {
  return p.until === null ? `from ${p.from}` : `from ${p.from} to ${p.until} (exclusive)`;
}

function chairTitle(c: Chairmanship): string {
  const from = `${c.approximateFrom ? "about " : ""}${c.from}`;
  const until = c.until === null ? "" : ` to ${c.approximateUntil ? "about " : ""}${c.until}`;
  return `${nameOf(c.state)} chaired the CSTO from ${from}${until}${c.temporary ? " (temporary)" : ""}`;
}

/** The picture in words, for screen readers: every lane, from the data. */
function describe(): string {
  const lanes = ORDER.map((code) => {
    const parts = periods(code, "treaty").map((p) => `party to the treaty ${range(p)}`);
    parts.push(...periods(code, "organization").map((p) => `member of the CSTO ${range(p)}`));
    const suspended = suspendedFrom(code);
    if (suspended !== undefined) parts.push(`membership suspended since ${suspended}`);
    for (const fact of frozen.filter((p) => p.state === code)) parts.push(`participation frozen since ${fact.from}`);
    const chaired = chairs.filter((c) => c.state === code).map((c) => c.from.slice(0, 4));
    if (chaired.length > 0) parts.push(`chaired from ${chaired.join(", ")}`);
    return `${nameOf(code)}: ${parts.join("; ")}.`;
  });
  return `A timeline from ${FIRST_YEAR} to ${asOf}, one lane per state. ${lanes.join(" ")} Periods end on the first day that no longer counts. Data checked up to ${asOf}.`;
}
