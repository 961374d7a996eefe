-- SFPME store: learners of efp (espace formation PME, Brussels) in apprenticeship (years 1-3) and adult
-- tracks, as efp records them. At efp the allowance step follows the training year, on 1 August after passed
-- exams: efp records that step itself (palier_allocation). Codes are efp's own; OFFA maps them.
CREATE SCHEMA IF NOT EXISTS sfpme;

-- efp's code lists (codification). The codes are a modelling choice, invented for this synthetic system
-- (see 000002).
CREATE TABLE sfpme.codification (
  famille text NOT NULL CHECK (famille IN ('ANNEE', 'DIPLOME', 'CONVENTION', 'STATUT', 'FIN')),
  code text NOT NULL,
  libelle text NOT NULL,
  PRIMARY KEY (famille, code)
);

-- efp's trainings (formations), grouped in trade families. enseignee_efp = false: a Brussels contract for a
-- trade efp does not teach, whose courses run at an IFAPME centre.
CREATE TABLE sfpme.formation (
  code text PRIMARY KEY,
  intitule text NOT NULL,
  famille_metiers text NOT NULL,
  enseignee_efp boolean NOT NULL
);

CREATE TABLE sfpme.apprenant (
  dossier text PRIMARY KEY,
  numero_national text NOT NULL UNIQUE,
  nom text NOT NULL,
  prenom text NOT NULL,
  date_naissance date NOT NULL,
  sexe text NOT NULL CHECK (sexe IN ('M', 'F')),
  commune text NOT NULL,
  code_postal text NOT NULL,
  representant_legal text
);

-- One row per academic year (1 Sept - 31 Aug): programme APPRENTISSAGE (years 1-3) or adult tracks.
CREATE TABLE sfpme.inscription (
  id text PRIMARY KEY,
  dossier text NOT NULL REFERENCES sfpme.apprenant (dossier),
  formation_code text NOT NULL,
  programme text NOT NULL CHECK (programme IN ('APPRENTISSAGE', 'CHEF_ENTREPRISE', 'COORDINATION')),
  annee_formation smallint NOT NULL CHECK (annee_formation BETWEEN 1 AND 3),
  annee_academique text NOT NULL CHECK (annee_academique ~ '^[0-9]{4}-[0-9]{4}$'),
  -- Where the courses run: 'EFP-UCCLE', or an IFAPME site when efp does not teach the trade.
  lieu_cours text NOT NULL,
  resultat_examen text CHECK (resultat_examen IN ('REUSSI', 'ECHEC', 'ABSENT')),
  date_inscription date NOT NULL
);
CREATE INDEX inscription_dossier ON sfpme.inscription (dossier);

CREATE TABLE sfpme.convention (
  reference text PRIMARY KEY,
  dossier text NOT NULL REFERENCES sfpme.apprenant (dossier),
  type_convention text NOT NULL,
  formation_code text NOT NULL,
  bce text NOT NULL,
  siege_exploitation text NOT NULL,
  raison_sociale text NOT NULL,
  commune_siege text NOT NULL,
  code_postal_siege text NOT NULL,
  tuteur text NOT NULL,
  delegue_tutelle text NOT NULL,
  date_signature date NOT NULL,
  date_debut date NOT NULL,
  date_fin date NOT NULL,
  date_rupture date,
  statut text NOT NULL,
  motif_fin text,
  heures_entreprise_hebdo numeric(4, 1) NOT NULL,
  heures_cours_hebdo numeric(4, 1) NOT NULL,
  allocation_mensuelle numeric(8, 2) NOT NULL
);
CREATE INDEX convention_dossier ON sfpme.convention (dossier);

-- The allowance step: the training year in force from a date (contract start, then 1 August after passed exams).
CREATE TABLE sfpme.palier_allocation (
  id text PRIMARY KEY,
  convention_reference text NOT NULL REFERENCES sfpme.convention (reference),
  annee_code text NOT NULL,
  effet_au date NOT NULL
);
CREATE INDEX palier_allocation_convention ON sfpme.palier_allocation (convention_reference);

CREATE TABLE sfpme.diplome (
  id text PRIMARY KEY,
  dossier text NOT NULL REFERENCES sfpme.apprenant (dossier),
  code text NOT NULL,
  formation_code text NOT NULL,
  date_delivrance date NOT NULL
);
CREATE INDEX diplome_dossier ON sfpme.diplome (dossier);

INSERT INTO sfpme.codification (famille, code, libelle) VALUES
  ('ANNEE', 'AF1', 'Première année de formation'),
  ('ANNEE', 'AF2', 'Deuxième année de formation'),
  ('ANNEE', 'AF3', 'Troisième année de formation'),
  ('DIPLOME', 'CERT-APP', 'Certificat d''apprentissage'),
  ('DIPLOME', 'DIP-CE', 'Diplôme de chef d''entreprise'),
  ('DIPLOME', 'DIP-COORD', 'Diplôme coordination et encadrement'),
  ('CONVENTION', 'CALT', 'Contrat d''alternance'),
  ('CONVENTION', 'CSTAGE', 'Convention de stage (classes moyennes)'),
  ('CONVENTION', 'CIP', 'Convention d''immersion professionnelle'),
  ('STATUT', 'SIGNEE', 'Signée'),
  ('STATUT', 'ESSAI', 'Période d''essai'),
  ('STATUT', 'ACTIVE', 'Active'),
  ('STATUT', 'SUSPENDUE', 'Suspendue'),
  ('STATUT', 'TERMINEE', 'Terminée'),
  ('FIN', 'ECHEANCE', 'Échéance'),
  ('FIN', 'PREAVIS', 'Rupture avec préavis'),
  ('FIN', 'ACCORD', 'Rupture de commun accord'),
  ('FIN', 'FM', 'Force majeure'),
  ('FIN', 'ENTREPRISE', 'Cessation ou transfert de l''entreprise'),
  ('FIN', 'FAUTE', 'Manquement grave'),
  ('FIN', 'AGREMENT', 'Retrait d''agrément'),
  ('FIN', 'DECES', 'Décès');
