-- SFPME (efp) store: conventions through time, in efp's own terms. At efp the allowance follows the training year
-- (from 1 August after passed exams) and is indexed; each amount is kept from the day it applies.

-- The monthly allowance (allocation) paid from `effet_au` until the next row.
CREATE TABLE sfpme.allocation (
  id text PRIMARY KEY,
  convention_reference text NOT NULL REFERENCES sfpme.convention (reference),
  montant_mensuel numeric(8, 2) NOT NULL CHECK (montant_mensuel >= 0),
  effet_au date NOT NULL,
  UNIQUE (convention_reference, effet_au)
);
CREATE INDEX allocation_convention ON sfpme.allocation (convention_reference);

-- The statut of the convention from `du` to `au` inclusive (au null: still in force).
CREATE TABLE sfpme.statut_historique (
  id text PRIMARY KEY,
  convention_reference text NOT NULL REFERENCES sfpme.convention (reference),
  statut text NOT NULL,
  du date NOT NULL,
  au date,
  CHECK (au IS NULL OR au >= du)
);
CREATE INDEX statut_historique_convention ON sfpme.statut_historique (convention_reference);

INSERT INTO sfpme.allocation (id, convention_reference, montant_mensuel, effet_au)
  SELECT 'SA-' || reference, reference, allocation_mensuelle, date_debut FROM sfpme.convention;
INSERT INTO sfpme.statut_historique (id, convention_reference, statut, du, au)
  SELECT 'SH-' || reference, reference, statut, date_debut, coalesce(date_rupture, CASE WHEN statut = 'TERMINEE' THEN date_fin END)
    FROM sfpme.convention;
