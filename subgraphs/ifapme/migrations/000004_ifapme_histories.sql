-- IFAPME store: contracts through time, in IFAPME's own terms. The contract row keeps the rémunération and état
-- of today; these tables keep every earlier one with its dates.

-- The monthly rémunération agreed, since a day until the next row.
CREATE TABLE ifapme.remuneration (
  id text PRIMARY KEY,
  contrat_numero text NOT NULL REFERENCES ifapme.contrat (numero),
  montant numeric(8, 2) NOT NULL CHECK (montant >= 0),
  depuis date NOT NULL,
  UNIQUE (contrat_numero, depuis)
);
CREATE INDEX remuneration_contrat ON ifapme.remuneration (contrat_numero);

-- The état of the contract from `debut` to `fin` inclusive (fin null: still in force).
CREATE TABLE ifapme.etat_periode (
  id text PRIMARY KEY,
  contrat_numero text NOT NULL REFERENCES ifapme.contrat (numero),
  etat_code text NOT NULL,
  debut date NOT NULL,
  fin date,
  CHECK (fin IS NULL OR fin >= debut)
);
CREATE INDEX etat_periode_contrat ON ifapme.etat_periode (contrat_numero);

INSERT INTO ifapme.remuneration (id, contrat_numero, montant, depuis)
  SELECT 'IR' || substr(numero, 4), numero, remuneration_mensuelle, debut FROM ifapme.contrat;
INSERT INTO ifapme.etat_periode (id, contrat_numero, etat_code, debut, fin)
  SELECT 'IE' || substr(numero, 4), numero, etat_code, debut, fin_reelle FROM ifapme.contrat;
