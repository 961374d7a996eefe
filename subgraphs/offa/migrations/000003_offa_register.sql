-- OFFA store, register: the enterprises and establishment units (unités d'établissement) OFFA accredits, the
-- tutors they designate, and which tutor OFFA holds for each provider contract (domain.md §4, §5, §8).
-- Accreditation is keyed by establishment unit and trade; the payer of the incentives is decided by the
-- unit's location (§5), so the unit's address, province and region live here, once, instead of as free text
-- on every provider contract. Providers keep the employer and the tutor's name as they record them.

-- A BCE enterprise: 10 digits, first digit 0 or 1, MOD-97 check on the first 8 (domain.md §8).
-- legal_form is a MODELLING CHOICE (the BCE's own numeric legal-form codes are not in domain.md): the
-- abbreviations the providers write after a company name, plus PERSONNE_PHYSIQUE for a self-employed person
-- trading in their own name. SPRL is kept for enterprises registered before the 2019 company code.
-- self_employed_without_staff marks the case of the Walloon P1 "indépendant" incentive (§5).
CREATE TABLE offa.enterprise (
  number text PRIMARY KEY
    CHECK (number ~ '^[01][0-9]{9}$'
      AND 97 - substr(number, 1, 8)::bigint % 97 = substr(number, 9, 2)::int),
  name text NOT NULL CHECK (name <> ''),
  legal_form text NOT NULL CHECK (legal_form IN ('PERSONNE_PHYSIQUE', 'SRL', 'SPRL', 'SA', 'SC')),
  self_employed_without_staff boolean NOT NULL
);

-- An establishment unit: "un lieu géographiquement identifiable par une adresse" (§4), numbered by the BCE
-- with the same MOD-97 check; its first digit is unknown (§11.12), so any digit is accepted.
-- province and region come from the commune (the generator's commune list); BXL is both the Brussels-Capital
-- province code and region. sector is a MODELLING CHOICE: the family of the unit's main trade in
-- offa.common_trade (ALIMENTATION, HORECA…), because the synthetic data has no NACE-BEL activity code.
CREATE TABLE offa.establishment_unit (
  number text PRIMARY KEY
    CHECK (number ~ '^[0-9]{10}$' AND 97 - substr(number, 1, 8)::bigint % 97 = substr(number, 9, 2)::int),
  enterprise_number text NOT NULL REFERENCES offa.enterprise (number),
  name text NOT NULL CHECK (name <> ''),
  street_address text NOT NULL CHECK (street_address <> ''),
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}$'),
  commune text NOT NULL CHECK (commune <> ''),
  province text NOT NULL CHECK (province IN ('BXL', 'BRW', 'HAI', 'LIE', 'LUX', 'NAM')),
  region text NOT NULL CHECK (region IN ('WAL', 'BXL')),
  sector text NOT NULL CHECK (sector ~ '^[A-Z][A-Z_]*$'),
  CHECK ((region = 'BXL') = (province = 'BXL')),
  -- The target of the composite keys below: a tutor serves units of their own enterprise only.
  UNIQUE (number, enterprise_number)
);
CREATE INDEX establishment_unit_enterprise ON offa.establishment_unit (enterprise_number);
CREATE INDEX establishment_unit_region ON offa.establishment_unit (region, province, number);

-- A tutor designated by an enterprise (a person: the head or a staff member). qualification is the one
-- ground of the designation (domain.md §4 modelling choice): EXPERIENCE_5Y (≥ 5 years in the trade),
-- CHEF_ENTREPRISE_2Y (2 years with a chef d'entreprise title), PEDAGOGICAL_TITLE (pedagogical diploma,
-- certificate or tutoring-training attestation), VDC_TUTEUR (validation des compétences title "tuteur").
-- accredited = tuteur agréé: at least 8 h of tutoring training or the competence title "tuteur" (§4), which
-- the P2 incentive needs (§5); the CHECK keeps the flag and its grounds in step.
CREATE TABLE offa.tutor (
  id text PRIMARY KEY CHECK (id ~ '^TUT-[0-9]{7}$'),
  enterprise_number text NOT NULL REFERENCES offa.enterprise (number),
  full_name text NOT NULL CHECK (full_name <> ''),
  qualification text NOT NULL
    CHECK (qualification IN ('EXPERIENCE_5Y', 'CHEF_ENTREPRISE_2Y', 'PEDAGOGICAL_TITLE', 'VDC_TUTEUR')),
  training_hours numeric(5, 1) NOT NULL CHECK (training_hours >= 0),
  accredited boolean NOT NULL,
  CHECK (accredited = (training_hours >= 8 OR qualification = 'VDC_TUTEUR')),
  UNIQUE (id, enterprise_number)
);
CREATE INDEX tutor_enterprise ON offa.tutor (enterprise_number);

-- Which units a tutor serves: several units of ONE enterprise (both composite keys carry the enterprise).
CREATE TABLE offa.tutor_unit (
  tutor_id text NOT NULL,
  establishment_unit_number text NOT NULL,
  enterprise_number text NOT NULL,
  PRIMARY KEY (tutor_id, establishment_unit_number),
  FOREIGN KEY (tutor_id, enterprise_number) REFERENCES offa.tutor (id, enterprise_number),
  FOREIGN KEY (establishment_unit_number, enterprise_number)
    REFERENCES offa.establishment_unit (number, enterprise_number)
);
CREATE INDEX tutor_unit_unit ON offa.tutor_unit (establishment_unit_number);

-- The tutor designated on a provider contract, keyed as the provider keys it. The designated tutor is part
-- of OFFA's accreditation domain; the provider keeps the tutor's name as it recorded it. No foreign key to a
-- unit: the provider's unit number may be one the register lacks (a data-quality case, not an error).
CREATE TABLE offa.contract_tutor (
  provider text NOT NULL CHECK (provider IN ('cefa', 'ifapme', 'sfpme')),
  provider_contract_id text NOT NULL CHECK (provider_contract_id <> ''),
  tutor_id text NOT NULL REFERENCES offa.tutor (id),
  PRIMARY KEY (provider, provider_contract_id)
);
CREATE INDEX contract_tutor_tutor ON offa.contract_tutor (tutor_id);

-- Accreditations now name a unit of the register, with its enterprise. NOT VALID: a store seeded before this
-- migration holds accreditations whose units were never registered; new and reseeded rows are checked, and
-- the constraint is validated at once when every existing row already has its unit.
ALTER TABLE offa.accreditation
  ADD CONSTRAINT accreditation_establishment_unit
  FOREIGN KEY (establishment_unit_number, enterprise_number)
  REFERENCES offa.establishment_unit (number, enterprise_number) NOT VALID;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM offa.accreditation a
     WHERE NOT EXISTS (
       SELECT 1 FROM offa.establishment_unit u
        WHERE u.number = a.establishment_unit_number AND u.enterprise_number = a.enterprise_number))
  THEN
    ALTER TABLE offa.accreditation VALIDATE CONSTRAINT accreditation_establishment_unit;
  END IF;
END
$$;
