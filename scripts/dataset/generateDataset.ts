import { PSEUDONYM_DOMAINS, type PseudonymKeys } from "../../subgraphs/kit/pseudonyms";
import { planAccreditations } from "./accreditations";
import { FIRST_SCHOOL_YEAR, LAST_SCHOOL_YEAR, TODAY, WARM_UP_YEARS } from "./calendar";
import { buildCefa } from "./cefa";
import { CompanyPool } from "./companies";
import { settleContracts } from "./contractTerms";
import { planAccreditationEvents } from "./accreditationEvents";
import { forgetSomeRepresentatives, misrecordStatusHistories, recordContracts } from "./recording";
import { planContracts } from "./contracts";
import { type GroundTruth, buildGroundTruth } from "./groundTruth";
import { buildIfapme } from "./ifapme";
import { addIdentityNoise } from "./identityNoise";
import { matchIdentities } from "../../subgraphs/offa/identity/matching";
import { buildOffa, recordKey } from "./offa";
import { providerIdentityExport } from "./providerIdentityExport";
import type { Person } from "./people";
import type { Provider } from "./model";
import { PROVIDER_NAMESPACES } from "../../subgraphs/kit/provider/providerNamespaces";
import { makeDeliberateOverlaps } from "./overlaps";
import { Random } from "./random";
import { planRegister } from "./register";
import type { CefaTables, IfapmeTables, OffaTables, SfpmeTables } from "./rows";
import { buildSfpme } from "./sfpme";
import { Sites } from "./sites";
import { planTrajectories } from "./trajectories";

/**
 * Version of the generator's output. Bump it whenever the same (seed, scale) would produce different rows, so
 * seedStores reseeds stores holding an older dataset.
 */
export const GENERATOR_VERSION = "1.10.0";

/** What to generate. */
export interface GenerateOptions {
  /** Any 32-bit integer; the same seed and scale give the same dataset. */
  seed: number;
  /** 1 ≈ real yearly volumes; 0.1 (the default dataset) divides them by 10. */
  scale: number;
  /**
   * The pseudonym keys of every domain (readPseudonymKeys, or developmentPseudonymKeys): offa.learner_pseudonym
   * gets each learner's pseudonym under each configured key. Only that table depends on them.
   */
  pseudonymKeys: PseudonymKeys;
  /** Called as the work advances, `done` out of `total` steps. */
  onProgress?: (done: number, total: number) => void;
}

/** The four stores' rows and the ground truth. */
export interface Dataset {
  stores: { cefa: CefaTables; ifapme: IfapmeTables; sfpme: SfpmeTables; offa: OffaTables };
  groundTruth: GroundTruth;
}

/** Largest accepted scale (10 times the real volumes, the limit OFFA_SCALE allows; needs several GB of memory). */
export const MAX_SCALE = 10;

/**
 * Generates the synthetic dataset in memory: pure and deterministic (no clock, no Math.random, no I/O), so
 * the same options always give identical rows. The pipeline: sites → who is enrolled where each year
 * (trajectories) → contracts → deliberate overlaps → accreditations (which may end contracts) → levels, pay
 * and states → provider rows → each provider's own view of a person's identity (identityNoise.ts) → OFFA rows →
 * ground truth.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const { seed, scale, pseudonymKeys } = validateOptions(options);
  const total = LAST_SCHOOL_YEAR - FIRST_SCHOOL_YEAR + 1 + WARM_UP_YEARS + 6;
  let done = 0;
  const tick = () => options.onProgress?.((done += 1), total);

  const random = new Random(`offa-dataset:${seed}:${scale}`);
  const sites = new Sites(random.fork("sites"), scale);
  const { people, stints } = planTrajectories(random.fork("trajectories"), scale, sites, tick);

  const companies = new CompanyPool(random.fork("companies"));
  const contractRandom = random.fork("contracts");
  for (const stint of stints) planContracts(contractRandom, stint, companies, sites);
  const overlaps = makeDeliberateOverlaps(random.fork("overlaps"), stints);
  tick();

  const contracts = stints.flatMap((stint) => stint.contracts);
  const accreditations = planAccreditations(
    random.fork("accreditations"),
    contracts,
    new Set(overlaps.flat()),
  );
  const register = planRegister(
    random.fork("register"),
    companies,
    contracts,
    accreditations,
    new Set(overlaps.flat()),
  );
  const anomalies = settleContracts(random.fork("terms"), stints);
  const lateEntries = recordContracts(random.fork("recording"), stints);
  const statusFaults = misrecordStatusHistories(random.fork("status-faults"), stints);
  forgetSomeRepresentatives(random.fork("representatives"), people);
  tick();

  const cefa = buildCefa(
    random.fork("cefa"),
    stints.filter((stint) => stint.provider === "cefa"),
    sites,
  );
  tick();
  const sfpmeStints = stints.filter((stint) => stint.provider === "sfpme");
  const ifapme = buildIfapme(
    random.fork("ifapme"),
    stints.filter((stint) => stint.provider === "ifapme"),
    sfpmeStints.filter((stint) => stint.site !== sites.efp.id),
    sites,
  );
  tick();
  const sfpme = buildSfpme(random.fork("sfpme"), sfpmeStints);
  tick();
  const providerIds = { cefa: cefa.learnerIds, ifapme: ifapme.learnerIds, sfpme: sfpme.learnerIds };
  const identityNoise = addIdentityNoise(random.fork("identity-noise"), people, stints, providerIds, {
    cefa: cefa.tables,
    ifapme: ifapme.tables,
    sfpme: sfpme.tables,
  });
  // The registry as production builds it: the providers publish their records with hashed numbers, OFFA's
  // matcher links them. The generator's own knowledge of who is who stays in the ground truth, to score it.
  const identities = providerIdentityExport(
    { cefa: cefa.tables, ifapme: ifapme.tables, sfpme: sfpme.tables },
    pseudonymKeys,
    TODAY,
  );
  const offa = buildOffa(
    random.fork("offa"),
    identities,
    matchIdentities(identities.records),
    accreditations.records,
    register,
  );
  const offaIds = registryLearnerOfPeople(people, providerIds, offa.learnerOf);
  const accreditationEvents = planAccreditationEvents(
    random.fork("accreditation-events"),
    accreditations.records,
    stints.flatMap((stint) => stint.contracts),
    new Set([...accreditations.missing, ...register.unitNotInRegister]),
  );
  offa.tables.accreditation_event = accreditationEvents.events.map((event, index) => ({
    id: `AGE-${String(index + 1).padStart(8, "0")}`,
    accreditation_id: event.accreditationId,
    kind: event.kind,
    occurred_on: event.on,
    deciding_body: event.decidingBody,
  }));
  const stores = { cefa: cefa.tables, ifapme: ifapme.tables, sfpme: sfpme.tables, offa: offa.tables };
  const groundTruth = buildGroundTruth({
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    today: TODAY,
    people,
    stints,
    offaIds,
    providerIds,
    stores,
    anomalies,
    accreditations,
    runningSuspensions: accreditationEvents.runningSuspensions,
    overlaps,
    unitNotInRegister: register.unitNotInRegister,
    lateEntries,
    statusFaults,
    identityNoise,
  });
  tick();
  return { stores, groundTruth };
}

/**
 * The OFFA learner the registry gives each person: the one holding the person's first provider record. A person
 * the matcher left split over two learners (a missed link, on the review list) is found under the first.
 */
function registryLearnerOfPeople(
  people: readonly Person[],
  providerIds: Readonly<Record<Provider, Map<Person, string>>>,
  learnerOf: ReadonlyMap<string, string>,
): Map<Person, string> {
  const offaIds = new Map<Person, string>();
  for (const person of people) {
    for (const provider of PROVIDER_NAMESPACES) {
      const providerLearnerId = providerIds[provider].get(person);
      const learner = providerLearnerId && learnerOf.get(recordKey({ provider, providerLearnerId }));
      if (learner) {
        offaIds.set(person, learner);
        break;
      }
    }
  }
  return offaIds;
}

/** Checks the options and says which one is wrong and why. */
export function validateOptions(options: GenerateOptions): GenerateOptions {
  const { seed, scale, pseudonymKeys } = options;
  if (!Number.isInteger(seed) || seed < -2147483648 || seed > 2147483647) {
    throw new RangeError(`seed must be a 32-bit integer, got ${seed}`);
  }
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new RangeError(`scale must be a number in (0, ${MAX_SCALE}], got ${scale}`);
  }
  for (const domain of PSEUDONYM_DOMAINS) {
    if (
      typeof pseudonymKeys?.[domain]?.current?.secret !== "string" ||
      !pseudonymKeys[domain].current.secret
    ) {
      throw new RangeError(`pseudonymKeys.${domain}.current must be a key (pseudonymKey(secret))`);
    }
  }
  return options;
}
