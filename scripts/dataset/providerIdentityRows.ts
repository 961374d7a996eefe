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

/**
 * Where each provider keeps the identity fields in its learner row: one column per field, and how its sex code
 * reads (IFAPME writes H/F for M/F). Row access goes through this table, so the three providers share one
 * reader and one writer.
 */
interface IdentityColumns {
  columns: Record<keyof ProviderIdentity, string>;
  sexFromRow?: (code: string) => "M" | "F";
  sexToRow?: (sex: "M" | "F") => string;
}

const IDENTITY_COLUMNS: Record<Provider, IdentityColumns> = {
  cefa: {
    columns: {
      nationalNumber: "niss",
      lastName: "nom",
      firstName: "prenom",
      birthDate: "date_naissance",
      sex: "sexe",
      commune: "commune",
      postcode: "code_postal",
    },
  },
  ifapme: {
    columns: {
      nationalNumber: "registre_national",
      lastName: "nom",
      firstName: "prenom",
      birthDate: "naissance",
      sex: "genre",
      commune: "localite",
      postcode: "code_postal",
    },
    sexFromRow: (code) => (code === "H" ? "M" : "F"),
    sexToRow: (sex) => (sex === "M" ? "H" : "F"),
  },
  sfpme: {
    columns: {
      nationalNumber: "numero_national",
      lastName: "nom",
      firstName: "prenom",
      birthDate: "date_naissance",
      sex: "sexe",
      commune: "commune",
      postcode: "code_postal",
    },
  },
};

const IDENTITY_FIELDS = Object.keys(IDENTITY_COLUMNS.cefa.columns) as (keyof ProviderIdentity)[];

/** The learner rows of the three provider stores (cefa.eleve, ifapme.apprenant, sfpme.apprenant). */
export function providerIdentityRows(stores: {
  cefa: CefaTables;
  ifapme: IfapmeTables;
  sfpme: SfpmeTables;
}): ProviderIdentityRows {
  const rows: Record<Provider, Map<string, Record<string, unknown>>> = {
    cefa: new Map(stores.cefa.eleve.map((row) => [row.matricule, row as unknown as Record<string, unknown>])),
    ifapme: new Map(
      stores.ifapme.apprenant.map((row) => [row.numero, row as unknown as Record<string, unknown>]),
    ),
    sfpme: new Map(
      stores.sfpme.apprenant.map((row) => [row.dossier, row as unknown as Record<string, unknown>]),
    ),
  };
  const rowOf = (ref: ProviderRecordRef): Record<string, unknown> => {
    const row = rows[ref.provider].get(ref.providerLearnerId);
    if (!row) throw new Error(`no ${ref.provider} learner ${ref.providerLearnerId}`);
    return row;
  };
  return {
    read(ref) {
      const row = rowOf(ref);
      const { columns, sexFromRow } = IDENTITY_COLUMNS[ref.provider];
      const identity = Object.fromEntries(
        IDENTITY_FIELDS.map((field) => [field, row[columns[field]]]),
      ) as unknown as ProviderIdentity;
      return sexFromRow ? { ...identity, sex: sexFromRow(String(row[columns.sex])) } : identity;
    },
    write(ref, change) {
      const row = rowOf(ref);
      const { columns, sexToRow } = IDENTITY_COLUMNS[ref.provider];
      for (const field of IDENTITY_FIELDS) {
        const value = change[field];
        if (value === undefined) continue;
        row[columns[field]] = field === "sex" && sexToRow ? sexToRow(value as "M" | "F") : value;
      }
    },
  };
}
