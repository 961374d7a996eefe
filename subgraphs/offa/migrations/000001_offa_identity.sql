-- OFFA store, foundation: the cross-provider learner identity and OFFA's common trade list with company
-- accreditations (agréments). OFFA never stores a national number in clear: only a keyed hash (HMAC-SHA256).
CREATE SCHEMA IF NOT EXISTS offa;

-- A learner as OFFA knows them: a pseudonymous id, never derived from the national number.
CREATE TABLE offa.learner (
  id text PRIMARY KEY CHECK (id ~ '^OL[0-9A-HJKMNP-TV-Z]{10}$'),
  niss_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The registry: which provider record belongs to which OFFA learner.
CREATE TABLE offa.learner_link (
  provider text NOT NULL CHECK (provider IN ('cefa', 'ifapme', 'sfpme')),
  provider_learner_id text NOT NULL,
  learner_id text NOT NULL REFERENCES offa.learner (id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, provider_learner_id)
);
CREATE INDEX learner_link_learner ON offa.learner_link (learner_id);

-- OFFA's common trade list: the key of accreditation together with the establishment unit.
CREATE TABLE offa.common_trade (
  code text PRIMARY KEY,
  title text NOT NULL,
  family text NOT NULL
);

-- Accreditation (agrément) per establishment unit and trade, valid for every provider, no expiry
-- (domain.md §4). Statuses are a modelling choice: ACTIVE | SUSPENDED | WITHDRAWN | REFUSED.
CREATE TABLE offa.accreditation (
  id text PRIMARY KEY,
  enterprise_number text NOT NULL CHECK (enterprise_number ~ '^[01][0-9]{9}$'),
  establishment_unit_number text NOT NULL CHECK (establishment_unit_number ~ '^[0-9]{10}$'),
  trade_code text NOT NULL REFERENCES offa.common_trade (code),
  status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'REFUSED')),
  requested_on date NOT NULL,
  decided_on date NOT NULL,
  withdrawn_on date,
  CHECK (decided_on >= requested_on)
);
CREATE INDEX accreditation_unit_trade ON offa.accreditation (establishment_unit_number, trade_code);

INSERT INTO offa.common_trade (code, title, family) VALUES
  ('BOULANGER_PATISSIER', 'Boulanger-pâtissier', 'ALIMENTATION'),
  ('BOUCHER_CHARCUTIER', 'Boucher-charcutier', 'ALIMENTATION'),
  ('COIFFEUR', 'Coiffeur / coiffeuse', 'BIEN_ETRE'),
  ('COMMIS_CUISINE', 'Commis de cuisine / restaurateur', 'HORECA'),
  ('SERVEUR', 'Serveur (service en salle)', 'HORECA'),
  ('VENDEUR', 'Vendeur / vendeuse', 'COMMERCE'),
  ('PEINTRE_DECORATEUR', 'Peintre-décorateur', 'CONSTRUCTION'),
  ('MENUISIER', 'Menuisier', 'CONSTRUCTION'),
  ('INSTALLATEUR_CHAUFFAGE', 'Installateur en chauffage central', 'CONSTRUCTION'),
  ('ELECTRICIEN', 'Électricien / aide électricien', 'CONSTRUCTION'),
  ('ELECTRICIEN_AUTOMATICIEN', 'Électricien-automaticien', 'TECHNOLOGIE'),
  ('METALLIER', 'Métallier', 'TECHNOLOGIE'),
  ('TECHNICIEN_CLIMATISATION', 'Technicien en climatisation', 'TECHNOLOGIE'),
  ('MECANICIEN_AUTOMOBILE', 'Mécanicien automobile', 'MOBILITE'),
  ('ENTREPRENEUR_JARDINS', 'Entrepreneur de jardins', 'ENVIRONNEMENT'),
  ('AGENT_IMMOBILIER', 'Agent immobilier', 'SERVICES'),
  ('COMPTABLE', 'Comptable', 'SERVICES'),
  ('REALISATEUR_RADIO', 'Réalisateur radio', 'ARTS_MEDIAS'),
  ('REGISSEUR_SPECTACLES', 'Régisseur de spectacles', 'ARTS_MEDIAS'),
  ('OPTICIEN', 'Opticien', 'SANTE'),
  ('TECHNICIEN_PROTHESES_DENTAIRES', 'Technicien en prothèses dentaires', 'SANTE'),
  ('INFOGRAPHISTE', 'Infographiste', 'NUMERIQUE');
