-- CEFA store: contracts by the establishment-unit number CEFA recorded, for EstablishmentUnit.cefaContracts (one
-- statement per batch of units, `= ANY($1)`): an index instead of a scan of every contract.
CREATE INDEX contrat_unite_etablissement ON cefa.contrat (unite_etablissement);
