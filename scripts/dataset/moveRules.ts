import type { MoveKind, Stint, Track } from "./model";

/**
 * The trajectories of domain.md §7: who continues after leaving a stint, where, and how often. `share` is the
 * probability that an eligible stint ending one year feeds a new stint the next. Moves inside one provider
 * (apprenticeship → chef d'entreprise at IFAPME or efp) keep the learner's record and are not cross-provider.
 */
export interface MoveRule {
  from: Track;
  to: Track;
  /** The kind of cross-provider move, or null for a track change inside one provider. */
  move: MoveKind | null;
  /** Probability that an eligible stint that ended feeds a stint of `to` the next school year. */
  share: (source: Stint) => number;
  /** Probability of keeping the trade when the new track offers it. */
  sameTrade: number;
  /** The learner moves house to Brussels (a new address at the new provider). */
  toBrussels: boolean;
}

/** The rules, tried for each stint that ended the year before. */
export const moveRules: readonly MoveRule[] = [
  {
    from: "CEFA",
    to: "IFAPME_APPRENTICESHIP",
    move: "CEFA_TO_IFAPME_APPRENTICESHIP",
    // Article 45 pupils are the usual case; some article 49 leavers follow.
    share: (s) =>
      s.commune.region !== "WAL" ? 0 : s.cefaOption?.article === "45" ? 0.35 : s.completed ? 0 : 0.07,
    sameTrade: 0.7,
    toBrussels: false,
  },
  {
    from: "CEFA",
    to: "EFP_APPRENTICESHIP",
    move: "CEFA_TO_EFP_APPRENTICESHIP",
    share: (s) => (s.commune.region === "BXL" && !s.completed ? 0.2 : 0),
    sameTrade: 0.6,
    toBrussels: false,
  },
  {
    from: "IFAPME_APPRENTICESHIP",
    to: "IFAPME_CHEF_ENTREPRISE",
    move: null,
    share: (s) => (s.completed ? 0.25 : 0),
    sameTrade: 0.9,
    toBrussels: false,
  },
  {
    from: "IFAPME_APPRENTICESHIP",
    to: "EFP_CHEF_ENTREPRISE",
    move: "IFAPME_TO_EFP_CHEF_ENTREPRISE",
    share: (s) => (s.completed ? 0.08 : 0),
    sameTrade: 0.9,
    toBrussels: true,
  },
  {
    from: "EFP_APPRENTICESHIP",
    to: "EFP_CHEF_ENTREPRISE",
    move: null,
    share: (s) => (s.completed ? 0.3 : 0),
    sameTrade: 0.9,
    toBrussels: false,
  },
];
