-- IFAPME store: apprentices (apprentissage, training years 1-3) and adults in the chef d'entreprise track at
-- IFAPME's Walloon centres, as IFAPME records them. Codes are IFAPME's own; OFFA maps them.
CREATE SCHEMA IF NOT EXISTS ifapme;

-- IFAPME's code lists (référentiel): level evaluations, titles, contract types, statuses, end reasons. The
-- codes are a modelling choice, invented for this synthetic system (see 000002).
CREATE TABLE ifapme.referentiel (
  domaine text NOT NULL CHECK (domaine IN ('NIVEAU', 'TITRE', 'TYPE_CONTRAT', 'ETAT_CONTRAT', 'RAISON_FIN')),
  code text NOT NULL,
  libelle text NOT NULL,
  PRIMARY KEY (domaine, code)
);

-- IFAPME training sites (22 in Wallonia).
CREATE TABLE ifapme.site (
  id text PRIMARY KEY,
  nom text NOT NULL,
  commune text NOT NULL,
  code_postal text NOT NULL
);

-- Trades (métiers) of IFAPME's catalogue.
CREATE TABLE ifapme.metier (
  code text PRIMARY KEY,
  libelle text NOT NULL,
  secteur text NOT NULL
);

CREATE TABLE ifapme.apprenant (
  numero text PRIMARY KEY,
  registre_national text NOT NULL UNIQUE,
  nom text NOT NULL,
  prenom text NOT NULL,
  naissance date NOT NULL,
  genre text NOT NULL CHECK (genre IN ('H', 'F')),
  localite text NOT NULL,
  code_postal text NOT NULL,
  representant_legal text
);

-- One row per training year followed: filiere APPRENTISSAGE (years 1-3) or CHEF_ENTREPRISE (adults, 18+).
CREATE TABLE ifapme.inscription (
  id text PRIMARY KEY,
  apprenant_numero text NOT NULL REFERENCES ifapme.apprenant (numero),
  site_id text NOT NULL REFERENCES ifapme.site (id),
  metier_code text NOT NULL,
  filiere text NOT NULL CHECK (filiere IN ('APPRENTISSAGE', 'CHEF_ENTREPRISE')),
  annee_formation smallint NOT NULL CHECK (annee_formation BETWEEN 1 AND 3),
  session text NOT NULL CHECK (session ~ '^[0-9]{4}-[0-9]{4}$'),
  date_inscription date NOT NULL,
  abandon_le date,
  -- Set when a Brussels (efp) learner follows IFAPME courses for a trade efp does not teach.
  operateur_contrat text NOT NULL DEFAULT 'IFAPME' CHECK (operateur_contrat IN ('IFAPME', 'SFPME'))
);
CREATE INDEX inscription_apprenant ON ifapme.inscription (apprenant_numero);

CREATE TABLE ifapme.contrat (
  numero text PRIMARY KEY,
  apprenant_numero text NOT NULL REFERENCES ifapme.apprenant (numero),
  type_code text NOT NULL,
  metier_code text NOT NULL,
  employeur_bce text NOT NULL,
  employeur_ue text NOT NULL,
  employeur_denomination text NOT NULL,
  lieu_localite text NOT NULL,
  lieu_code_postal text NOT NULL,
  tuteur text NOT NULL,
  referent text NOT NULL,
  signe_le date NOT NULL,
  debut date NOT NULL,
  fin_prevue date NOT NULL,
  fin_reelle date,
  etat_code text NOT NULL,
  raison_fin_code text,
  heures_entreprise numeric(4, 1) NOT NULL,
  heures_centre numeric(4, 1) NOT NULL,
  remuneration_mensuelle numeric(8, 2) NOT NULL
);
CREATE INDEX contrat_apprenant ON ifapme.contrat (apprenant_numero);

-- The referent's dated evaluation of the apprentice's level, in IFAPME codes.
CREATE TABLE ifapme.evaluation_niveau (
  id text PRIMARY KEY,
  contrat_numero text NOT NULL REFERENCES ifapme.contrat (numero),
  niveau_code text NOT NULL,
  evalue_le date NOT NULL,
  referent text NOT NULL
);
CREATE INDEX evaluation_niveau_contrat ON ifapme.evaluation_niveau (contrat_numero);

CREATE TABLE ifapme.titre_delivre (
  id text PRIMARY KEY,
  apprenant_numero text NOT NULL REFERENCES ifapme.apprenant (numero),
  titre_code text NOT NULL,
  metier_code text NOT NULL,
  delivre_le date NOT NULL
);
CREATE INDEX titre_delivre_apprenant ON ifapme.titre_delivre (apprenant_numero);

INSERT INTO ifapme.referentiel (domaine, code, libelle) VALUES
  ('NIVEAU', 'NIV-A', 'Niveau de compétence A'),
  ('NIVEAU', 'NIV-B', 'Niveau de compétence B'),
  ('NIVEAU', 'NIV-C', 'Niveau de compétence C'),
  ('TITRE', 'CAP', 'Certificat d''apprentissage'),
  ('TITRE', 'DCE', 'Diplôme de chef d''entreprise'),
  ('TYPE_CONTRAT', 'CAL', 'Contrat d''alternance'),
  ('TYPE_CONTRAT', 'CST', 'Convention de stage (chef d''entreprise)'),
  ('ETAT_CONTRAT', 'S', 'Signé'),
  ('ETAT_CONTRAT', 'E', 'Essai'),
  ('ETAT_CONTRAT', 'A', 'Actif'),
  ('ETAT_CONTRAT', 'X', 'Suspendu'),
  ('ETAT_CONTRAT', 'F', 'Fini'),
  ('RAISON_FIN', 'R01', 'Échéance du contrat'),
  ('RAISON_FIN', 'R02', 'Rupture par une partie avec préavis'),
  ('RAISON_FIN', 'R03', 'Rupture de commun accord'),
  ('RAISON_FIN', 'R04', 'Force majeure'),
  ('RAISON_FIN', 'R05', 'Événement de l''entreprise (faillite, cessation, reprise)'),
  ('RAISON_FIN', 'R06', 'Manquement grave'),
  ('RAISON_FIN', 'R07', 'Retrait d''agrément'),
  ('RAISON_FIN', 'R08', 'Décès');
