import { CONTRAT_ALTERNANCE, notEvaluated, pass, type ContractCheck } from "../ContractCheck";

/**
 * Why a start above A cannot be judged once no earlier same-trade contract explains it: the only other basis the
 * rule admits is a concertation of company and referent (domain.md §3, §10), and no store OFFA reads records
 * one. CEFA `decision_palier` and IFAPME `evaluation_niveau` hold the level, its date and the referent who
 * decided; efp `palier_allocation` holds the training year. A level decided at the start says what the start
 * level is, not that the company took part or on what basis, so it cannot stand for the concertation (it would
 * justify every start it records).
 */
const NO_CONCERTATION_RECORDED =
  "only a concertation of company and referent (domain.md §3, §10) could justify it, and no provider records one " +
  "(a level record holds the level, its date and at CEFA and IFAPME the referent, not a concertation)";

/**
 * START_LEVEL_WITHOUT_BASIS, domain.md §10 (and §3 "Every learner starts at A"): a contrat d'alternance whose
 * level on its start day is above A is justified only by an earlier contrat d'alternance of the same learner for
 * the same common trade, at any provider, or by a recorded concertation. A fact of the contract's start: every
 * month is judged alike.
 *
 * Passes a start at A and a start above A after an earlier same-trade contrat d'alternance (one that started
 * before this one). Never flags while no store records a concertation (NO_CONCERTATION_RECORDED): a start above A
 * without an earlier same-trade contract is not evaluated, with that reason; so is a start whose level is
 * unknown, a contract whose trade has no single common trade, and an earlier contract whose type or trade is
 * unmapped (it might be the same-trade contract).
 */
export const StartLevelWithoutBasisCheck: ContractCheck<"START_LEVEL_WITHOUT_BASIS"> = {
  code: "START_LEVEL_WITHOUT_BASIS",
  source: "§10",
  check({ contract }) {
    const start = contract.startDate;
    const entry = contract.levelTimeline.entryOn(start);
    const level = contract.levelTimeline.levelOn(start);
    if (entry === null) return notEvaluated(`no level is recorded for the start ${start}`);
    if (level === null) {
      return notEvaluated(
        `the level recorded for the start ${start} has no single common level (${entry.mappingStatus})`,
      );
    }
    if (level === "A") return pass;
    if (contract.tradeCode === null) {
      return notEvaluated(
        `the start at ${level} on ${start} needs an earlier contrat d'alternance for the same trade, and this trade has no single common trade (UNMAPPED or AMBIGUOUS)`,
      );
    }
    const earlier = contract.otherContracts.filter(
      (other) => other.id !== contract.id && other.startDate < start,
    );
    const sameTrade = earlier.filter(
      (other) => other.contractType === CONTRAT_ALTERNANCE && other.tradeCode === contract.tradeCode,
    );
    if (sameTrade.length > 0) return pass;
    // An earlier contract whose type or trade is unknown might be the same-trade contrat d'alternance.
    const unknown = earlier.filter(
      (other) =>
        (other.contractType === null || other.contractType === CONTRAT_ALTERNANCE) &&
        (other.tradeCode === null || other.tradeCode === contract.tradeCode),
    );
    if (unknown.length > 0) {
      return notEvaluated(
        `the start at ${level} on ${start} needs an earlier contrat d'alternance for ${contract.tradeCode}, and earlier contract ` +
          `${unknown.map((other) => `${other.id} (from ${other.startDate})`).join(", ")} has an UNMAPPED type or no single common trade`,
      );
    }
    return notEvaluated(
      `the start at ${level} on ${start} follows no earlier contrat d'alternance of the learner for ${contract.tradeCode} at any provider; ` +
        NO_CONCERTATION_RECORDED,
    );
  },
};
