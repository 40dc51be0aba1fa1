/**
 * The form in which names are compared: lower case, without accents or other marks,
 * "ß" as "ss", and any run of spaces or punctuation as one space. So "Weissrussland",
 * "weißrussland" and "WEISSRUSSLAND" meet, and so do "Cote d'Ivoire" and "Côte d’Ivoire".
 * Used by the build (to write the name index) and by resolveState (to read it).
 *
 * @internal
 */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
