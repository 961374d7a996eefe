-- CEFA store, second step: CEFA's own shape where it differs from the other providers.
--
-- MODELLING CHOICE, NOT A PUBLISHED CODE LIST: every code in cefa.nomenclature (paliers P1-P3, contract types,
-- statuts, motifs de fin) is invented for this synthetic system in CEFA's style. domain.md gives the official
-- NAMES of the certificates and of the arrangements (§2, §6) and says levels are referent decisions (§3); it
-- gives no CEFA coding. The codes differ from IFAPME's and efp's on purpose: three systems, three vocabularies.

-- Code lists are dated: a code can be retired (valide_au: last day it could be used for a new record) while old
-- records keep it; null = since always / still in use.
ALTER TABLE cefa.nomenclature ADD COLUMN valide_du date, ADD COLUMN valide_au date,
  ADD CHECK (valide_au IS NULL OR valide_du IS NULL OR valide_au >= valide_du);

-- CEFA records the end of a contract by a party as one "rupture" whatever the form (notice or mutual agreement),
-- and records a return to full-time school (réorientation), which is a school motive, not a legal ground.
DELETE FROM cefa.nomenclature WHERE categorie = 'MOTIF_FIN' AND code IN ('RUPTURE_PREAVIS', 'RUPTURE_COMMUN');
INSERT INTO cefa.nomenclature (categorie, code, libelle, valide_du, valide_au) VALUES
  ('MOTIF_FIN', 'RUPTURE', 'Rupture du contrat par une partie (préavis ou commun accord)', NULL, NULL),
  ('MOTIF_FIN', 'REORIENTATION', 'Réorientation vers l''enseignement de plein exercice', NULL, NULL),
  -- The contrat d'insertion socio-professionnelle, replaced by the contrat d'alternance from 2015-2016 (§2).
  ('TYPE_CONTRAT', 'CISP', 'Contrat d''insertion socio-professionnelle (avant 2015)', NULL, DATE '2015-08-31');
UPDATE cefa.contrat SET motif_fin = 'RUPTURE' WHERE motif_fin IN ('RUPTURE_PREAVIS', 'RUPTURE_COMMUN');

-- CEFA plans hours per SCHOOL YEAR (the school's timetable), where IFAPME and efp record hours per week. OFFA
-- converts them with a stated rule (schema/mappings/reference/hour-units.csv). Existing rows are converted
-- with the same 36 weeks a school year that rule states.
ALTER TABLE cefa.contrat ADD COLUMN heures_entreprise_annee numeric(6, 1),
  ADD COLUMN heures_ecole_annee numeric(6, 1);
UPDATE cefa.contrat SET heures_entreprise_annee = heures_entreprise_semaine * 36,
  heures_ecole_annee = heures_ecole_semaine * 36;
ALTER TABLE cefa.contrat ALTER COLUMN heures_entreprise_annee SET NOT NULL,
  ALTER COLUMN heures_ecole_annee SET NOT NULL,
  DROP COLUMN heures_entreprise_semaine, DROP COLUMN heures_ecole_semaine;

-- The day the contract was entered in CEFA's system (encodage), which may be well after it started.
ALTER TABLE cefa.contrat ADD COLUMN date_encodage date;
UPDATE cefa.contrat SET date_encodage = date_signature;
ALTER TABLE cefa.contrat ALTER COLUMN date_encodage SET NOT NULL;
