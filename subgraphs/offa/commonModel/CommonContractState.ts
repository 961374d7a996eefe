import type { LevelTimeline, RuleBook } from "../harmonisation";
import type { Accreditation } from "../accreditation/Accreditation";
import type { NativeContract } from "../providers";

/**
 * What a CommonContract's computed fields (minimum pay for a month, compliance) need, kept beside it so
 * each month asked costs no further query.
 */
export interface CommonContractState {
  native: NativeContract;
  asOf: string;
  ruleBook: RuleBook;
  timeline: LevelTimeline;
  learnerBirthDate: string | null;
  /** Whether the provider's record of the learner names a legal representative (null: not known). */
  learnerHasLegalRepresentative: boolean | null;
  contractType: string | null;
  tradeCode: string | null;
  /** The same learner's other contracts at every provider, in common types and trades. */
  otherContracts: {
    id: string;
    startDate: string;
    endDate: string;
    contractType: string | null;
    tradeCode: string | null;
  }[];
  /** The agréments of the contract's establishment unit (any trade). */
  accreditations: Accreditation[];
}
