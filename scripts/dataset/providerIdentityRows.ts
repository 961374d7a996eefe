import type { Provider } from "./model";
import type { CefaTables, IfapmeTables, SfpmeTables } from "./rows";

/** A provider learner record in the ground truth and the identity noise: provider and the provider's own id. */
export interface ProviderRecordRef {
  provider: Provider;
  providerLearnerId: string;
}

/**
 * The identity fields of one provider learner row, the same for the three providers whatever their column
 * names: what a provider recorded about a person, which the noise rewrites and the matcher reads.
 */
export interface ProviderIdentity {
  /** Null when the provider never recorded the number (NATIONAL_NUMBER_MISSING). */
  nationalNumber: string | null;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: "M" | "F";
  commune: string;
  postcode: string;
}

/** Reads and rewrites the identity of provider learner rows through one shape, in place. */
export interface ProviderIdentityRows {
  /** The identity as the provider recorded it. */
  read(ref: ProviderRecordRef): ProviderIdentity;
  /** Overwrites some fields of the provider's row. */
  write(ref: ProviderRecordRef, change: Partial<ProviderIdentity>): void;
}

/** The learner rows of the three provider stores (cefa.eleve, ifapme.apprenant, sfpme.apprenant). */
export function providerIdentityRows(stores: {
  cefa: CefaTables;
  ifapme: IfapmeTables;
  sfpme: SfpmeTables;
}): ProviderIdentityRows {
  const cefa = new Map(stores.cefa.eleve.map((row) => [row.matricule, row]));
  const ifapme = new Map(stores.ifapme.apprenant.map((row) => [row.numero, row]));
  const sfpme = new Map(stores.sfpme.apprenant.map((row) => [row.dossier, row]));
  const found = <T>(row: T | undefined, ref: ProviderRecordRef): T => {
    if (!row) throw new Error(`no ${ref.provider} learner ${ref.providerLearnerId}`);
    return row;
  };
  return {
    read(ref) {
      switch (ref.provider) {
        case "cefa": {
          const row = found(cefa.get(ref.providerLearnerId), ref);
          return {
            nationalNumber: row.niss,
            lastName: row.nom,
            firstName: row.prenom,
            birthDate: row.date_naissance,
            sex: row.sexe,
            commune: row.commune,
            postcode: row.code_postal,
          };
        }
        case "ifapme": {
          const row = found(ifapme.get(ref.providerLearnerId), ref);
          return {
            nationalNumber: row.registre_national,
            lastName: row.nom,
            firstName: row.prenom,
            birthDate: row.naissance,
            sex: row.genre === "H" ? "M" : "F",
            commune: row.localite,
            postcode: row.code_postal,
          };
        }
        case "sfpme": {
          const row = found(sfpme.get(ref.providerLearnerId), ref);
          return {
            nationalNumber: row.numero_national,
            lastName: row.nom,
            firstName: row.prenom,
            birthDate: row.date_naissance,
            sex: row.sexe,
            commune: row.commune,
            postcode: row.code_postal,
          };
        }
      }
    },
    write(ref, change) {
      switch (ref.provider) {
        case "cefa": {
          const row = found(cefa.get(ref.providerLearnerId), ref);
          if (change.nationalNumber !== undefined) row.niss = change.nationalNumber;
          if (change.lastName !== undefined) row.nom = change.lastName;
          if (change.firstName !== undefined) row.prenom = change.firstName;
          if (change.birthDate !== undefined) row.date_naissance = change.birthDate;
          if (change.sex !== undefined) row.sexe = change.sex;
          if (change.commune !== undefined) row.commune = change.commune;
          if (change.postcode !== undefined) row.code_postal = change.postcode;
          return;
        }
        case "ifapme": {
          const row = found(ifapme.get(ref.providerLearnerId), ref);
          if (change.nationalNumber !== undefined) row.registre_national = change.nationalNumber;
          if (change.lastName !== undefined) row.nom = change.lastName;
          if (change.firstName !== undefined) row.prenom = change.firstName;
          if (change.birthDate !== undefined) row.naissance = change.birthDate;
          if (change.sex !== undefined) row.genre = change.sex === "M" ? "H" : "F";
          if (change.commune !== undefined) row.localite = change.commune;
          if (change.postcode !== undefined) row.code_postal = change.postcode;
          return;
        }
        case "sfpme": {
          const row = found(sfpme.get(ref.providerLearnerId), ref);
          if (change.nationalNumber !== undefined) row.numero_national = change.nationalNumber;
          if (change.lastName !== undefined) row.nom = change.lastName;
          if (change.firstName !== undefined) row.prenom = change.firstName;
          if (change.birthDate !== undefined) row.date_naissance = change.birthDate;
          if (change.sex !== undefined) row.sexe = change.sex;
          if (change.commune !== undefined) row.commune = change.commune;
          if (change.postcode !== undefined) row.code_postal = change.postcode;
          return;
        }
      }
    },
  };
}
