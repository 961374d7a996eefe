-- CEFA store: pupils (élèves) of the Centres d'Éducation et de Formation en Alternance, as the FWB school
-- system records them. Vocabulary is CEFA's own (French school terms); OFFA maps it, nothing here knows A/B/C.
CREATE SCHEMA IF NOT EXISTS cefa;

-- CEFA's code lists (nomenclature): levels of progress (paliers), certificates, contract types, contract
-- statuses and end reasons. The codes are a modelling choice, invented for this synthetic system (see 000002).
-- Study options (trades) have their own table.
CREATE TABLE cefa.nomenclature (
  categorie text NOT NULL CHECK (categorie IN ('PALIER', 'CERTIFICAT', 'TYPE_CONTRAT', 'STATUT_CONTRAT', 'MOTIF_FIN')),
  code text NOT NULL,
  libelle text NOT NULL,
  PRIMARY KEY (categorie, code)
);

-- A CEFA is attached to one full-time secondary school (école siège).
CREATE TABLE cefa.centre (
  code text PRIMARY KEY,
  nom text NOT NULL,
  ecole_siege text NOT NULL,
  commune text NOT NULL,
  code_postal text NOT NULL,
  region text NOT NULL CHECK (region IN ('WAL', 'BXL'))
);

-- Study options (the trade as CEFA teaches it), with the article that frames them (45: specific profiles, CQS;
-- 49: same certifications as full-time education).
CREATE TABLE cefa.option_etude (
  code text PRIMARY KEY,
  intitule text NOT NULL,
  article text NOT NULL CHECK (article IN ('45', '49'))
);

CREATE TABLE cefa.eleve (
  matricule text PRIMARY KEY,
  niss text NOT NULL UNIQUE,
  nom text NOT NULL,
  prenom text NOT NULL,
  date_naissance date NOT NULL,
  sexe text NOT NULL CHECK (sexe IN ('M', 'F')),
  commune text NOT NULL,
  code_postal text NOT NULL,
  representant_legal text
);

-- One row per school year the pupil is enrolled (inscription), with or without a contract.
CREATE TABLE cefa.inscription (
  id text PRIMARY KEY,
  matricule text NOT NULL REFERENCES cefa.eleve (matricule),
  centre_code text NOT NULL REFERENCES cefa.centre (code),
  annee_scolaire text NOT NULL CHECK (annee_scolaire ~ '^[0-9]{4}-[0-9]{4}$'),
  article text NOT NULL CHECK (article IN ('45', '49')),
  option_code text NOT NULL,
  degre smallint NOT NULL CHECK (degre IN (2, 3)),
  annee_etude smallint NOT NULL CHECK (annee_etude BETWEEN 3 AND 7),
  date_inscription date NOT NULL,
  date_sortie date
);
CREATE INDEX inscription_matricule ON cefa.inscription (matricule);

-- Contracts as CEFA records them: type_contrat is CEFA's code (contrat d'alternance and the other
-- arrangements CEFA pupils may hold); statut and motif_fin are CEFA codes too.
CREATE TABLE cefa.contrat (
  id text PRIMARY KEY,
  matricule text NOT NULL REFERENCES cefa.eleve (matricule),
  inscription_id text REFERENCES cefa.inscription (id),
  type_contrat text NOT NULL,
  option_code text NOT NULL,
  entreprise_bce text NOT NULL,
  unite_etablissement text NOT NULL,
  entreprise_nom text NOT NULL,
  lieu_commune text NOT NULL,
  lieu_code_postal text NOT NULL,
  tuteur_nom text NOT NULL,
  referent_nom text NOT NULL,
  date_signature date NOT NULL,
  date_debut date NOT NULL,
  date_fin_prevue date NOT NULL,
  date_fin_effective date,
  statut text NOT NULL,
  motif_fin text,
  heures_entreprise_semaine numeric(4, 1) NOT NULL,
  heures_ecole_semaine numeric(4, 1) NOT NULL,
  retribution_mensuelle numeric(8, 2) NOT NULL
);
CREATE INDEX contrat_matricule ON cefa.contrat (matricule);

-- The referent's dated decision on the pupil's level of progress (palier), in CEFA codes.
CREATE TABLE cefa.decision_palier (
  id text PRIMARY KEY,
  contrat_id text NOT NULL REFERENCES cefa.contrat (id),
  palier text NOT NULL,
  date_decision date NOT NULL,
  referent_nom text NOT NULL
);
CREATE INDEX decision_palier_contrat ON cefa.decision_palier (contrat_id);

CREATE TABLE cefa.certification (
  id text PRIMARY KEY,
  matricule text NOT NULL REFERENCES cefa.eleve (matricule),
  code text NOT NULL,
  option_code text NOT NULL,
  annee_scolaire text NOT NULL,
  date_delivrance date NOT NULL
);
CREATE INDEX certification_matricule ON cefa.certification (matricule);

INSERT INTO cefa.nomenclature (categorie, code, libelle) VALUES
  ('PALIER', 'P1', 'Palier 1 : compétences de base'),
  ('PALIER', 'P2', 'Palier 2 : compétences intermédiaires'),
  ('PALIER', 'P3', 'Palier 3 : compétences avancées'),
  ('CERTIFICAT', 'CQ6', 'Certificat de qualification de 6e année'),
  ('CERTIFICAT', 'CQ7', 'Certificat de qualification de 7e année'),
  ('CERTIFICAT', 'CE6P', 'Certificat d''études de 6e année professionnelle'),
  ('CERTIFICAT', 'CESS', 'Certificat d''enseignement secondaire supérieur'),
  ('CERTIFICAT', 'CQS', 'Certificat de qualification spécifique'),
  ('CERTIFICAT', 'ACP', 'Attestation de compétences professionnelles'),
  ('TYPE_CONTRAT', 'CA', 'Contrat d''alternance'),
  ('TYPE_CONTRAT', 'CAI', 'Contrat d''apprentissage industriel'),
  ('TYPE_CONTRAT', 'CPE2', 'Convention de premier emploi de type 2'),
  ('TYPE_CONTRAT', 'CTTP', 'Contrat de travail à temps partiel'),
  ('STATUT_CONTRAT', 'SIGNE', 'Signé, pas encore commencé'),
  ('STATUT_CONTRAT', 'ESSAI', 'En période d''essai'),
  ('STATUT_CONTRAT', 'EN_COURS', 'En cours'),
  ('STATUT_CONTRAT', 'SUSPENDU', 'Suspendu'),
  ('STATUT_CONTRAT', 'CLOTURE', 'Clôturé'),
  ('MOTIF_FIN', 'TERME', 'Arrivé à son terme'),
  ('MOTIF_FIN', 'RUPTURE_PREAVIS', 'Rupture unilatérale avec préavis'),
  ('MOTIF_FIN', 'RUPTURE_COMMUN', 'Rupture de commun accord'),
  ('MOTIF_FIN', 'FORCE_MAJEURE', 'Force majeure'),
  ('MOTIF_FIN', 'CESSATION_ENTREPRISE', 'Cessation, faillite ou reprise de l''entreprise'),
  ('MOTIF_FIN', 'FAUTE_GRAVE', 'Manquement grave'),
  ('MOTIF_FIN', 'RETRAIT_AGREMENT', 'Retrait de l''agrément'),
  ('MOTIF_FIN', 'DECES', 'Décès');
