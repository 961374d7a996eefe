-- OFFA store, harmonisation: OFFA's own common vocabularies (levels, certifications, contract types, statuses,
-- end reasons; trades are in 000001) and the versioned mapping rules that carry each provider's native codes onto
-- them (domain.md §10). Rules, RMMMG amounts and A/B/C pay shares are DATA loaded from schema/mappings/ by the
-- loader (subgraphs/offa/harmonisation/rules/loadRuleSet.ts), never written here: each load is one rule_set row,
-- and the rows in force are those of the latest rule set. Earlier sets stay, so a past figure can be traced to
-- the exact rules that produced it.

-- The common competence levels of the contrat d'alternance, defined in the plan de formation (domain.md §3).
CREATE TABLE offa.common_level (
  code text PRIMARY KEY CHECK (code IN ('A', 'B', 'C')),
  title text NOT NULL
);

-- Common certifications. The code column is a modelling choice (domain.md §6). issuing_providers says who may
-- issue each one: the mapping rules are checked against it (a CESS can only come from CEFA article 49, §10).
-- indicative_eqf_levels is the EQF 3-4 Cedefop states for alternance qualifications AS A WHOLE (draft NQF), the
-- same for every row: it is not a per-certificate level. eqf_level and cfc_level are per-certificate and unknown
-- (domain.md §6, §11.8): NULL until verified. esco_uri is optional and must be an ESCO concept URI (§10).
CREATE TABLE offa.common_certification (
  code text PRIMARY KEY,
  title text NOT NULL,
  track text NOT NULL,
  issuing_providers text[] NOT NULL
    CHECK (cardinality(issuing_providers) > 0 AND issuing_providers <@ ARRAY['cefa', 'ifapme', 'sfpme']),
  indicative_eqf_levels int[] NOT NULL CHECK (indicative_eqf_levels <@ ARRAY[1, 2, 3, 4, 5, 6, 7, 8]),
  eqf_level int CHECK (eqf_level BETWEEN 1 AND 8),
  cfc_level int CHECK (cfc_level BETWEEN 1 AND 8),
  esco_uri text CHECK (esco_uri LIKE 'http://data.europa.eu/esco/%')
);

-- Common contract types. Only CONTRAT_ALTERNANCE is the common contract; the others are distinct arrangements
-- that must never be mapped onto it (domain.md §2, §10).
CREATE TABLE offa.common_contract_type (
  code text PRIMARY KEY,
  title text NOT NULL,
  is_contrat_alternance boolean NOT NULL
);
CREATE UNIQUE INDEX common_contract_type_one_alternance ON offa.common_contract_type (is_contrat_alternance)
  WHERE is_contrat_alternance;

-- Contract statuses and end reasons: a modelling choice derived from the termination rules (domain.md §2).
CREATE TABLE offa.common_contract_status (
  code text PRIMARY KEY,
  title text NOT NULL
);

CREATE TABLE offa.common_end_reason (
  code text PRIMARY KEY,
  title text NOT NULL
);

-- One load of the mapping data: which files, with which content hash. The latest (highest id) is in force.
CREATE TABLE offa.rule_set (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  -- sha256 over the files' names and contents; a load whose checksum equals the latest set's is skipped.
  checksum text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
  -- [{ "name": "rules/cefa.csv", "sha256": "...", "rows": 49 }, ...]
  files jsonb NOT NULL CHECK (jsonb_typeof(files) = 'array')
);

-- A mapping rule (domain.md §10): native code of a namespace → common code of the same kind, with the
-- relationship read as "the TARGET is broader/narrower than the source" (FHIR R4 wider/narrower, a modelling
-- choice), valid from valid_from to valid_to inclusive (NULL = open).
CREATE TABLE offa.mapping_rule (
  rule_set_id integer NOT NULL REFERENCES offa.rule_set (id),
  namespace text NOT NULL CHECK (namespace IN ('cefa', 'ifapme', 'sfpme')),
  kind text NOT NULL
    CHECK (kind IN ('LEVEL', 'CERTIFICATION', 'CONTRACT_TYPE', 'CONTRACT_STATUS', 'END_REASON', 'TRADE')),
  source_code text NOT NULL CHECK (source_code <> ''),
  target_code text NOT NULL,
  relationship text NOT NULL CHECK (relationship IN ('EQUIVALENT', 'BROADER', 'NARROWER')),
  valid_from date NOT NULL,
  valid_to date CHECK (valid_to >= valid_from),
  version integer NOT NULL CHECK (version >= 1),
  source text NOT NULL CHECK (source <> ''),
  PRIMARY KEY (rule_set_id, namespace, kind, source_code, version)
);

-- Referential integrity of targets is enforced (unlike Ed-Fi's default, domain.md §10). The target table depends
-- on the kind, so no plain foreign key can say it; the loader checks first and reports every problem with its
-- file and line, and this trigger is the last line of defence for any other writer.
CREATE FUNCTION offa.check_mapping_rule_target() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_ok boolean;
BEGIN
  -- Assigned first: PL/pgSQL reads an IF condition up to the first THEN, which a CASE inside it would cut short.
  target_ok := CASE NEW.kind
    WHEN 'LEVEL' THEN EXISTS (SELECT 1 FROM offa.common_level WHERE code = NEW.target_code)
    WHEN 'CERTIFICATION' THEN EXISTS (
      SELECT 1 FROM offa.common_certification
      WHERE code = NEW.target_code AND NEW.namespace = ANY (issuing_providers))
    WHEN 'CONTRACT_TYPE' THEN EXISTS (SELECT 1 FROM offa.common_contract_type WHERE code = NEW.target_code)
    WHEN 'CONTRACT_STATUS' THEN EXISTS (SELECT 1 FROM offa.common_contract_status WHERE code = NEW.target_code)
    WHEN 'END_REASON' THEN EXISTS (SELECT 1 FROM offa.common_end_reason WHERE code = NEW.target_code)
    WHEN 'TRADE' THEN EXISTS (SELECT 1 FROM offa.common_trade WHERE code = NEW.target_code)
    ELSE false
  END;
  IF NOT target_ok THEN
    RAISE EXCEPTION 'mapping rule %/%/% -> %: no common % code % may be issued or used by %',
      NEW.namespace, NEW.kind, NEW.source_code, NEW.target_code, NEW.kind, NEW.target_code, NEW.namespace
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER mapping_rule_target BEFORE INSERT OR UPDATE ON offa.mapping_rule
  FOR EACH ROW EXECUTE FUNCTION offa.check_mapping_rule_target();

-- RMMMG (revenu minimum mensuel moyen garanti, CCT n° 43), 18+ national amount in euro cents, per period
-- (domain.md §3). Only known periods have a row, each with an explicit end: a month without a row is UNKNOWN and
-- is never interpolated (§11.5). derived = computed from a sourced number rather than stated by a source.
CREATE TABLE offa.rmmmg (
  rule_set_id integer NOT NULL REFERENCES offa.rule_set (id),
  valid_from date NOT NULL,
  -- NOT NULL on purpose: an open end would claim to know amounts nobody has published yet.
  valid_to date NOT NULL,
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  derived boolean NOT NULL,
  source text NOT NULL CHECK (source <> ''),
  CHECK (valid_to >= valid_from),
  PRIMARY KEY (rule_set_id, valid_from)
);

-- Minimum rétribution as a share of the RMMMG per level: A 17 %, B 24 %, C 32 % (domain.md §3). Whether the shares
-- ever differed is unknown (§11.4), hence validity dates. Whole percents keep the pay arithmetic exact.
CREATE TABLE offa.level_pay_share (
  rule_set_id integer NOT NULL REFERENCES offa.rule_set (id),
  level text NOT NULL REFERENCES offa.common_level (code),
  percent integer NOT NULL CHECK (percent BETWEEN 1 AND 100),
  valid_from date NOT NULL,
  valid_to date CHECK (valid_to >= valid_from),
  source text NOT NULL CHECK (source <> ''),
  PRIMARY KEY (rule_set_id, level, valid_from)
);

INSERT INTO offa.common_level (code, title) VALUES
  ('A', 'Niveau A (niveau de départ)'),
  ('B', 'Niveau B'),
  ('C', 'Niveau C');

INSERT INTO offa.common_certification
  (code, title, track, issuing_providers, indicative_eqf_levels, eqf_level, cfc_level, esco_uri) VALUES
  ('CQ6', 'Certificat de qualification de 6e année', 'CEFA_ARTICLE_49', '{cefa}', '{3,4}', NULL, NULL, NULL),
  ('CQ7', 'Certificat de qualification de 7e année', 'CEFA_ARTICLE_49', '{cefa}', '{3,4}', NULL, NULL, NULL),
  ('CE6P', 'Certificat d''études de 6e année professionnelle', 'CEFA_ARTICLE_49', '{cefa}', '{3,4}', NULL, NULL,
    NULL),
  ('CESS', 'Certificat d''enseignement secondaire supérieur', 'CEFA_ARTICLE_49', '{cefa}', '{3,4}', NULL, NULL,
    NULL),
  ('CQS', 'Certificat de qualification spécifique', 'CEFA_ARTICLE_45', '{cefa}', '{3,4}', NULL, NULL, NULL),
  ('ACP', 'Attestation de compétences professionnelles', 'CEFA_ANY_TRACK', '{cefa}', '{3,4}', NULL, NULL, NULL),
  ('CERTIFICAT_APPRENTISSAGE', 'Certificat d''apprentissage', 'APPRENTICESHIP', '{ifapme,sfpme}', '{3,4}', NULL,
    NULL, NULL),
  ('DIPLOME_CHEF_ENTREPRISE', 'Diplôme de chef d''entreprise', 'CHEF_ENTREPRISE', '{ifapme,sfpme}', '{3,4}', NULL,
    NULL, NULL),
  ('COORDINATION_ENCADREMENT', 'Diplôme coordination et encadrement', 'CHEF_ENTREPRISE', '{sfpme}', '{3,4}', NULL,
    NULL, NULL);

INSERT INTO offa.common_contract_type (code, title, is_contrat_alternance) VALUES
  ('CONTRAT_ALTERNANCE', 'Contrat d''alternance', true),
  ('CONVENTION_STAGE', 'Convention de stage (chef d''entreprise, classes moyennes)', false),
  ('CAI', 'Contrat d''apprentissage industriel', false),
  ('CIP', 'Convention d''immersion professionnelle', false),
  ('CPE2', 'Convention de premier emploi de type 2', false),
  ('CTTP', 'Contrat de travail à temps partiel', false);

INSERT INTO offa.common_contract_status (code, title) VALUES
  ('SIGNED', 'Signed, not started'),
  ('TRIAL', 'In the trial period'),
  ('ACTIVE', 'Running'),
  ('SUSPENDED', 'Suspended'),
  ('ENDED', 'Ended');

INSERT INTO offa.common_end_reason (code, title) VALUES
  ('TERM', 'End date reached (de plein droit)'),
  ('NOTICE', 'Ended by one party with notice'),
  ('MUTUAL', 'Ended by mutual agreement'),
  ('FORCE_MAJEURE', 'Force majeure'),
  ('COMPANY_EVENT', 'Cessation, bankruptcy, merger, transfer or change of the company'),
  ('SERIOUS_BREACH', 'Serious breach (manquement grave)'),
  ('AGREMENT_WITHDRAWN', 'Agrément withdrawn (de plein droit)'),
  ('DEATH', 'Death of the learner, the company signatory or the tutor (de plein droit)');
