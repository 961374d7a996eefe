-- OFFA store: the compliance findings of the common contracts, a read model for Query.figures' COMPLIANCE_FINDINGS
-- (issue 11). The monthly compliance is computed on request from the providers' records
-- (CommonContract.complianceSummary, through the gateway), so there is nothing to count in SQL until it is derived:
-- `npm run mobility:refresh` (and npm start after seeding) reads every learner's contracts through the gateway and
-- replaces the whole model in one transaction, recording when and for which date it ran (compliance_refresh), so a
-- figure always says how fresh it is and an empty model is never mistaken for "no finding".
CREATE TABLE offa.compliance_refresh (
  id bigserial PRIMARY KEY,
  -- The date the contracts were read for (their months judged up to it, the mapping rules in force on it).
  as_of date NOT NULL,
  rule_set_id bigint,
  learners integer NOT NULL,
  contracts integer NOT NULL,
  findings integer NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now()
);

-- One row per contract-month flagged by a check (a modelling choice: the finest grain the figures need, so that a
-- school year counts a contract once however many of its months a check flagged).
CREATE TABLE offa.compliance_finding (
  -- No foreign key: a derived model, replaced whole by each refresh (a reseed of the registry must not wait for it).
  contract_id text NOT NULL,
  learner_id text NOT NULL,
  provider text NOT NULL CHECK (provider IN ('CEFA', 'IFAPME', 'SFPME')),
  -- The first day of the month judged.
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  code text NOT NULL,
  -- The contract's common trade on the derivation day; null unless its mapping status is MAPPED.
  trade_common text,
  trade_status text NOT NULL,
  -- The common level in force on the contract's last day in the month (its end, or asOf, when earlier than the
  -- month's end), as LEARNERS_* take a learner's last active day: A, B, C, or AMBIGUOUS / UNMAPPED (no single common
  -- level) / NONE (no level decision yet), never inferred.
  level text NOT NULL CHECK (level IN ('A', 'B', 'C', 'AMBIGUOUS', 'UNMAPPED', 'NONE')),
  -- The establishment unit the provider recorded (its region comes from the register when counted).
  unit_number text NOT NULL,
  PRIMARY KEY (contract_id, month, code)
);
CREATE INDEX compliance_finding_month ON offa.compliance_finding (month, code);
