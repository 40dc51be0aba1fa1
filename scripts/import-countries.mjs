// Bootstrap script, not part of the build: it wrote the first data/other-countries.json,
// the ISO 3166-1 countries other than the nine participants (which are edited by hand in
// data/states.json), from the i18n-iso-countries package (codes and CLDR-based names).
// The file has since been edited by hand like every table: codes checked against
// lukes/ISO-3166-Countries-with-Regional-Codes (all 249 agree), names checked against
// umpirsky/country-list (CLDR), whose differing forms were added as variants and four of
// which replaced the package's name (ru EH, CN, KP; de UM). Running it again would undo that.
//
//   npm install --no-save i18n-iso-countries@7.14.0
//   node scripts/import-countries.mjs
//
// XK (Kosovo) is left out: it is a user-assigned code, not an ISO 3166-1 assignment.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const names = Object.fromEntries(
  ["en", "ru", "de"].map((lang) => [lang, require(`i18n-iso-countries/langs/${lang}.json`).countries]),
);
const participants = new Set(JSON.parse(readFileSync("data/states.json", "utf8")).map((s) => s.code));

// The package gives some names as a list; this is the everyday short form csto shows for
// them (the other forms become variants, so they still resolve).
const SHORT = {
  en: {
    CN: "China",
    CG: "Republic of the Congo",
    CD: "Democratic Republic of the Congo",
    CI: "Côte d'Ivoire",
    CZ: "Czechia",
    GM: "Gambia",
    IR: "Iran",
    KR: "South Korea",
    NL: "Netherlands",
    MK: "North Macedonia",
    PS: "Palestine",
    PN: "Pitcairn Islands",
    TW: "Taiwan",
    TZ: "Tanzania",
    TR: "Türkiye",
    AE: "United Arab Emirates",
    GB: "United Kingdom",
    US: "United States",
    AX: "Åland Islands",
  },
  ru: { TW: "Тайвань" },
  de: { HK: "Hongkong", TZ: "Tansania", CZ: "Tschechien", US: "Vereinigte Staaten", GB: "Vereinigtes Königreich" },
};
const short = (lang, code) => {
  const name = names[lang][code];
  if (!Array.isArray(name)) return name;
  if (!name.includes(SHORT[lang][code])) throw new Error(`no short ${lang} name chosen for ${code}`);
  return SHORT[lang][code];
};
const others = (lang, code) => {
  const name = names[lang][code];
  return Array.isArray(name) ? name.filter((n) => n !== SHORT[lang][code]) : [];
};

const rows = Object.keys(countries.getAlpha2Codes())
  .filter((code) => code !== "XK" && !participants.has(code))
  .sort()
  .map((code) => ({
    code,
    alpha3: countries.alpha2ToAlpha3(code),
    numeric: countries.alpha2ToNumeric(code),
    names: { en: short("en", code), ru: short("ru", code), de: short("de", code) },
    variants: [...new Set(["en", "ru", "de"].flatMap((lang) => others(lang, code)))].filter(
      (variant) => !["en", "ru", "de"].some((lang) => short(lang, code) === variant),
    ),
    sources: ["iso-3166-lukes", "i18n-iso-countries-7-14"],
    confidence: "confirmed",
  }));
writeFileSync("data/other-countries.json", `${JSON.stringify(rows, null, 2)}\n`);
console.log(`wrote ${rows.length} countries`);
