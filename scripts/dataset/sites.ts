import { type Commune, communeNamed, communes } from "./communes";
import { randomFullName } from "./people";
import { type Random, WeightedTable } from "./random";

/**
 * Where learners are trained: CEFA centres (each attached to a secondary school), IFAPME's 22 Walloon sites
 * and efp's centre in Uccle (domain.md §1), each with its pool of referents (the operator staff who sign
 * contracts and decide levels).
 */
export interface TrainingSite {
  id: string;
  name: string;
  commune: Commune;
  /** Display commune when it differs from the commune list entry (a section of a commune). */
  communeLabel: string;
  referents: string[];
  /** CEFA only: the full-time secondary school the centre is attached to (école siège). */
  school: string | null;
}

/** The efp main site id (sfpme.inscription.lieu_cours). */
export const EFP_SITE_ID = "EFP-UCCLE";

// Real Walloon towns; the real IFAPME network has 22 sites (domain.md §1), their exact list is not modelled.
const ifapmeTowns: readonly [string, string, string?][] = [
  ["IFAPME-ARLON", "Arlon"],
  ["IFAPME-ATH", "Ath"],
  ["IFAPME-CHARLEROI", "Charleroi"],
  ["IFAPME-CHATELET", "Châtelet"],
  ["IFAPME-CINEY", "Ciney"],
  ["IFAPME-DINANT", "Dinant"],
  ["IFAPME-GEMBLOUX", "Gembloux"],
  ["IFAPME-HUY", "Huy"],
  ["IFAPME-LA-LOUVIERE", "La Louvière"],
  ["IFAPME-LIBRAMONT", "Libramont-Chevigny"],
  ["IFAPME-LIEGE", "Liège"],
  ["IFAPME-LIMAL", "Wavre", "Limal"],
  ["IFAPME-MARCHE", "Marche-en-Famenne"],
  ["IFAPME-MONS", "Mons"],
  ["IFAPME-MOUSCRON", "Mouscron"],
  ["IFAPME-NAMUR", "Namur"],
  ["IFAPME-NIVELLES", "Nivelles"],
  ["IFAPME-PERWEZ", "Perwez"],
  ["IFAPME-TOURNAI", "Tournai"],
  ["IFAPME-VERVIERS", "Verviers"],
  ["IFAPME-VILLERS-LE-BOUILLET", "Villers-le-Bouillet"],
  ["IFAPME-WAREMME", "Waremme"],
];

const schoolPatterns: readonly ((town: string) => string)[] = [
  (town) => `Athénée royal de ${town}`,
  (town) => `Institut Saint-Joseph de ${town}`,
  (town) => `Institut provincial d'enseignement secondaire de ${town}`,
  (town) => `Lycée communal de ${town}`,
  (town) => `Institut technique de ${town}`,
  (town) => `Institut Don Bosco de ${town}`,
  (town) => `Centre scolaire Sainte-Marie de ${town}`,
  (town) => `Collège technique Saint-Jean de ${town}`,
];

/** All training sites of the dataset, with lookups that keep learners near home. */
export class Sites {
  readonly cefaCentres: TrainingSite[] = [];
  readonly ifapmeSites: TrainingSite[];
  readonly efp: TrainingSite;
  private readonly byId = new Map<string, TrainingSite>();

  /** About 40 CEFA centres at scale 1, at least 8 (one per province first, then where people live). */
  constructor(
    private readonly random: Random,
    scale: number,
  ) {
    const centreCount = Math.max(8, Math.round(40 * scale));
    const provinces: Commune["province"][] = ["BXL", "LIE", "HAI", "NAM", "LUX", "BRW"];
    const weighted = new WeightedTable(communes, (commune) => commune.weight);
    const usedSchools = new Set<string>();
    for (let i = 0; i < centreCount; i += 1) {
      const commune =
        i < provinces.length
          ? random.weightedPick(
              communes.filter((candidate) => candidate.province === provinces[i]),
              (candidate) => candidate.weight,
            )
          : weighted.pick(random);
      let school = random.pick(schoolPatterns)(commune.name);
      while (usedSchools.has(school)) school = random.pick(schoolPatterns)(commune.name);
      usedSchools.add(school);
      this.add(this.cefaCentres, {
        id: `CEFA-${String(i + 1).padStart(3, "0")}`,
        name: `CEFA ${school.replace(/ de .*$/, "")} ${commune.name}`,
        commune,
        communeLabel: commune.name,
        referents: this.referents(random.int(3, 6)),
        school,
      });
    }
    this.ifapmeSites = ifapmeTowns.map(([id, communeName, label]) => ({
      id,
      name: `Centre IFAPME ${label ?? communeName}`,
      commune: communeNamed(communeName),
      communeLabel: label ?? communeName,
      referents: this.referents(random.int(4, 8)),
      school: null,
    }));
    for (const site of this.ifapmeSites) this.byId.set(site.id, site);
    this.efp = {
      id: EFP_SITE_ID,
      name: "efp - espace formation PME, rue de Stalle",
      commune: communeNamed("Uccle"),
      communeLabel: "Uccle",
      referents: this.referents(14),
      school: null,
    };
    this.byId.set(EFP_SITE_ID, this.efp);
  }

  /** A site by id; throws on an unknown id (a generator bug). */
  site(id: string): TrainingSite {
    const site = this.byId.get(id);
    if (!site) throw new Error(`Unknown training site ${id}`);
    return site;
  }

  /** A CEFA centre in the learner's province, else in their region. */
  cefaCentreNear(commune: Commune): TrainingSite {
    return this.near(this.cefaCentres, commune);
  }

  /** An IFAPME site in the learner's province; Brussels learners go to Brabant wallon sites. */
  ifapmeSiteNear(commune: Commune): TrainingSite {
    return this.near(this.ifapmeSites, commune.region === "BXL" ? communeNamed("Wavre") : commune);
  }

  private near(sites: TrainingSite[], commune: Commune): TrainingSite {
    const sameProvince = sites.filter((site) => site.commune.province === commune.province);
    if (sameProvince.length > 0) return this.random.pick(sameProvince);
    const sameRegion = sites.filter((site) => site.commune.region === commune.region);
    return this.random.pick(sameRegion.length > 0 ? sameRegion : sites);
  }

  private add(list: TrainingSite[], site: TrainingSite): void {
    list.push(site);
    this.byId.set(site.id, site);
  }

  private referents(count: number): string[] {
    return Array.from({ length: count }, () => randomFullName(this.random));
  }
}
