-- OFFA store: mappings that are not one to one (domain.md §10), and contract types dated.
--
-- 1. One native code may cover several common values: one NARROWER rule per candidate, in force together, so a
--    version of a code may have several rows (one per target). A native code may also have NO common counterpart
--    on purpose: relationship NO_COUNTERPART with no target, the rule's source saying why.
ALTER TABLE offa.mapping_rule DROP CONSTRAINT mapping_rule_pkey;
ALTER TABLE offa.mapping_rule ALTER COLUMN target_code DROP NOT NULL;
ALTER TABLE offa.mapping_rule DROP CONSTRAINT mapping_rule_relationship_check;
ALTER TABLE offa.mapping_rule ADD CONSTRAINT mapping_rule_relationship_check
  CHECK (relationship IN ('EQUIVALENT', 'BROADER', 'NARROWER', 'NO_COUNTERPART'));
ALTER TABLE offa.mapping_rule ADD CONSTRAINT mapping_rule_target_iff_counterpart
  CHECK ((relationship = 'NO_COUNTERPART') = (target_code IS NULL));
CREATE UNIQUE INDEX mapping_rule_identity
  ON offa.mapping_rule (rule_set_id, namespace, kind, source_code, version, coalesce(target_code, ''));

CREATE OR REPLACE FUNCTION offa.check_mapping_rule_target() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_ok boolean;
BEGIN
  IF NEW.relationship = 'NO_COUNTERPART' THEN
    RETURN NEW;
  END IF;
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

-- 2. Contract types are dated: the days a contract of that type could be signed. The contrat d'alternance
--    exists from school year 2015-2016; the CEFA CISP and the IFAPME/SFPME contrats d'apprentissage it replaced
--    could be signed until then (domain.md §2). The loader compares these dates with each provider's own dating
--    of its codes, so a pre-2015 arrangement can never be mapped onto the contrat d'alternance (§10).
ALTER TABLE offa.common_contract_type ADD COLUMN valid_from date, ADD COLUMN valid_to date,
  ADD CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from);
UPDATE offa.common_contract_type SET valid_from = DATE '2015-09-01' WHERE code = 'CONTRAT_ALTERNANCE';
INSERT INTO offa.common_contract_type (code, title, is_contrat_alternance, valid_from, valid_to) VALUES
  ('CISP', 'Contrat d''insertion socio-professionnelle (CEFA, avant 2015)', false, NULL, DATE '2015-08-31'),
  ('CONTRAT_APPRENTISSAGE', 'Contrat d''apprentissage (IFAPME/SFPME, avant 2015)', false, NULL,
    DATE '2015-08-31'),
  ('CONTRAT_FORMATION_ALTERNEE', 'Contrat de formation alternée (demandeurs d''emploi wallons)', false, NULL,
    NULL);

-- 3. Weeks a school year counts, to turn hours planned per school year (CEFA) into hours per week, the unit of
--    the working-time rules (domain.md §2). Reference data of a rule set, like the RMMMG.
CREATE TABLE offa.school_year_weeks (
  rule_set_id integer NOT NULL REFERENCES offa.rule_set (id),
  valid_from date NOT NULL,
  valid_to date CHECK (valid_to >= valid_from),
  weeks integer NOT NULL CHECK (weeks BETWEEN 1 AND 52),
  source text NOT NULL CHECK (source <> ''),
  PRIMARY KEY (rule_set_id, valid_from)
);
