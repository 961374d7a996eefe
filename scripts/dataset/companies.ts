import { enterpriseCheckDigits } from "../../subgraphs/kit/identifiers";
import { type Commune, communes } from "./communes";
import { lastNames } from "./names";
import { randomFullName } from "./people";
import { type Random, WeightedTable } from "./random";
import { commonTradeNamed } from "./tradeCatalogue";

/**
 * A company as the BCE knows it: one enterprise number, one or more establishment units (domain.md §4, §8).
 * Mostly SMEs, some self-employed people with no staff (the case of the Walloon P1 incentive, domain.md §5).
 */
export interface Company {
  enterpriseNumber: string;
  name: string;
  /** Legal form as offa.enterprise.legal_form spells it (modelling choice, see the migration 000003). */
  legalForm: LegalForm;
  /** Common trade code (offa.common_trade) the company was created for; its units may train related trades. */
  trade: string;
  selfEmployedNoStaff: boolean;
  units: EstablishmentUnit[];
}

/** Legal forms of offa.enterprise (a modelling choice): a self-employed person trades in their own name. */
export type LegalForm = "PERSONNE_PHYSIQUE" | "SRL" | "SPRL" | "SA" | "SC";

/** An establishment unit: one address, one number, the key of accreditation with the trade (domain.md §4). */
export interface EstablishmentUnit {
  number: string;
  company: Company;
  commune: Commune;
  /** Designated tutors (the owner for a self-employed person). */
  tutors: string[];
}

/** Share of companies that are a self-employed person with no employees. */
const SELF_EMPLOYED_SHARE = 0.2;
/** Probability that a new contract goes to a unit that already trains learners (units host ~2.5 contracts). */
const REUSE_SHARE = 0.6;
/**
 * Probability that a learner who would open a new company goes instead to a nearby unit of a related trade,
 * which then trains several trades (a restaurant training cooks and waiters). A modelling choice: how many
 * units hold agréments for several trades is not published (domain.md §11.6).
 */
const MULTI_TRADE_SHARE = 0.12;

/**
 * Trades learned in the same workplace (a modelling choice from what each trade's companies do): a bakery or a
 * butcher also trains sellers, a restaurant cooks and waiters, a heating installer electricians.
 */
const relatedTrades: Readonly<Record<string, readonly string[]>> = {
  BOULANGER_PATISSIER: ["VENDEUR"],
  BOUCHER_CHARCUTIER: ["VENDEUR"],
  VENDEUR: ["BOULANGER_PATISSIER", "BOUCHER_CHARCUTIER", "OPTICIEN"],
  COMMIS_CUISINE: ["SERVEUR"],
  SERVEUR: ["COMMIS_CUISINE"],
  ELECTRICIEN: ["INSTALLATEUR_CHAUFFAGE", "ELECTRICIEN_AUTOMATICIEN"],
  INSTALLATEUR_CHAUFFAGE: ["ELECTRICIEN", "TECHNICIEN_CLIMATISATION"],
  TECHNICIEN_CLIMATISATION: ["INSTALLATEUR_CHAUFFAGE"],
  ELECTRICIEN_AUTOMATICIEN: ["ELECTRICIEN"],
  PEINTRE_DECORATEUR: ["MENUISIER"],
  MENUISIER: ["PEINTRE_DECORATEUR"],
  OPTICIEN: ["VENDEUR"],
};

const legalForms: readonly LegalForm[] = ["SRL", "SRL", "SRL", "SPRL", "SA", "SC"];

/**
 * Hands out establishment units per trade and province: often an existing unit (companies train several
 * learners over the years), sometimes a unit of a related trade (it then trains several trades), otherwise a
 * new company with 1-3 units. Enterprise numbers have first digit 0
 * (1 is not issued, domain.md §8); unit numbers first digit 2-8 (a modelling choice, §11.12).
 */
export class CompanyPool {
  private readonly byKey = new Map<string, EstablishmentUnit[]>();
  private readonly usedNumbers = new Set<string>();
  private readonly all: Company[] = [];
  private readonly communesByProvince = new Map<string, WeightedTable<Commune>>();

  /** The pool draws from its own stream. */
  constructor(private readonly random: Random) {}

  /** Every company created so far, in creation order. */
  get companies(): readonly Company[] {
    return this.all;
  }

  /** A unit training for `trade` in the province of `near` (a learner's commune or a centre). */
  unitFor(trade: string, near: Commune): EstablishmentUnit {
    const key = `${trade}|${near.province}`;
    const units = this.byKey.get(key) ?? [];
    this.byKey.set(key, units);
    if (units.length > 0 && this.random.chance(REUSE_SHARE)) return this.random.pick(units);
    const related = (relatedTrades[trade] ?? []).flatMap(
      (other) => this.byKey.get(`${other}|${near.province}`) ?? [],
    );
    if (related.length > 0 && this.random.chance(MULTI_TRADE_SHARE)) {
      const unit = this.random.pick(related);
      if (!units.includes(unit)) units.push(unit);
      return unit;
    }
    const company = this.createCompany(trade, near.province);
    units.push(...company.units);
    return company.units[0];
  }

  /**
   * A company created for the register only: accredited, it has never trained a learner (as many do). Its
   * units are not offered to later contracts.
   */
  addCompanyWithoutLearners(trade: string, province: Commune["province"]): Company {
    return this.createCompany(trade, province);
  }

  /**
   * A valid establishment-unit number no unit of the pool has, nor will get: the number a provider recorded
   * for a unit the register lacks (a data-quality case, see register.ts).
   */
  unregisteredUnitNumber(): string {
    return this.uniqueNumber(() => `${this.random.int(2, 8)}${this.random.digits(7)}`);
  }

  private createCompany(trade: string, province: Commune["province"]): Company {
    const random = this.random;
    const selfEmployedNoStaff = random.chance(SELF_EMPLOYED_SHARE);
    const owner = randomFullName(random);
    const ownerLastName = owner.slice(owner.indexOf(" ") + 1);
    const words = commonTradeNamed(trade).companyWords;
    const word = random.pick(words.length > 0 ? words : ["Entreprise"]);
    let legalForm: LegalForm = "PERSONNE_PHYSIQUE";
    let name: string;
    if (selfEmployedNoStaff) {
      name = random.chance(0.5)
        ? `${word} ${ownerLastName}`
        : `${ownerLastName} ${owner.slice(0, owner.indexOf(" "))}`;
    } else {
      const nameWord = random.chance(0.7) ? ownerLastName : random.pick(lastNames);
      legalForm = random.pick(legalForms);
      name = `${word} ${nameWord} ${legalForm}`;
    }
    const company: Company = {
      enterpriseNumber: this.uniqueNumber(() => `0${random.int(2, 8)}${random.digits(6)}`),
      name,
      legalForm,
      trade,
      selfEmployedNoStaff,
      units: [],
    };
    const unitCount = selfEmployedNoStaff ? 1 : random.weightedPick([1, 2, 3], (n) => [0, 60, 30, 10][n]);
    for (let i = 0; i < unitCount; i += 1) {
      company.units.push({
        number: this.uniqueNumber(() => `${random.int(2, 8)}${random.digits(7)}`),
        company,
        commune: this.communeIn(province),
        tutors: selfEmployedNoStaff
          ? [owner]
          : random.chance(0.5)
            ? [owner, randomFullName(random)]
            : [randomFullName(random)],
      });
    }
    this.all.push(company);
    return company;
  }

  private communeIn(province: Commune["province"]): Commune {
    let table = this.communesByProvince.get(province);
    if (!table) {
      table = new WeightedTable(
        communes.filter((commune) => commune.province === province),
        (commune) => commune.weight,
      );
      this.communesByProvince.set(province, table);
    }
    return table.pick(this.random);
  }

  private uniqueNumber(first8: () => string): string {
    for (;;) {
      const base = first8();
      const number = base + enterpriseCheckDigits(base);
      if (!this.usedNumbers.has(number)) {
        this.usedNumbers.add(number);
        return number;
      }
    }
  }
}
