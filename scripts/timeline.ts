// Draws the timeline pictures from the data: one lane per state, the treaty and the CSTO as two
// visibly different layers, Uzbekistan's suspension and Armenia's frozen participation, a lane
// of chairmanships labelled with each chair's code, the operations and the appeals as marks on
// their states' lanes, and a year axis from the treaty's first year to the dataset's asOf year.
// Two layouts of the same picture:
//
// - docs/timeline.svg, 800 wide: the README and the docs site on a desktop;
// - docs/timeline-narrow.svg, 400 wide with larger text relative to its width: a phone (the
//   README shows it through <picture> below 700 px of window width).
//
// The SVG is written as text (no dependencies) and committed, because the README shows it
// (CI fails when it differs from what this script draws). Everything is read from `dataset`:
// the states and their order, the milestones (events by their id), the chairs and asOf. Text
// never lies under a line: milestone labels are placed in rows where no other milestone's line
// runs, and every label inside the lanes is drawn last, over a halo of the background colour.
// `npm run test:site` checks both pictures in Chromium.
//
// The docs site's explorer (site/explorer/) inlines these same pictures and makes them
// interactive from data attributes drawn here, so there is one drawing: the <svg> carries the
// axis (data-first, data-end: the days at the plot's edges data-left and data-right), each
// lane an invisible <rect class="lane" data-state>, and each bar, chair and mark its record
// (data-record: the record's id; data-from, data-until: the days it covers, half-open; a
// membership's data-basis).
//
//   npm run generate && npx tsx scripts/timeline.ts     (npm run docs does both)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataset } from "../src/index";
import type { Chairmanship, MembershipPeriod, ParticipantCode } from "../src/schema";

/** What differs between the desktop and the phone picture. */
interface Layout {
  file: string;
  width: number;
  /** The column of lane names. */
  left: number;
  right: number;
  /** Body text size; the title is 1.3 times, the small print 0.85 times. */
  font: number;
  /** Size of the lane names. */
  nameFont: number;
  /** Where the title and, in one column, the legend begin. */
  margin: number;
  lane: number;
  /** Height of the treaty band; the CSTO bar inside it is `org` high. */
  bar: number;
  org: number;
  chairLane: number;
  /** Half the width of an operation's or an appeal's mark. */
  mark: number;
  /** A year label every this many years. */
  yearStep: number;
  legendColumns: number;
  title: string[];
  /** The label of each milestone, by the end of its event id. */
  milestones: Record<string, string>;
  asOfLabel: string;
  /** A lane's note for a state that left the treaty and never joined the CSTO. */
  leftLabel: (day: string) => string;
  suspendedLabel: (day: string) => string;
  frozenLabel: (day: string) => string;
}

const MILESTONES = {
  "treaty-signed": "signed",
  "treaty-in-force": "in force",
  "first-term-ends": "extended for six states only",
  "charter-in-force": "CSTO Charter in force",
};

const WIDE: Layout = {
  file: "docs/timeline.svg",
  width: 800,
  left: 122,
  right: 14,
  font: 13.5,
  nameFont: 13.5,
  margin: 16,
  lane: 32,
  bar: 22,
  org: 15,
  chairLane: 24,
  mark: 6,
  yearStep: 2,
  legendColumns: 2,
  title: ["Collective Security Treaty and CSTO: members and chairs, {first}–{last}"],
  milestones: MILESTONES,
  asOfLabel: "data checked up to",
  leftLabel: (day) => `left the treaty on ${day}; never a member of the CSTO`,
  suspendedLabel: (day) => `suspended ${day}, not withdrawn`,
  frozenLabel: (day) => `participation frozen from ${day} →`,
};

const NARROW: Layout = {
  file: "docs/timeline-narrow.svg",
  width: 400,
  left: 106,
  right: 10,
  font: 13.5,
  nameFont: 12.5,
  margin: 10,
  lane: 28,
  bar: 20,
  org: 14,
  chairLane: 22,
  mark: 4.5,
  yearStep: 5,
  legendColumns: 1,
  title: ["Collective Security Treaty and CSTO:", "members and chairs, {first}–{last}"],
  milestones: {
    "treaty-signed": "signed",
    "treaty-in-force": "in force",
    "first-term-ends": "extended for six",
    "charter-in-force": "CSTO Charter",
  },
  asOfLabel: "checked to",
  leftLabel: (day) => `left the treaty ${day}`,
  suspendedLabel: (day) => `suspended from ${day}`,
  frozenLabel: (day) => `frozen ${day} →`,
};

const COLOR = {
  background: "#ffffff",
  stripe: "#f3f5f8",
  text: "#1f2328",
  muted: "#59636e",
  grid: "#d8dee4",
  treaty: "#b9cde6",
  treatyEdge: "#7f9cc4",
  organization: "#1d4f8c",
  chair: "#e09b12",
  chairText: "#1f2328",
  suspended: "#8c959f",
  frozen: "#ffffff",
  unchecked: "#c2410c",
  operation: "#d6336c",
  operationEdge: "#ffffff",
  appeal: "#ffffff",
  appealEdge: "#1f2328",
};

const asOf = dataset.asOf;
const chairs = dataset.chairmanships;
const frozen = dataset.participation.filter((p) => p.participation === "frozen");

/** An operation or an appeal, drawn as a mark on its state's lane at its day. */
interface Mark {
  kind: "operation" | "appeal";
  id: string;
  state: ParticipantCode;
  /** An operation's first day under way (as operationsOn counts it), an appeal's day. */
  day: string;
  /** What the mark's tooltip and the picture's description say. */
  title: string;
}
const MARKS: readonly Mark[] = [
  ...dataset.operations.map(
    (o): Mark => ({
      kind: "operation",
      id: o.id,
      state: o.host,
      day: o.arrived.latest ?? o.arrived.day,
      title: `${o.name.en}: ${o.kind}, from ${o.arrived.latest ?? o.arrived.day}${lastDay(o) ? ` to ${lastDay(o)}` : ""}`,
    }),
  ),
  ...dataset.appeals.map(
    (a): Mark => ({
      kind: "appeal",
      id: a.id,
      state: a.state,
      day: a.day.day,
      title: `${a.state} appealed to the CSTO on ${a.day.day}: ${a.about}`,
    }),
  ),
];
/** The last day an operation was under way, as operationsOn counts it. */
function lastDay(o: (typeof dataset.operations)[number]): string | undefined {
  return (o.withdrawn ?? o.missionEnded)?.day;
}
const FIRST_YEAR = Number(
  dataset.memberships
    .map((p) => p.from)
    .sort()[0]!
    .slice(0, 4),
);
/** The axis ends on 1 January after asOf's year. */
const LAST_YEAR = Number(asOf.slice(0, 4)) + 1;

// --- Data ------------------------------------------------------------------------------------
const nameOf = (code: string) => dataset.states.find((s) => s.code === code)!.names.en;
const periods = (code: string, basis: MembershipPeriod["basis"]) =>
  dataset.memberships.filter((p) => p.state === code && p.basis === basis);
/** An open period, or the part of one after asOf, is drawn up to asOf: nothing later was checked. */
const untilOrAsOf = (until: string | null) => (until === null || until > asOf ? asOf : until);
/** The day a suspension began (the end of the suspended period), if it began by asOf. */
const suspendedFrom = (code: string): string | undefined =>
  periods(code, "organization").find((p) => p.end === "suspended" && p.until !== null && p.until <= asOf)?.until ??
  undefined;
/** 0 for a member on asOf, 1 for a suspended one, 2 for one that left: the lanes' order, then by name. */
const standing = (code: ParticipantCode) => {
  const open = dataset.memberships.some((p) => p.state === code && (p.until === null || p.until > asOf));
  return open ? 0 : suspendedFrom(code) === undefined ? 2 : 1;
};
const LANES: readonly ParticipantCode[] = dataset.states
  .map((s) => s.code as ParticipantCode)
  .sort((a, b) => standing(a) - standing(b) || nameOf(a).localeCompare(nameOf(b), "en"));

/** A milestone's day, from the event whose id ends with `suffix`. */
function milestoneDay(suffix: string): string {
  const event = dataset.events.find((e) => e.id.endsWith(`-${suffix}`));
  if (event === undefined) throw new Error(`timeline: no event id ends with "-${suffix}"`);
  return event.date;
}

/** A chair drawn up to asOf, unless it is a decided future one (it begins after asOf). */
const isFuture = (c: Chairmanship) => c.from > asOf;
const chairEnd = (c: Chairmanship) => (isFuture(c) ? (c.until ?? c.from) : untilOrAsOf(c.until));

// --- Drawing helpers -------------------------------------------------------------------------
const f = (n: number) => (Math.round(n * 10) / 10).toString();
const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const dayNumber = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;
/** A generous estimate of a text's width (system sans-serif; digits and bold run wide). */
const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.62 : 0.56);
/** Text over a halo of the colour behind it: a line under it stops short of the letters. */
const halo = (color: string, width = 3.5) =>
  `paint-order="stroke" stroke="${color}" stroke-width="${width}" stroke-linejoin="round"`;
const HALO = halo(COLOR.background);
/** The data attributes of a drawn record, which the explorer binds clicks and keys to; a membership's basis too. */
const record = (id: string, from: string, until: string | null, state: string, basis?: MembershipPeriod["basis"]) =>
  `data-record="${esc(id)}" data-from="${from}" data-until="${until ?? ""}" data-state="${state}"${basis ? ` data-basis="${basis}"` : ""}`;
/** Room kept between a mark and a label beside it. */
const MARK_GAP = 3;

/**
 * How far to move a label spanning [from, to] to the left so that no mark (at `marks`, each
 * `half` wide either side) lies under it: past the rightmost mark it covers, then the next.
 */
function shiftLeftOfMarks(from: number, to: number, marks: readonly number[], half: number): number {
  let shift = 0;
  for (const mark of [...marks].sort((a, b) => b - a)) {
    const [left, right] = [mark - half - MARK_GAP, mark + half + MARK_GAP];
    if (left < to - shift && from - shift < right) shift = to - left;
  }
  return shift;
}

interface Label {
  x1: number;
  x2: number;
  row: number;
  lineX: number;
}

/**
 * Places milestone labels in rows above the lanes: each label beside its line (right of it, or
 * left when that fits better), in the first row where it overlaps no other label, no line of a
 * label in a row above runs through it, and its own line runs through no label in a row below.
 */
function placeLabels(
  items: { x: number; width: number; anchor: "start" | "end" | undefined }[],
  layout: Layout,
): Label[] {
  const placed: Label[] = [];
  const free = (l: Label) =>
    l.x1 >= 2 &&
    l.x2 <= layout.width - 2 &&
    placed.every(
      (p) =>
        (p.row !== l.row || p.x2 + 8 <= l.x1 || l.x2 + 8 <= p.x1) &&
        (p.row >= l.row || p.lineX < l.x1 - 3 || p.lineX > l.x2 + 3) &&
        (p.row <= l.row || l.lineX < p.x1 - 3 || l.lineX > p.x2 + 3),
    );
  for (const item of items) {
    const anchors = item.anchor ? [item.anchor] : (["start", "end"] as const);
    for (let row = 0; ; row++) {
      const options = anchors.map((a) =>
        a === "start"
          ? { x1: item.x + 4, x2: item.x + 4 + item.width, row, lineX: item.x }
          : { x1: item.x - 4 - item.width, x2: item.x - 4, row, lineX: item.x },
      );
      const choice = options.find(free);
      if (choice) {
        placed.push(choice);
        break;
      }
    }
  }
  return placed;
}

// --- The picture -----------------------------------------------------------------------------
function draw(layout: Layout): string {
  const { width, left, right, font } = layout;
  const small = font * 0.85;
  const plot = width - left - right;
  const start = dayNumber(`${FIRST_YEAR}-01-01`);
  const end = dayNumber(`${LAST_YEAR}-01-01`);
  const x = (day: string) => left + ((Math.min(dayNumber(day), end) - start) / (end - start)) * plot;

  const titleLine = font * 1.3 * 1.35;
  const titleBottom = 8 + layout.title.length * titleLine;
  const milestones = [
    ...Object.entries(layout.milestones).map(([id, label]) => ({ day: milestoneDay(id), label, anchor: undefined })),
    { day: asOf, label: layout.asOfLabel, anchor: "end" as const },
  ];
  const labelText = (m: { day: string; label: string }) => `${m.day} ${m.label}`;
  const labels = placeLabels(
    milestones.map((m) => ({ x: x(m.day), width: textWidth(labelText(m), small, false) + 8, anchor: m.anchor })),
    layout,
  );
  const rowHeight = small * 1.35;
  const rows = Math.max(...labels.map((l) => l.row)) + 1;
  const top = titleBottom + 8 + rows * rowHeight + 10;
  const laneTop = (i: number) => top + i * layout.lane;
  const chairTop = laneTop(LANES.length) + 4;
  const lanesBottom = chairTop + layout.chairLane;
  const axis = lanesBottom + 6;

  const unlabelled: Chairmanship[] = [];
  const body: string[] = [];
  const texts: string[] = [];
  const add = (line: string) => body.push(line);
  const text = (line: string) => texts.push(line);

  drawBackground();
  drawMilestones();
  for (const [i, code] of LANES.entries()) drawLane(code, laneTop(i));
  drawChairs();
  drawAxis();
  const legendBottom = drawLegend(axis + font * 2.6);
  const tableBottom = drawChairTable(legendBottom + font * 0.8);
  const height = Math.ceil(tableBottom + 10);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" data-first="${FIRST_YEAR}-01-01" data-end="${LAST_YEAR}-01-01" data-left="${left}" data-right="${left + plot}">`,
    `<title id="timeline-title">Members of the Collective Security Treaty (${milestoneDay("treaty-signed").slice(0, 4)}) and the CSTO, ${FIRST_YEAR} to ${asOf}</title>`,
    `<desc id="timeline-desc">${esc(describe())}</desc>`,
    defs(),
    `<rect width="${width}" height="${height}" fill="${COLOR.background}"/>`,
    ...layout.title.map(
      (line, k) =>
        `<text x="${layout.margin}" y="${f(4 + (k + 1) * titleLine)}" font-size="${f(font * 1.3)}" font-weight="600" fill="${COLOR.text}">${esc(line.replace("{first}", String(FIRST_YEAR)).replace("{last}", asOf.slice(0, 4)))}</text>`,
    ),
    ...body,
    ...texts,
    `</svg>`,
    "",
  ].join("\n");

  /** Stripes, the after-asOf band and the year grid: under everything else. */
  function drawBackground(): void {
    // Stripes, so that a state's name and its bars read as one row; the chair lane is a stripe too.
    LANES.forEach((_, i) => {
      if (i % 2 === 0)
        add(`<rect x="0" y="${f(laneTop(i))}" width="${width}" height="${layout.lane}" fill="${COLOR.stripe}"/>`);
    });
    add(`<rect x="0" y="${f(chairTop)}" width="${width}" height="${layout.chairLane}" fill="${COLOR.stripe}"/>`);
    // Each state's lane as a shape of its own, drawn as nothing: the explorer finds the lane clicked.
    LANES.forEach((code, i) => {
      add(
        `<rect class="lane" x="${left}" y="${f(laneTop(i))}" width="${f(plot)}" height="${layout.lane}" fill="none" data-state="${code}"/>`,
      );
    });

    // Days after asOf were not checked: a hatched band, unlike any stripe or bar.
    add(
      `<rect x="${f(x(asOf))}" y="${f(top - 4)}" width="${f(left + plot - x(asOf))}" height="${f(lanesBottom - top + 8)}" fill="url(#unchecked)"><title>${esc(`after ${asOf}: not yet checked`)}</title></rect>`,
    );

    // Year grid, through the state lanes (the chair lane's bars are read by their codes).
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const gx = f(x(`${year}-01-01`));
      const strong = year % 5 === 0 ? 1 : 0.5;
      add(
        `<line x1="${gx}" y1="${f(top - 4)}" x2="${gx}" y2="${f(chairTop)}" stroke="${COLOR.grid}" stroke-width="${strong}"/>`,
      );
    }
  }

  /** The milestone lines (under the bars) and their labels, in the rows placeLabels chose. */
  function drawMilestones(): void {
    milestones.forEach((m, i) => {
      const label = labels[i]!;
      const labelY = titleBottom + 8 + (label.row + 1) * rowHeight;
      const mx = f(label.lineX);
      add(
        `<line class="milestone" x1="${mx}" y1="${f(labelY + 3)}" x2="${mx}" y2="${f(lanesBottom + 4)}" stroke="${COLOR.muted}" stroke-width="0.9" stroke-dasharray="3 3"/>`,
      );
      const [day, ...rest] = labelText(m).split(" ");
      const anchor = label.x1 < label.lineX ? "end" : "start";
      const tx = anchor === "end" ? label.x2 : label.x1;
      const words =
        anchor === "end"
          ? `${esc(rest.join(" "))} <tspan font-weight="600">${day}</tspan>`
          : `<tspan font-weight="600">${day}</tspan> ${esc(rest.join(" "))}`;
      text(
        `<text x="${f(tx)}" y="${f(labelY)}" font-size="${f(small)}" text-anchor="${anchor}" fill="${COLOR.text}">${words}</text>`,
      );
    });
  }

  function drawLane(code: ParticipantCode, laneY: number): void {
    const bar = laneY + (layout.lane - layout.bar) / 2;
    const mid = bar + layout.bar / 2;
    const baseline = mid + small * 0.36;
    const marks = MARKS.filter((m) => m.state === code);
    const markXs = marks.map((m) => x(m.day));
    text(
      `<text x="${left - 8}" y="${f(mid + layout.nameFont * 0.36)}" font-size="${layout.nameFont}" text-anchor="end" fill="${COLOR.text}">${esc(nameOf(code))} <tspan fill="${COLOR.muted}" font-size="${f(small)}">${code}</tspan></text>`,
    );
    for (const p of periods(code, "treaty")) {
      const x1 = x(p.from);
      add(
        `<rect x="${f(x1)}" y="${f(bar)}" width="${f(x(untilOrAsOf(p.until)) - x1)}" height="${layout.bar}" fill="${COLOR.treaty}" stroke="${COLOR.treatyEdge}" stroke-width="0.8" ${record(p.id, p.from, p.until, code, "treaty")}><title>${esc(`${nameOf(code)}: party to the treaty ${range(p)}`)}</title></rect>`,
      );
    }
    for (const p of periods(code, "organization")) {
      const x1 = x(p.from);
      add(
        `<rect x="${f(x1)}" y="${f(mid - layout.org / 2)}" width="${f(x(untilOrAsOf(p.until)) - x1)}" height="${layout.org}" fill="${COLOR.organization}" ${record(p.id, p.from, p.until, code, "organization")}><title>${esc(`${nameOf(code)}: member of the CSTO ${range(p)}`)}</title></rect>`,
      );
    }
    for (const fact of frozen.filter((p) => p.state === code)) {
      const x1 = x(fact.from);
      add(
        `<rect x="${f(x1)}" y="${f(mid - layout.org / 2)}" width="${f(x(untilOrAsOf(fact.until)) - x1)}" height="${layout.org}" fill="url(#frozen)" ${record(fact.id, fact.from, fact.until, code)}><title>${esc(`${nameOf(code)}: participation frozen since ${fact.from}, still a member`)}</title></rect>`,
      );
      // Right-aligned before the frozen bar, or before the marks of the lane where they are in the way.
      const label = layout.frozenLabel(fact.from);
      const labelEnd = x1 - 5 - shiftLeftOfMarks(x1 - 5 - textWidth(label, small), x1 - 5, markXs, layout.mark);
      text(
        `<text x="${f(labelEnd)}" y="${f(baseline)}" font-size="${f(small)}" text-anchor="end" fill="#ffffff" ${halo(COLOR.organization, 2)}>${esc(label)}</text>`,
      );
    }
    const suspended = suspendedFrom(code);
    if (suspended !== undefined) {
      const x1 = x(suspended);
      const ended = periods(code, "organization").find((p) => p.until === suspended)!;
      add(
        `<rect x="${f(x1)}" y="${f(mid - layout.org / 2)}" width="${f(x(asOf) - x1)}" height="${layout.org}" fill="url(#suspended)" stroke="${COLOR.suspended}" stroke-width="0.8" ${record(ended.id, suspended, null, code, "organization")}><title>${esc(`${nameOf(code)}: membership suspended since ${suspended}, never withdrawn`)}</title></rect>`,
      );
      // Centred on the suspension, or as far right as the picture allows.
      const label = layout.suspendedLabel(suspended);
      const half = textWidth(label, small) / 2;
      const centre = Math.min((x1 + x(asOf)) / 2, width - right - half);
      const cx = centre - shiftLeftOfMarks(centre - half, centre + half, markXs, layout.mark);
      text(
        `<text x="${f(cx)}" y="${f(baseline)}" font-size="${f(small)}" text-anchor="middle" fill="${COLOR.text}" ${HALO}>${esc(label)}</text>`,
      );
    }
    for (const [i, m] of marks.entries()) drawMark(m, markXs[i]!, laneY, mid);
    const treaty = periods(code, "treaty");
    const last = treaty[treaty.length - 1]!;
    if (periods(code, "organization").length === 0 && last.until !== null) {
      text(
        `<text x="${f(x(last.until) + 6)}" y="${f(baseline)}" font-size="${f(small)}" fill="${COLOR.muted}" ${HALO}>${esc(layout.leftLabel(last.until))}</text>`,
      );
    }
  }

  /** An appeal: a triangle pointing down from the lane's top edge; an operation: a diamond on the bar. */
  function drawMark(m: Mark, mx: number, laneY: number, mid: number): void {
    const s = layout.mark;
    const attributes = `${record(m.id, m.day, null, m.state)}><title>${esc(m.title)}</title></path>`;
    add(
      m.kind === "appeal"
        ? `<path class="mark appeal" d="${appealPath(mx, laneY + 1, s)}" fill="${COLOR.appeal}" stroke="${COLOR.appealEdge}" stroke-width="1.3" stroke-linejoin="round" ${attributes}`
        : `<path class="mark operation" d="${operationPath(mx, mid, s)}" fill="${COLOR.operation}" stroke="${COLOR.operationEdge}" stroke-width="1.3" stroke-linejoin="round" ${attributes}`,
    );
  }

  function drawChairs(): void {
    text(
      `<text x="${left - 8}" y="${f(chairTop + layout.chairLane / 2 + layout.nameFont * 0.36)}" font-size="${layout.nameFont}" text-anchor="end" font-weight="600" fill="${COLOR.text}">Chair</text>`,
    );
    const y = chairTop + 3;
    const h = layout.chairLane - 6;
    for (const c of chairs) {
      const x1 = x(c.from);
      const x2 = x(chairEnd(c));
      if (x2 <= x1) continue;
      const fill = isFuture(c)
        ? "url(#decided)"
        : c.approximateUntil
          ? "url(#fade-end)"
          : c.approximateFrom
            ? "url(#fade-start)"
            : COLOR.chair;
      // A hair of background between two chairs, so that each reads as its own bar.
      add(
        `<rect class="chair" x="${f(x1 + 0.6)}" y="${f(y)}" width="${f(Math.max(x2 - x1 - 1.2, 1))}" height="${f(h)}" rx="1.5" fill="${fill}" ${record(c.id, c.from, c.until, c.state)}><title>${esc(chairTitle(c))}</title></rect>`,
      );
      const size = small;
      if (textWidth(c.state, size, true) + 4 <= x2 - x1) {
        text(
          `<text x="${f((x1 + x2) / 2)}" y="${f(y + h / 2 + size * 0.36)}" font-size="${f(size)}" font-weight="700" text-anchor="middle" fill="${COLOR.chairText}">${c.state}</text>`,
        );
      } else {
        unlabelled.push(c);
      }
    }
  }

  function drawAxis(): void {
    add(
      `<line x1="${left}" y1="${f(axis)}" x2="${left + plot}" y2="${f(axis)}" stroke="${COLOR.muted}" stroke-width="1"/>`,
    );
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const tx = x(`${year}-01-01`);
      const labelled = year % layout.yearStep === 0 && year < LAST_YEAR;
      add(
        `<line x1="${f(tx)}" y1="${f(axis)}" x2="${f(tx)}" y2="${f(axis + (labelled ? 6 : 3))}" stroke="${COLOR.muted}" stroke-width="1"/>`,
      );
      if (labelled) {
        text(
          `<text x="${f(tx + (x(`${year + 1}-01-01`) - tx) / 2)}" y="${f(axis + 6 + small * 1.1)}" font-size="${f(small)}" text-anchor="middle" fill="${COLOR.muted}">${year}</text>`,
        );
      }
    }
  }

  /** The legend in `legendColumns` columns from `y`; returns its bottom. */
  function drawLegend(y: number): number {
    const swatch = 30;
    const entries: [string, string][] = [
      [
        `<rect width="${swatch}" height="${layout.bar}" y="${-layout.bar / 2}" fill="${COLOR.treaty}" stroke="${COLOR.treatyEdge}" stroke-width="0.8"/>`,
        `party to the ${FIRST_YEAR} treaty (from signing)`,
      ],
      [
        `<rect width="${swatch}" height="${layout.org}" y="${-layout.org / 2}" fill="${COLOR.organization}"/>`,
        `member of the CSTO (from ${milestoneDay("charter-in-force").slice(0, 4)})`,
      ],
      [
        `<rect width="${swatch}" height="${layout.org}" y="${-layout.org / 2}" fill="url(#frozen)"/>`,
        "member, participation frozen",
      ],
      [
        `<rect width="${swatch}" height="${layout.org}" y="${-layout.org / 2}" fill="url(#suspended)" stroke="${COLOR.suspended}" stroke-width="0.8"/>`,
        "membership suspended",
      ],
      [
        `<rect width="${swatch}" height="${layout.chairLane - 6}" y="${-(layout.chairLane - 6) / 2}" rx="1.5" fill="${COLOR.chair}"/><text x="${swatch / 2}" y="${f(small * 0.33)}" font-size="${f(small)}" font-weight="700" text-anchor="middle" fill="${COLOR.chairText}">KZ</text>`,
        "chair of the CSTO, by code (faded: day not known)",
      ],
      [
        `<rect width="${swatch}" height="${layout.bar}" y="${-layout.bar / 2}" fill="url(#unchecked)"/>`,
        `after ${asOf}: not yet checked`,
      ],
      [
        `<path d="${appealPath(swatch / 2, -layout.mark * 0.75, layout.mark)}" fill="${COLOR.appeal}" stroke="${COLOR.appealEdge}" stroke-width="1.3" stroke-linejoin="round"/>`,
        "a member's appeal to the CSTO for help",
      ],
      [
        `<rect width="${swatch}" height="${layout.org}" y="${-layout.org / 2}" fill="${COLOR.organization}"/><path d="${operationPath(swatch / 2, 0, layout.mark)}" fill="${COLOR.operation}" stroke="${COLOR.operationEdge}" stroke-width="1.3" stroke-linejoin="round"/>`,
        "a CSTO operation or mission (its first day)",
      ],
    ];
    if (chairs.some(isFuture)) {
      entries.push([
        `<rect width="${swatch}" height="${layout.chairLane - 6}" y="${-(layout.chairLane - 6) / 2}" rx="1.5" fill="url(#decided)"/>`,
        "chair decided for a term after that",
      ]);
    }
    const columnWidth = (width - layout.margin) / layout.legendColumns;
    const rowHeight = Math.max(layout.bar + 4, font * 1.7);
    const legendLeft = layout.margin;
    entries.forEach(([mark, label], i) => {
      const lx = legendLeft + (i % layout.legendColumns) * columnWidth;
      const ly = y + Math.floor(i / layout.legendColumns) * rowHeight;
      text(
        `<g transform="translate(${f(lx)} ${f(ly)})">${mark}<text x="${swatch + 8}" y="${f(font * 0.36)}" font-size="${f(small)}" fill="${COLOR.text}">${esc(label)}</text></g>`,
      );
    });
    return y + (Math.ceil(entries.length / layout.legendColumns) - 1) * rowHeight + layout.bar / 2;
  }

  /** The chairs too short for their code, by the month their term began; returns the bottom. */
  function drawChairTable(y: number): number {
    if (unlabelled.length === 0) return y;
    const tableLeft = layout.margin;
    const heading =
      unlabelled.length === chairs.length
        ? "Chairs, by the month their term began:"
        : "Chairs too short to label above, by the month their term began:";
    const lineHeight = small * 1.45;
    text(
      `<text x="${f(tableLeft)}" y="${f(y + small)}" font-size="${f(small)}" font-weight="600" fill="${COLOR.text}">${esc(heading)}</text>`,
    );
    const cell = textWidth("2000-00 XX", small, true) + 12;
    const columns = Math.max(1, Math.floor((width - tableLeft - right) / cell));
    unlabelled.forEach((c, i) => {
      const cx = tableLeft + (i % columns) * cell;
      const cy = y + small + lineHeight * (Math.floor(i / columns) + 1);
      text(
        `<text x="${f(cx)}" y="${f(cy)}" font-size="${f(small)}" fill="${COLOR.text}"><title>${esc(chairTitle(c))}</title>${c.from.slice(0, 7)} <tspan font-weight="700">${c.state}</tspan>${c.temporary ? "*" : ""}</text>`,
      );
    });
    let bottom = y + small + lineHeight * Math.ceil(unlabelled.length / columns);
    if (unlabelled.some((c) => c.temporary)) {
      bottom += lineHeight;
      text(
        `<text x="${f(tableLeft)}" y="${f(bottom)}" font-size="${f(small)}" fill="${COLOR.muted}">* a temporary chair, standing in for another state</text>`,
      );
    }
    return bottom;
  }
}

function defs(): string {
  return `<defs>
  <pattern id="suspended" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.2" height="6" fill="${COLOR.suspended}"/></pattern>
  <pattern id="frozen" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLOR.organization}"/><rect width="2.6" height="6" fill="${COLOR.frozen}"/></pattern>
  <pattern id="unchecked" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="5" height="5" fill="#fff7ed"/><rect width="1.2" height="5" fill="${COLOR.unchecked}" fill-opacity="0.55"/></pattern>
  <pattern id="decided" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="5" height="5" fill="#fbe3b4"/><rect width="2" height="5" fill="${COLOR.chair}"/></pattern>
  <linearGradient id="fade-end"><stop offset="0.35" stop-color="${COLOR.chair}"/><stop offset="1" stop-color="${COLOR.chair}" stop-opacity="0.15"/></linearGradient>
  <linearGradient id="fade-start"><stop offset="0" stop-color="${COLOR.chair}" stop-opacity="0.15"/><stop offset="0.65" stop-color="${COLOR.chair}"/></linearGradient>
</defs>`;
}

/** A triangle `s` wide either side of `mx`, pointing down from `top`. */
const appealPath = (mx: number, top: number, s: number) =>
  `M${f(mx - s)} ${f(top)}h${f(2 * s)}l${f(-s)} ${f(s * 1.5)}z`;
/** A diamond `s` wide either side of (`mx`, `my`). */
const operationPath = (mx: number, my: number, s: number) =>
  `M${f(mx)} ${f(my - s)}l${f(s)} ${f(s)}l${f(-s)} ${f(s)}l${f(-s)} ${f(-s)}z`;

// --- Text ------------------------------------------------------------------------------------
function range(p: { from: string; until: string | null }): string {
  return p.until === null ? `from ${p.from}` : `from ${p.from} to ${p.until} (exclusive)`;
}

function chairTitle(c: Chairmanship): string {
  const from = `${c.approximateFrom ? "about " : ""}${c.from}`;
  const until = c.until === null ? "" : ` to ${c.approximateUntil ? "about " : ""}${c.until}`;
  return `${nameOf(c.state)} (${c.state}) chaired the CSTO from ${from}${until}${c.temporary ? " (temporary)" : ""}`;
}

/** The picture in words, for screen readers: every lane and every chair, from the data. */
function describe(): string {
  const lanes = LANES.map((code) => {
    const parts = periods(code, "treaty").map((p) => `party to the treaty ${range(p)}`);
    parts.push(...periods(code, "organization").map((p) => `member of the CSTO ${range(p)}`));
    const suspended = suspendedFrom(code);
    if (suspended !== undefined) parts.push(`membership suspended since ${suspended}`);
    for (const fact of frozen.filter((p) => p.state === code)) parts.push(`participation frozen since ${fact.from}`);
    return `${nameOf(code)} (${code}): ${parts.join("; ")}.`;
  });
  const chaired = chairs.map((c) => `${c.from.slice(0, 7)} ${c.state}`).join(", ");
  const marked = MARKS.map((m) => `${m.title}.`).join(" ");
  return `A timeline from ${FIRST_YEAR} to ${asOf}, one lane per state. ${lanes.join(" ")} Chairs, by the month their term began: ${chaired}. Marked on the lanes: ${marked} Periods end on the first day that no longer counts. Data checked up to ${asOf}.`;
}

for (const layout of [WIDE, NARROW]) {
  writeFileSync(fileURLToPath(new URL(`../${layout.file}`, import.meta.url)), draw(layout));
}
console.log(
  `wrote ${WIDE.file} and ${NARROW.file} (${LANES.length} lanes, ${chairs.length} chairmanships, ${MARKS.length} marks, asOf ${asOf})`,
);
