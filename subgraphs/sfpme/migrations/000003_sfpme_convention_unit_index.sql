-- SFPME (efp) store: conventions by the establishment unit (siège d'exploitation) efp recorded, for
-- EstablishmentUnit.sfpmeContracts (one statement per batch of units): an index instead of a full scan.
CREATE INDEX convention_siege_exploitation ON sfpme.convention (siege_exploitation);
