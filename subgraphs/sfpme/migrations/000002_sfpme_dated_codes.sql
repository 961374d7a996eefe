-- SFPME (efp) store, second step: efp's own shape where it differs from the other providers.
--
-- MODELLING CHOICE, NOT A PUBLISHED CODE LIST: every code in sfpme.codification (années AF1-AF3, diplômes,
-- conventions, statuts, fins) is invented for this synthetic system in efp's style; domain.md gives official
-- names of diplomas and arrangements (§2, §6) and efp's practice of tying the allowance to the training year
-- (§3), no efp coding.

-- Code lists are dated: valide_du / valide_au bound the days a code can be used for a new record; old records
-- keep retired codes. Null = since always / still in use.
ALTER TABLE sfpme.codification ADD COLUMN valide_du date, ADD COLUMN valide_au date,
  ADD CHECK (valide_au IS NULL OR valide_du IS NULL OR valide_au >= valide_du);

INSERT INTO sfpme.codification (famille, code, libelle, valide_du, valide_au) VALUES
  -- The contrat d'apprentissage des classes moyennes, replaced by the contrat d'alternance from 2015-2016 (§2).
  ('CONVENTION', 'CA-CM', 'Contrat d''apprentissage classes moyennes (avant 2015)', NULL, DATE '2015-08-31'),
  -- efp records a learner leaving Brussels, which is a reason of its own, not a legal ground (§2).
  ('FIN', 'DEMENAGEMENT', 'Déménagement hors de la Région de Bruxelles-Capitale', NULL, NULL);

-- The day the convention was entered in efp's system (saisie), which may be well after it started.
ALTER TABLE sfpme.convention ADD COLUMN date_saisie date;
UPDATE sfpme.convention SET date_saisie = date_signature;
ALTER TABLE sfpme.convention ALTER COLUMN date_saisie SET NOT NULL;
