/**
 * A name as the matcher compares it: lower case, accents removed (Unicode NFD without combining marks), hyphens,
 * apostrophes, dots and repeated spaces turned into single spaces, anything else but letters dropped. Returns
 * the words in their written order ("Jean-Pierre" → ["jean", "pierre"]; "Léa  D'Hondt" → ["lea", "d", "hondt"]).
 */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0);
}

/**
 * A family name's comparison key: its words joined without spaces, so particles written apart or together
 * ("De Smet", "Desmet", "de-Smet") give one key.
 */
export function familyNameKey(lastName: string): string {
  return nameWords(lastName).join("");
}
