-- OFFA store: the registry as the identity matcher builds it (subgraphs/offa/identity/matching, domain.md §10).
-- EXACT and NEEDS_UPDATE matches are linked; POSSIBLE ones wait on a review list for a mobility officer's
-- decision, never merged without it.

-- How each provider record joined its learner: the best quality among the matcher's links touching it (EXACT,
-- NEEDS_UPDATE), CONFIRMED by a reviewer's decision; null for the record the learner was created from.
ALTER TABLE offa.learner_link
  ADD COLUMN match_quality text CHECK (match_quality IN ('EXACT', 'NEEDS_UPDATE', 'CONFIRMED'));

-- A POSSIBLE match between two provider records of different learners, with the matcher's evidence (field by
-- field comparison, MatchEvidence) and, for a link the rules allowed but the registry refused, the conflict.
-- Keyed by provider records, not learner ids: learners change when links are confirmed or undone.
CREATE TABLE offa.identity_candidate (
  id text PRIMARY KEY CHECK (id ~ '^IC[0-9]{8}$'),
  provider text NOT NULL CHECK (provider IN ('cefa', 'ifapme', 'sfpme')),
  provider_learner_id text NOT NULL,
  other_provider text NOT NULL CHECK (other_provider IN ('cefa', 'ifapme', 'sfpme')),
  other_provider_learner_id text NOT NULL,
  evidence jsonb NOT NULL,
  conflict text CHECK (conflict IN ('SAME_PROVIDER', 'TWO_NUMBERS', 'AMBIGUOUS_BIS')),
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
  -- Who decided (the token's subject) and when; both set exactly when a decision is recorded.
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((provider, provider_learner_id) <> (other_provider, other_provider_learner_id)),
  CHECK ((status = 'PENDING') = (decided_by IS NULL AND decided_at IS NULL)),
  FOREIGN KEY (provider, provider_learner_id) REFERENCES offa.learner_link (provider, provider_learner_id),
  FOREIGN KEY (other_provider, other_provider_learner_id) REFERENCES offa.learner_link (provider, provider_learner_id),
  UNIQUE (provider, provider_learner_id, other_provider, other_provider_learner_id)
);
CREATE INDEX identity_candidate_pending ON offa.identity_candidate (id) WHERE status = 'PENDING';
