/**
 * How two identity records compare (domain.md §10): EXACT, the same national-number hash and a consistent
 * identity; NEEDS_UPDATE, the same person with one side's data outdated or mistyped; POSSIBLE, strong
 * similarity without proof, never merged without a recorded human decision; NONE, not the same person as far
 * as the records tell.
 */
export const MATCH_QUALITIES = ["EXACT", "NEEDS_UPDATE", "POSSIBLE", "NONE"] as const;

/** One of MATCH_QUALITIES. */
export type MatchQuality = (typeof MATCH_QUALITIES)[number];

/** True for the qualities the registry links without a human decision. */
export function isAutomaticLink(quality: MatchQuality): quality is "EXACT" | "NEEDS_UPDATE" {
  return quality === "EXACT" || quality === "NEEDS_UPDATE";
}
