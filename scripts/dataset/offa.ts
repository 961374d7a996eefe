import { hashNiss } from "../../subgraphs/offa/identity/hashNiss";
import type { AccreditationRecord } from "./accreditations";
import { UniqueIds } from "./ids";
import type { Provider } from "./model";
import type { Person } from "./people";
import type { Random } from "./random";
import type { OffaTables } from "./rows";

/** Crockford base32 (no I, L, O, U), the alphabet of OFFA learner ids. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * Writes the OFFA store: one learner per person (id OL + 10 random Crockford characters, never derived from
 * the NISS; the NISS kept only as its keyed hash, domain.md §9), a registry link for every provider learner
 * record, and the accreditations.
 */
export function buildOffa(
  random: Random,
  people: readonly Person[],
  providerIds: Readonly<Record<Provider, Map<Person, string>>>,
  accreditations: readonly AccreditationRecord[],
  nissHashKey: string,
): { tables: OffaTables; learnerIds: Map<Person, string> } {
  const tables: OffaTables = { learner: [], learner_link: [], accreditation: [] };
  const ids = new UniqueIds(random);
  const learnerIds = new Map<Person, string>();
  const providers: Provider[] = ["cefa", "ifapme", "sfpme"];
  for (const person of people) {
    const id = ids.take((r) => {
      let suffix = "";
      for (let i = 0; i < 10; i += 1) suffix += CROCKFORD[r.int(0, 31)];
      return `OL${suffix}`;
    });
    learnerIds.set(person, id);
    tables.learner.push({ id, niss_hash: hashNiss(person.niss, nissHashKey) });
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
  return { tables, learnerIds };
}
