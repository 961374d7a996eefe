import { parseNiss } from "../../subgraphs/kit/identifiers";
import {
  configuredKeys,
  derivePseudonym,
  PSEUDONYM_DOMAINS,
  type PseudonymKeys,
} from "../../subgraphs/kit/pseudonyms";
import type { IdentityRecord } from "../../subgraphs/offa/identity/matching";
import type { OffaLearnerPseudonymRow, CefaTables, IfapmeTables, SfpmeTables } from "./rows";

/**
 * What the providers publish for OFFA's identity matching, one entry per provider learner record (the stand-in
 * for the export each provider runs: OFFA never reads a provider's tables, and never sees a national number).
 */
export interface ProviderIdentityExport {
  /** The records as the matcher takes them: the national number as its mobility-domain pseudonym, and its kind. */
  records: IdentityRecord[];
  /**
   * The record's pseudonyms in every domain under every configured key (the providers compute them where the
   * number is known); OFFA keeps those of the number a learner holds now. Without a learner id yet.
   */
  pseudonymsOf(record: IdentityRecord): Omit<OffaLearnerPseudonymRow, "learner_id">[];
}

/**
 * Builds the providers' identity export from their learner rows: each national number replaced, at the
 * provider, by its keyed hash in the mobility domain under the current key (the pseudonym OFFA keeps,
 * subgraphs/kit/pseudonyms) and its kind (NISS or BIS); names, birth date, sex and postcode as recorded. `today`
 * fixes the year the 2000 check rule is tried against, so the kind does not depend on the clock.
 */
export function providerIdentityExport(
  stores: { cefa: CefaTables; ifapme: IfapmeTables; sfpme: SfpmeTables },
  keys: PseudonymKeys,
  today: string,
): ProviderIdentityExport {
  const currentYear = Number(today.slice(0, 4));
  const numbers = new Map<IdentityRecord, string>();
  const numberFields = (nationalNumber: string | null) => {
    if (!nationalNumber) return { nationalNumberHash: null, nationalNumberKind: null };
    return {
      nationalNumberHash: derivePseudonym("mobility", nationalNumber, keys.mobility.current),
      // An invalid number still identifies its holder at the provider: counted as a register number.
      nationalNumberKind: parseNiss(nationalNumber, { currentYear })?.kind ?? "NISS",
    };
  };
  const withNumber = (record: IdentityRecord, nationalNumber: string | null): IdentityRecord => {
    if (nationalNumber) numbers.set(record, nationalNumber);
    return record;
  };
  const records: IdentityRecord[] = [
    ...stores.cefa.eleve.map((row): IdentityRecord =>
      withNumber(
        {
          provider: "cefa",
          providerLearnerId: row.matricule,
          ...numberFields(row.niss),
          lastName: row.nom,
          firstName: row.prenom,
          birthDate: row.date_naissance,
          sex: row.sexe,
          postcode: row.code_postal,
        },
        row.niss,
      ),
    ),
    ...stores.ifapme.apprenant.map((row): IdentityRecord =>
      withNumber(
        {
          provider: "ifapme",
          providerLearnerId: row.numero,
          ...numberFields(row.registre_national),
          lastName: row.nom,
          firstName: row.prenom,
          birthDate: row.naissance,
          sex: row.genre === "H" ? "M" : "F",
          postcode: row.code_postal,
        },
        row.registre_national,
      ),
    ),
    ...stores.sfpme.apprenant.map((row): IdentityRecord =>
      withNumber(
        {
          provider: "sfpme",
          providerLearnerId: row.dossier,
          ...numberFields(row.numero_national),
          lastName: row.nom,
          firstName: row.prenom,
          birthDate: row.date_naissance,
          sex: row.sexe,
          postcode: row.code_postal,
        },
        row.numero_national,
      ),
    ),
  ];
  return {
    records,
    pseudonymsOf(record) {
      const nationalNumber = numbers.get(record);
      if (!nationalNumber) return [];
      return PSEUDONYM_DOMAINS.flatMap((domain) =>
        configuredKeys(keys, domain).map((key) => ({
          domain,
          key_id: key.id,
          pseudonym: derivePseudonym(domain, nationalNumber, key),
        })),
      );
    },
  };
}
