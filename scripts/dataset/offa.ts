import type { IdentityMatch, IdentityRecord } from "../../subgraphs/offa/identity/matching";
import type { AccreditationRecord } from "./accreditations";
import { UniqueIds } from "./ids";
import type { ProviderIdentityExport } from "./providerIdentityExport";
import type { Random } from "./random";
import type { RegisterPlan } from "./register";
import type { OffaTables } from "./rows";

/** Crockford base32 (no I, L, O, U), the alphabet of OFFA learner ids. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** `provider:providerLearnerId`, the key of a provider record in the registry. */
export const recordKey = (record: { provider: string; providerLearnerId: string }): string =>
  `${record.provider}:${record.providerLearnerId}`;

/**
 * Writes the OFFA store. The registry comes out of the identity matcher run over the providers' identity export
 * (never out of the generator's truth): one learner per learner the matcher found (id OL + 10 random Crockford
 * characters, never derived from the national number), a link for each of its provider records with the quality
 * that linked it, its pseudonyms in every purpose domain under every configured key (those the providers computed
 * for the number the learner holds now: a NISS before a BIS it replaced; the number itself never reaches OFFA's
 * store, domain.md §9), and the POSSIBLE candidates on the review list. Then the establishment-unit register
 * (enterprises, units, tutors and the units they serve), the accreditations, and the tutor designated on each
 * provider contract. Call it after the provider builders: contract ids are theirs.
 */
export function buildOffa(
  random: Random,
  identities: ProviderIdentityExport,
  match: IdentityMatch,
  accreditations: readonly AccreditationRecord[],
  register: RegisterPlan,
): { tables: OffaTables; learnerOf: Map<string, string> } {
  const tables: OffaTables = {
    learner: [],
    learner_pseudonym: [],
    learner_link: [],
    identity_candidate: [],
    enterprise: [],
    establishment_unit: [],
    tutor: [],
    tutor_unit: [],
    accreditation: [],
    accreditation_event: [],
    contract_tutor: [],
  };
  const ids = new UniqueIds(random);
  const learnerOf = new Map<string, string>();
  const quality = linkQualities(match);
  // A pseudonym names one learner: should two learners hold one number (a link refused for a conflict), the
  // first keeps it and the other is found through its provider records only.
  const taken = new Set<string>();
  for (const records of match.learners) {
    const id = ids.take((r) => {
      let suffix = "";
      for (let i = 0; i < 10; i += 1) suffix += CROCKFORD[r.int(0, 31)];
      return `OL${suffix}`;
    });
    tables.learner.push({ id });
    records.forEach((record, index) => {
      learnerOf.set(recordKey(record), id);
      tables.learner_link.push({
        provider: record.provider,
        provider_learner_id: record.providerLearnerId,
        learner_id: id,
        match_quality: index === 0 ? null : (quality.get(record) ?? null),
      });
    });
    const current =
      records.find((record) => record.nationalNumberKind === "NISS") ??
      records.find((record) => record.nationalNumberHash !== null);
    for (const row of current ? identities.pseudonymsOf(current) : []) {
      const key = `${row.domain}:${row.key_id}:${row.pseudonym}`;
      if (taken.has(key)) continue;
      taken.add(key);
      tables.learner_pseudonym.push({ learner_id: id, ...row });
    }
  }
  tables.identity_candidate = match.candidates.map((pair, index) => ({
    id: `IC${String(index + 1).padStart(8, "0")}`,
    provider: pair.a.provider,
    provider_learner_id: pair.a.providerLearnerId,
    other_provider: pair.b.provider,
    other_provider_learner_id: pair.b.providerLearnerId,
    evidence: JSON.stringify(pair.evidence),
    conflict: pair.conflict ?? null,
  }));
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
  return { tables, learnerOf };
}

// Each linked record's best quality among the matcher's links touching it.
function linkQualities(match: IdentityMatch): Map<IdentityRecord, "EXACT" | "NEEDS_UPDATE"> {
  const quality = new Map<IdentityRecord, "EXACT" | "NEEDS_UPDATE">();
  for (const link of match.links) {
    for (const record of [link.a, link.b]) {
      if (quality.get(record) !== "EXACT") quality.set(record, link.quality as "EXACT" | "NEEDS_UPDATE");
    }
  }
  return quality;
}
