import type { figureContract, ProviderNamespace } from "../../kit";
import type { RuleBook } from "../harmonisation";
import { ageBandOf } from "./ageBand";
import { AMBIGUOUS, NONE, UNKNOWN, UNMAPPED } from "./figureDimensions";
import { FigureDimension } from "./figureEnums";
import type { ResolveCode, ResolvedCode } from "./figureMeasures";
import { provinceOfPostcode, regionOfProvince } from "./provinceOfPostcode";

type NativeFigureGroup = figureContract.NativeFigureGroup;
type CodeKind = "LEVEL" | "TRADE" | "CONTRACT_TYPE" | "END_REASON";

/** Where an establishment unit of OFFA's register lies. */
export interface UnitPlace {
  readonly region: string;
  readonly province: string;
}

/**
 * Turns one provider's native groups into common coordinates with the rules in force on `asOf`: each native code
 * is resolved once (a cache per request and provider), a code without a rule is UNMAPPED and one with several
 * candidates AMBIGUOUS, never spread over common values (domain.md §10). Units are placed by OFFA's register
 * (UNKNOWN when it lacks them), learners by their postcode.
 */
export class GroupHarmoniser {
  private readonly cache = new Map<string, ResolvedCode>();
  readonly resolve: ResolveCode;

  constructor(
    private readonly namespace: ProviderNamespace,
    private readonly ruleBook: RuleBook,
    private readonly asOf: string,
    private readonly unitPlaces: ReadonlyMap<string, UnitPlace>,
  ) {
    this.resolve = (kind, code) => this.resolveCode(kind, code);
  }

  /** The group's coordinate on a dimension. */
  coordinate(group: NativeFigureGroup, dimension: FigureDimension): string {
    switch (dimension) {
      case FigureDimension.PROVIDER:
        return this.namespace.toUpperCase();
      case FigureDimension.LEVEL:
        return common(this.resolveCode("LEVEL", group.levelCode));
      case FigureDimension.TRADE:
        return common(this.resolveCode("TRADE", group.tradeCode));
      case FigureDimension.CONTRACT_TYPE:
        return common(this.resolveCode("CONTRACT_TYPE", group.contractTypeCode));
      case FigureDimension.END_REASON:
        return common(this.resolveCode("END_REASON", group.endReasonCode));
      case FigureDimension.UNIT_REGION:
        return group.unitNumber === null ? NONE : (this.unitPlaces.get(group.unitNumber)?.region ?? UNKNOWN);
      case FigureDimension.UNIT_PROVINCE:
        return group.unitNumber === null
          ? NONE
          : (this.unitPlaces.get(group.unitNumber)?.province ?? UNKNOWN);
      case FigureDimension.LEARNER_PROVINCE:
        return group.learnerPostcode === null ? NONE : (provinceOfPostcode(group.learnerPostcode) ?? UNKNOWN);
      case FigureDimension.LEARNER_REGION: {
        if (group.learnerPostcode === null) return NONE;
        const province = provinceOfPostcode(group.learnerPostcode);
        return province === null ? UNKNOWN : regionOfProvince(province);
      }
      case FigureDimension.AGE_BAND:
        return group.ageYears === null ? NONE : ageBandOf(group.ageYears);
      case FigureDimension.PLACE_REGION:
        return this.placeRegion(group);
      case FigureDimension.FROM_PROVIDER:
      case FigureDimension.TO_PROVIDER:
      case FigureDimension.COMPLIANCE_CODE:
        // MOVERS and COMPLIANCE_FINDINGS only, from OFFA's own models: validation refuses them with a provider measure.
        return NONE;
      case FigureDimension.TRACK:
        return group.trackCode === null ? NONE : `${this.namespace.toUpperCase()}:${group.trackCode}`;
      default:
        return unreachable(dimension);
    }
  }

  /**
   * Where the training place is (issue 11, item 5): a programme's site, a learner without a contract's home, else
   * the establishment unit of the contract (a modelling choice: the region a place is offered or missing in).
   */
  private placeRegion(group: NativeFigureGroup): string {
    const postcode =
      group.measure === "PROGRAMMES"
        ? group.sitePostcode
        : group.measure === "LEARNERS" && group.underContract !== true
          ? group.learnerPostcode
          : undefined;
    if (postcode === undefined) {
      return group.unitNumber === null ? NONE : (this.unitPlaces.get(group.unitNumber)?.region ?? UNKNOWN);
    }
    if (postcode === null) return NONE;
    const province = provinceOfPostcode(postcode);
    return province === null ? UNKNOWN : regionOfProvince(province);
  }

  private resolveCode(kind: CodeKind, code: string | null): ResolvedCode {
    if (code === null) return { status: "NONE", target: null, candidates: [] };
    const key = `${kind}\u0000${code}`;
    let resolved = this.cache.get(key);
    if (resolved === undefined) {
      const resolution = this.ruleBook.resolve(this.namespace, kind, code, this.asOf);
      resolved = { status: resolution.status, target: resolution.target, candidates: resolution.candidates };
      this.cache.set(key, resolved);
    }
    return resolved;
  }
}

function common(code: ResolvedCode): string {
  switch (code.status) {
    case "MAPPED":
      return code.target as string;
    case "AMBIGUOUS":
      return AMBIGUOUS;
    case "UNMAPPED":
      return UNMAPPED;
    case "NONE":
      return NONE;
    default:
      return unreachable(code.status);
  }
}

function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
