-- OFFA store: the moves between providers, a read model for Query.movers (issue 10). OFFA never reads a provider
-- store: the moves are derived from each cross-provider learner's journey (Learner.journey, computed from the
-- providers' records through the gateway) by `npm run mobility:refresh`, which replaces the whole model in one
-- transaction and records when and for which date it ran (mobility_refresh), so an answer always says how fresh
-- it is and an empty model is never mistaken for "nobody moved".
CREATE TABLE offa.mobility_refresh (
  id bigserial PRIMARY KEY,
  as_of date NOT NULL,
  rule_set_id bigint,
  learners integer NOT NULL,
  moves integer NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE offa.mobility_move (
  -- No foreign key: a derived model, replaced whole by each refresh (a reseed of the registry must not wait for it).
  learner_id text NOT NULL,
  seq integer NOT NULL,
  moved_on date NOT NULL,
  from_provider text NOT NULL CHECK (from_provider IN ('CEFA', 'IFAPME', 'SFPME')),
  to_provider text NOT NULL CHECK (to_provider IN ('CEFA', 'IFAPME', 'SFPME')),
  from_trade_native text NOT NULL,
  from_trade_common text,
  to_trade_native text NOT NULL,
  to_trade_common text,
  -- null: a side has no common trade, so whether it changed is not known (never guessed).
  trade_changed boolean,
  level_before text CHECK (level_before IN ('A', 'B', 'C')),
  level_after text CHECK (level_after IN ('A', 'B', 'C')),
  level_outcome text NOT NULL CHECK (level_outcome IN ('KEPT', 'RESTARTED_AT_A', 'CHANGED', 'UNKNOWN')),
  -- The establishment unit of the first contract at the new provider (its region comes from the register).
  to_unit_number text,
  PRIMARY KEY (learner_id, seq)
);
CREATE INDEX mobility_move_period ON offa.mobility_move (moved_on, learner_id, seq);
