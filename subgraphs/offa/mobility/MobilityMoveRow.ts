/** One move between providers as the read model holds it (offa.mobility_move). */
export interface MobilityMoveRow {
  learnerId: string;
  seq: number;
  movedOn: string;
  fromProvider: string;
  toProvider: string;
  fromTradeNative: string;
  fromTradeCommon: string | null;
  toTradeNative: string;
  toTradeCommon: string | null;
  tradeChanged: boolean | null;
  levelBefore: string | null;
  levelAfter: string | null;
  levelOutcome: string;
  toUnitNumber: string | null;
}

/** The last refresh of the read model. */
export interface MobilityRefresh {
  asOf: string;
  finishedAt: string;
  learners: number;
  moves: number;
}
