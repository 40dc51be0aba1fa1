/**
 * Letters Unicode does not decompose into a plain letter and a mark, with the plain spelling
 * people type for them: "ß" as "ss", the Azerbaijani "ə" as "e" (Azərbaycan, Azerbaycan), the
 * Turkish dotless "ı" as "i", and the like.
 */
const PLAIN_SPELLINGS: Readonly<Record<string, string>> = {
  ß: "ss",
  ə: "e",
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  æ: "ae",
  œ: "oe",
};
/** Any character outside printable ASCII: the letters of PLAIN_SPELLINGS are among them. */
const NOT_PLAIN_ASCII = /[^ -~]/g;
/**
 * Apostrophes, and the letters that stand for them in Latin alphabets of Central Asia
 * (O‘zbekiston, Oʻzbekiston): dropped, so that every way of writing them meets "Ozbekiston".
 */
const APOSTROPHE = /['‘’ʻʼ`´]/g;

/**
 * The form in which names are compared: lower case, without apostrophes, accents or other
 * marks, "ß" as "ss" (and the few letters of {@link PLAIN_SPELLINGS} in their plain
 * spelling), and any run of spaces or punctuation as one space. So "Weissrussland",
 * "weißrussland" and "WEISSRUSSLAND" meet, and so do "O'zbekiston" and "Oʻzbekiston".
 * Used by the build (to write the name index) and by resolveState (to read it).
 *
 * @internal
 */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(APOSTROPHE, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(NOT_PLAIN_ASCII, (letter) => PLAIN_SPELLINGS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** German umlauts as they are written without them: "Russische Föderation" as "Russische Foederation". */
const UMLAUT_SPELLINGS: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue" };
const UMLAUT = /[äöü]/g;

/**
 * Every compared form under which the build files a name: its {@link nameKey}, and for a
 * name with German umlauts also the form with them spelled out (ö as oe), which people type
 * on keyboards without them.
 *
 * @internal
 */
export function nameKeys(name: string): string[] {
  const key = nameKey(name);
  const spelledOut = nameKey(
    name
      .toLowerCase()
      .normalize("NFC")
      .replace(UMLAUT, (umlaut) => UMLAUT_SPELLINGS[umlaut]!),
  );
  return spelledOut === key ? [key] : [key, spelledOut];
}
