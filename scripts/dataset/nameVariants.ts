import type { Random } from "./random";

/**
 * How a name comes out when another office types it again: pure functions over a seeded Random, used by the
 * identity noise (identityNoise.ts). Each returns null when the name offers no such variant.
 */

/** Letters next to each other on an AZERTY keyboard (Belgian offices): the substitutions a hurried typist makes. */
const AZERTY_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: "zq",
  z: "aes",
  e: "zrd",
  r: "etf",
  t: "ryg",
  y: "tuh",
  u: "yij",
  i: "uok",
  o: "ipl",
  p: "om",
  q: "asw",
  s: "qdz",
  d: "sfe",
  f: "dgr",
  g: "fht",
  h: "gjy",
  j: "hku",
  k: "jli",
  l: "kmo",
  m: "lp",
  w: "xq",
  x: "wc",
  c: "xv",
  v: "cb",
  b: "vn",
  n: "b",
};

/**
 * The name with one typing error after its first letter (a neighbouring key, a letter dropped, doubled, or two
 * letters swapped): the first letter is kept because forms are read back most carefully there.
 */
export function withTypo(random: Random, name: string): string | null {
  const positions = [...name]
    .map((char, index) => ({ char, index }))
    .filter((p) => p.index > 0 && /[a-z]/.test(p.char));
  if (positions.length < 2) return null;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const { char, index } = random.pick(positions);
    const before = name.slice(0, index);
    const after = name.slice(index + 1);
    let variant: string;
    switch (random.int(0, 3)) {
      case 0:
        variant = before + random.pick([...(AZERTY_NEIGHBOURS[char] ?? "e")]) + after;
        break;
      case 1:
        variant = before + after;
        break;
      case 2:
        variant = before + char + char + after;
        break;
      default:
        variant =
          after.length > 0 && /[a-z]/.test(after[0])
            ? before + after[0] + char + after.slice(1)
            : before + after;
    }
    if (variant !== name && variant.length >= 2) return variant;
  }
  return null;
}

/** Accented letters and the plain letter a form without accents shows. */
const PLAIN_OF: Readonly<Record<string, string>> = {
  é: "e",
  è: "e",
  ê: "e",
  ë: "e",
  à: "a",
  â: "a",
  ï: "i",
  î: "i",
  ô: "o",
  ö: "o",
  ù: "u",
  û: "u",
  ü: "u",
  ç: "c",
  É: "E",
};

/**
 * The name with its accents lost (a system or a form without them), or, for a name without any, an accent added
 * to its first 'e' after the first letter (a typist who "corrects" Leroy into Léroy); null if neither applies.
 */
export function withAccentsChanged(name: string): string | null {
  const plain = [...name].map((char) => PLAIN_OF[char] ?? char).join("");
  if (plain !== name) return plain;
  const e = name.indexOf("e", 1);
  return e < 0 ? null : `${name.slice(0, e)}é${name.slice(e + 1)}`;
}

/** Two given names in the other order ("Marie Claire" → "Claire Marie"); null for a single given name. */
export function withGivenNamesSwapped(firstName: string): string | null {
  const names = firstName.split(" ");
  return names.length < 2 ? null : [...names.slice(1), names[0]].join(" ");
}

/** Only the first given name ("Marie Claire" → "Marie"); null for a single given name. */
export function withGivenNamesShortened(firstName: string): string | null {
  const names = firstName.split(" ");
  return names.length < 2 ? null : names[0];
}
