-- OFFA store: agréments through time. offa.accreditation keeps each agrément's status of today; its events keep
-- every step with its date and the body that decided it, so "in force on a date" can be answered honestly.
-- Kinds are a modelling choice (domain.md §4 gives the procedure: request, operator's decision within 3 months,
-- suspension and withdrawal; the statuses ACTIVE | SUSPENDED | WITHDRAWN | REFUSED are its modelling choice).
CREATE TABLE offa.accreditation_event (
  id text PRIMARY KEY,
  accreditation_id text NOT NULL REFERENCES offa.accreditation (id),
  kind text NOT NULL CHECK (kind IN ('REQUESTED', 'GRANTED', 'REFUSED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN')),
  occurred_on date NOT NULL,
  -- Who decided: the operator (domain.md §4: "the operator decides") or, since 5 October 2017, the Commission
  -- d'agrément et de médiation when operator and sector coach disagree. Null for a request.
  deciding_body text CHECK (deciding_body IN ('CEFA', 'IFAPME', 'SFPME', 'COMMISSION')),
  CHECK ((kind = 'REQUESTED') = (deciding_body IS NULL))
);
CREATE INDEX accreditation_event_accreditation ON offa.accreditation_event (accreditation_id, occurred_on);

-- Existing agréments get the events their row implies (the deciding operator is not recorded there: CEFA).
INSERT INTO offa.accreditation_event (id, accreditation_id, kind, occurred_on, deciding_body)
  SELECT id || '-R', id, 'REQUESTED', requested_on, NULL FROM offa.accreditation
  UNION ALL
  SELECT id || '-D', id, CASE WHEN status = 'REFUSED' THEN 'REFUSED' ELSE 'GRANTED' END, decided_on, 'CEFA'
    FROM offa.accreditation
  UNION ALL
  SELECT id || '-W', id, 'WITHDRAWN', withdrawn_on, 'CEFA' FROM offa.accreditation WHERE withdrawn_on IS NOT NULL;
