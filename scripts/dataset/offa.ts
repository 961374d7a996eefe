import {
  configuredKeys,
  derivePseudonym,
  PSEUDONYM_DOMAINS,
  type PseudonymKeys,
} from "../../subgraphs/kit/pseudonyms";
import type { AccreditationRecord } from "./accreditations";
import { UniqueIds } from "./ids";
import type { Provider } from "./model";
import type { Person } from "./people";
import type { Random } from "./random";
import type { RegisterPlan } from "./register";
import type { OffaTables } from "./rows";
import { PROVIDER_NAMESPACES } from "../../subgraphs/kit/provider/providerNamespaces";

/** Crockford base32 (no I, L, O, U), the alphabet of OFFA learner ids. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * Writes the OFFA store: one learner per person (id OL + 10 random Crockford characters, never derived from
 * the NISS), its pseudonyms in every purpose domain under every configured key (current and previous: the
 * registry import is where the national number is known, and the number itself is never written to OFFA's store,
 * domain.md §9), a registry link for every provider learner
 * record, the establishment-unit register (enterprises, units, tutors and the units they serve), the
 * accreditations, and the tutor designated on each provider contract. Call it after the provider builders:
 * contract ids are theirs.
 */
export function buildOffa(
  random: Random,
  people: readonly Person[],
  providerIds: Readonly<Record<Provider, Map<Person, string>>>,
  accreditations: readonly AccreditationRecord[],
  pseudonymKeys: PseudonymKeys,
  register: RegisterPlan,
): { tables: OffaTables; learnerIds: Map<Person, string> } {
  const tables: OffaTables = {
    learner: [],
    learner_pseudonym: [],
    learner_link: [],
    enterprise: [],
    establishment_unit: [],
    tutor: [],
    tutor_unit: [],
    accreditation: [],
    accreditation_event: [],
    contract_tutor: [],
  };
  const ids = new UniqueIds(random);
  const learnerIds = new Map<Person, string>();
  const providers = PROVIDER_NAMESPACES;
  for (const person of people) {
    const id = ids.take((r) => {
      let suffix = "";
      for (let i = 0; i < 10; i += 1) suffix += CROCKFORD[r.int(0, 31)];
      return `OL${suffix}`;
    });
    learnerIds.set(person, id);
    tables.learner.push({ id });
    for (const domain of PSEUDONYM_DOMAINS) {
      for (const key of configuredKeys(pseudonymKeys, domain)) {
        tables.learner_pseudonym.push({
          learner_id: id,
          domain,
          key_id: key.id,
          pseudonym: derivePseudonym(domain, person.niss, key),
        });
      }
    }
    for (const provider of providers) {
      const providerLearnerId = providerIds[provider].get(person);
      if (providerLearnerId) {
        tables.learner_link.push({ provider, provider_learner_id: providerLearnerId, learner_id: id });
      }
    }
  }
  tables.accreditation = accreditations.map((record) => ({
    id: record.id,
    enterprise_number: record.enterpriseNumber,
    establishment_unit_number: record.unitNumber,
    trade_code: record.trade,
    status: record.status,
    requested_on: record.requestedOn,
    decided_on: record.decidedOn,
    withdrawn_on: record.withdrawnOn,
  }));
  tables.enterprise = register.companies.map((company) => ({
    number: company.enterpriseNumber,
    name: company.name,
    legal_form: company.legalForm,
    self_employed_without_staff: company.selfEmployedNoStaff,
  }));
  tables.establishment_unit = register.units.map(({ unit, name, streetAddress, sector }) => ({
    number: unit.number,
    enterprise_number: unit.company.enterpriseNumber,
    name,
    street_address: streetAddress,
    postcode: unit.commune.postcode,
    commune: unit.commune.name,
    province: unit.commune.province,
    region: unit.commune.region,
    sector,
  }));
  tables.tutor = register.tutors.map((tutor) => ({
    id: tutor.id,
    enterprise_number: tutor.company.enterpriseNumber,
    full_name: tutor.fullName,
    qualification: tutor.qualification,
    training_hours: tutor.trainingHours,
    accredited: tutor.accredited,
  }));
  tables.tutor_unit = register.tutors.flatMap((tutor) =>
    tutor.units.map((unit) => ({
      tutor_id: tutor.id,
      establishment_unit_number: unit.number,
      enterprise_number: tutor.company.enterpriseNumber,
    })),
  );
  tables.contract_tutor = [...register.tutorOf].map(([contract, tutor]) => ({
    provider: contract.stint.provider,
    provider_contract_id: contract.id,
    tutor_id: tutor.id,
  }));
  return { tables, learnerIds };
}
