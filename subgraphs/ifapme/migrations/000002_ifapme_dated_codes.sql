-- IFAPME store, second step: IFAPME's own shape where it differs from the other providers.
--
-- MODELLING CHOICE, NOT A PUBLISHED CODE LIST: every code in ifapme.referentiel (niveaux NIV-A…C, types, états,
-- raisons de fin) is invented for this synthetic system in IFAPME's style; domain.md gives official names of
-- titles and arrangements (§2, §6), no IFAPME coding.

-- Code lists are dated: valide_du / valide_au bound the days a code can be used for a new record; old records
-- keep retired codes. Null = since always / still in use.
ALTER TABLE ifapme.referentiel ADD COLUMN valide_du date, ADD COLUMN valide_au date,
  ADD CHECK (valide_au IS NULL OR valide_du IS NULL OR valide_au >= valide_du);

-- IFAPME's system has no trial state: a contract is signed, then active (the trial period, whose length is
-- unknown, domain.md §11.1, is not tracked).
UPDATE ifapme.contrat SET etat_code = 'A' WHERE etat_code = 'E';
DELETE FROM ifapme.referentiel WHERE domaine = 'ETAT_CONTRAT' AND code = 'E';

-- IFAPME records who ended the contract with notice: two codes for one common ground (notice, §2).
INSERT INTO ifapme.referentiel (domaine, code, libelle, valide_du, valide_au) VALUES
  ('RAISON_FIN', 'R02E', 'Rupture avec préavis à l''initiative de l''employeur', NULL, NULL),
  ('RAISON_FIN', 'R02A', 'Rupture avec préavis à l''initiative de l''apprenant', NULL, NULL),
  -- Added to IFAPME's list in 2024: an ending after a failed year with no renewal of the contract.
  ('RAISON_FIN', 'R09', 'Non-reconduction après échec de l''année', DATE '2024-09-01', NULL),
  -- The contrat d'apprentissage (classes moyennes), replaced by the contrat d'alternance from 2015-2016 (§2).
  ('TYPE_CONTRAT', 'CAPP', 'Contrat d''apprentissage (avant 2015)', NULL, DATE '2015-08-31');
UPDATE ifapme.contrat SET raison_fin_code = 'R02E' WHERE raison_fin_code = 'R02';
DELETE FROM ifapme.referentiel WHERE domaine = 'RAISON_FIN' AND code = 'R02';

-- The day the contract was entered in IFAPME's system, which may be well after it started.
ALTER TABLE ifapme.contrat ADD COLUMN encode_le date;
UPDATE ifapme.contrat SET encode_le = signe_le;
ALTER TABLE ifapme.contrat ALTER COLUMN encode_le SET NOT NULL;
