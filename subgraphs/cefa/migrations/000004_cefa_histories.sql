-- CEFA store: contracts through time, in CEFA's own terms. The contract row keeps the rétribution and statut in
-- force today; these tables keep every earlier one with its dates, so a contract can be read as it was on a date.

-- The monthly rétribution agreed, from a day until the next row (a raise at a palier change or an indexation).
CREATE TABLE cefa.retribution (
  id text PRIMARY KEY,
  contrat_id text NOT NULL REFERENCES cefa.contrat (id),
  montant_mensuel numeric(8, 2) NOT NULL CHECK (montant_mensuel >= 0),
  applicable_du date NOT NULL,
  UNIQUE (contrat_id, applicable_du)
);
CREATE INDEX retribution_contrat ON cefa.retribution (contrat_id);

-- The statut of the contract from `du` to `au` inclusive (au null: still in force).
CREATE TABLE cefa.statut_periode (
  id text PRIMARY KEY,
  contrat_id text NOT NULL REFERENCES cefa.contrat (id),
  statut text NOT NULL,
  du date NOT NULL,
  au date,
  CHECK (au IS NULL OR au >= du)
);
CREATE INDEX statut_periode_contrat ON cefa.statut_periode (contrat_id);

-- Existing contracts get their current rétribution and statut as their only history rows.
INSERT INTO cefa.retribution (id, contrat_id, montant_mensuel, applicable_du)
  SELECT 'CR' || substr(id, 3), id, retribution_mensuelle, date_debut FROM cefa.contrat;
INSERT INTO cefa.statut_periode (id, contrat_id, statut, du, au)
  SELECT 'CS' || substr(id, 3), id, statut, date_debut, date_fin_effective FROM cefa.contrat;
