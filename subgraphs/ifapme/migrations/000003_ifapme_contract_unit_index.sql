-- IFAPME store: contracts by the establishment-unit number IFAPME recorded, for
-- EstablishmentUnit.ifapmeContracts (one statement per batch of units): an index instead of a full scan.
CREATE INDEX contrat_employeur_ue ON ifapme.contrat (employeur_ue);
