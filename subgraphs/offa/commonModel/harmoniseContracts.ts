import {
  buildLevelTimeline,
  contractFindings,
  contractOnDate,
  payPeriodsWithEnds,
  weeklyHours,
  type RuleBook,
} from "../harmonisation";
import { today } from "../../kit";
import type { Accreditation } from "../accreditation/Accreditation";
import type { CommonContract } from "../commonModel/CommonContract";
import {
  CommonContractStatus,
  CommonEndReason,
  CommonLevelValue,
  ContractPhaseValue,
  DataQualityCodeValue,
  HoursUnit,
  MappingStatusValue,
} from "../commonModel/enums";
import { providerOfNamespace } from "../identity/Provider";
import type { CommonVocabulary } from "./commonVocabularyQueries";
import type { NativeContract, NativeLearnerRecord } from "../providers";
import { toMappingResolutionType } from "./toMappingResolutionType";

/** The day a contract ends for overlap and pay: the effective end when it ended early, else the planned end. */
export function contractEndDate(contract: NativeContract): string {
  return contract.endedOn ?? contract.plannedEndOn;
}

/**
 * Every contract of a learner, at every provider, on the common contract model, with the rules in force on
 * `asOf`. Done for the whole learner at once because one contract's checks need the others (overlap).
 */
export function harmoniseContracts(input: {
  offaLearnerId: string;
  records: NativeLearnerRecord[];
  ruleBook: RuleBook;
  vocabulary: CommonVocabulary;
  accreditationsByUnit: Map<string, Accreditation[]>;
  /** Establishment-unit numbers found in OFFA's register. */
  unitsInRegister: ReadonlySet<string>;
  asOf: string;
}): CommonContract[] {
  const { ruleBook, vocabulary, asOf } = input;
  const contracts = input.records.flatMap((record) => record.contracts.map((native) => ({ record, native })));
  const keyOf = (native: NativeContract) => `${native.namespace}:${native.id}`;
  const contractTypeOf = new Map(
    contracts.map(({ native }) => [
      keyOf(native),
      ruleBook.resolve(native.namespace, "CONTRACT_TYPE", native.typeCode, asOf),
    ]),
  );
  const tradeOf = new Map(
    contracts.map(({ native }) => [
      keyOf(native),
      ruleBook.resolve(native.namespace, "TRADE", native.tradeCode, asOf),
    ]),
  );
  return contracts.map(({ record, native }) => {
    const typeResolution = contractTypeOf.get(keyOf(native))!;
    // The contract as it was on asOf, from its dated histories: its status, pay and end are those of that day.
    const onDate = contractOnDate(native, asOf, today());
    const statusResolution =
      onDate.statusCode === null
        ? null
        : ruleBook.resolve(native.namespace, "CONTRACT_STATUS", onDate.statusCode, asOf);
    const endResolution =
      native.endReasonCode && onDate.ended
        ? ruleBook.resolve(native.namespace, "END_REASON", native.endReasonCode, asOf)
        : null;
    // Only what was recorded by asOf: a period that went on after it was open on that day.
    const knownStatuses = native.statusPeriods
      .filter((period) => period.from <= asOf)
      .map((period) => ({ ...period, to: period.to !== null && period.to < asOf ? period.to : null }));
    const statusResolutions = knownStatuses.map((period) =>
      ruleBook.resolve(native.namespace, "CONTRACT_STATUS", period.code, asOf),
    );
    const statusHistory = knownStatuses.map((period, index) => ({
      from: period.from,
      to: period.to,
      nativeCode: period.code,
      status: commonStatusOf(statusResolutions[index].target),
      mapping: toMappingResolutionType(statusResolutions[index]),
    }));
    const tradeResolution = tradeOf.get(keyOf(native))!;
    const timeline = buildLevelTimeline({
      namespace: native.namespace,
      records: native.levelRecords,
      ruleBook,
      asOf,
    });
    const contractType = typeResolution.target;
    const isContratAlternance =
      contractType !== null && vocabulary.contractTypes.get(contractType)?.isContratAlternance === true;
    const hours = weeklyHours(native.hours, native.startsOn, ruleBook.schoolYearWeeks);
    const levelResolutions = [...new Set(native.levelRecords.map((record) => record.code))].map((code) =>
      ruleBook.resolve(native.namespace, "LEVEL", code, asOf),
    );
    return {
      state: {
        native,
        asOf,
        ruleBook,
        timeline,
        learnerBirthDate: record.birthDate,
        learnerHasLegalRepresentative: record.hasLegalRepresentative,
        contractType,
        tradeCode: tradeResolution.target,
        otherContracts: contracts
          .filter((other) => keyOf(other.native) !== keyOf(native))
          .map((other) => ({
            id: keyOf(other.native),
            startDate: other.native.startsOn,
            endDate: contractEndDate(other.native),
            contractType: contractTypeOf.get(keyOf(other.native))?.target ?? null,
            tradeCode: tradeOf.get(keyOf(other.native))?.target ?? null,
          })),
        accreditations: input.accreditationsByUnit.get(native.employer.establishmentUnitNumber) ?? [],
      },
      offaLearnerId: input.offaLearnerId,
      provider: providerOfNamespace(native.namespace),
      id: `${providerOfNamespace(native.namespace)}:${native.id}`,
      phase: ContractPhaseValue[onDate.phase],
      providerContractId: native.id,
      providerLearnerId: native.learnerId,
      contractType,
      isContratAlternance,
      company: { ...native.employer },
      referentName: native.referentName,
      tutorName: native.tutorName,
      trade: {
        nativeCode: native.tradeCode,
        commonCode: tradeResolution.target,
        title: tradeResolution.target ? (vocabulary.trades.get(tradeResolution.target) ?? null) : null,
        mapping: toMappingResolutionType(tradeResolution),
      },
      signedOn: native.signedOn,
      startsOn: native.startsOn,
      plannedEndOn: native.plannedEndOn,
      endedOn: onDate.ended ? native.endedOn : null,
      status: commonStatusOf(statusResolution?.target ?? null),
      endReason: endResolution?.target
        ? (CommonEndReason[endResolution.target as CommonEndReason] ?? null)
        : null,
      mappings: {
        contractType: toMappingResolutionType(typeResolution),
        status: statusResolution ? toMappingResolutionType(statusResolution) : null,
        endReason: endResolution ? toMappingResolutionType(endResolution) : null,
      },
      companyHoursPerWeek: hours.company,
      centreHoursPerWeek: hours.centre,
      hours: {
        nativeUnit: HoursUnit[native.hours.unit],
        nativeCompany: native.hours.company,
        nativeCentre: native.hours.centre,
        weeksPerSchoolYear: hours.weeksPerSchoolYear,
        rule: hours.rule,
      },
      monthlyPayCents: onDate.payCents ?? native.payPeriods[0]?.amountCents ?? native.monthlyPayCents,
      payHistory: payPeriodsWithEnds(
        native.payPeriods.filter((period, index) => index === 0 || period.from <= asOf),
      ),
      statusHistory,
      level: (() => {
        const level = timeline.levelOn(asOf);
        return level ? CommonLevelValue[level] : null;
      })(),
      recordedOn: native.recordedOn,
      dataQuality: contractFindings({
        asOf,
        startsOn: native.startsOn,
        recordedOn: native.recordedOn,
        isContratAlternance,
        establishmentUnitNumber: native.employer.establishmentUnitNumber,
        unitInRegister: input.unitsInRegister.has(native.employer.establishmentUnitNumber),
        levelTimeline: timeline,
        statusPeriods: native.statusPeriods.filter((period) => period.from <= asOf),
        resolutions: [
          typeResolution,
          ...statusResolutions,
          ...(endResolution ? [endResolution] : []),
          tradeResolution,
          ...levelResolutions,
        ],
      }).map((finding) => ({ code: DataQualityCodeValue[finding.code], detail: finding.detail })),
      levelHistory: timeline.entries.map((entry) => ({
        from: entry.from,
        to: entry.to,
        nativeCode: entry.nativeCode,
        level: entry.level ? CommonLevelValue[entry.level] : null,
        mappingStatus: MappingStatusValue[entry.mappingStatus],
        ruleVersion: entry.ruleVersion,
      })),
    };
  });
}

function commonStatusOf(target: string | null): CommonContractStatus | null {
  return target ? (CommonContractStatus[target as CommonContractStatus] ?? null) : null;
}
