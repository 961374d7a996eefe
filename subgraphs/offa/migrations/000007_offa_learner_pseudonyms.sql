-- OFFA store: learner pseudonyms on the bPK pattern (domain.md §9) instead of one hash of the national number
-- for every purpose. A learner has one pseudonym per purpose domain and per configured key: HMAC-SHA256 of
-- domain + national number under the domain's key (subgraphs/kit/pseudonyms). The keys stay in configuration
-- (OFFA_PSEUDONYM_<DOMAIN>_KEY); a row names its key only by key_id, a fingerprint that reveals nothing of it.
-- During a rotation a learner has rows under the current and the previous key; `npm run pseudonyms:retire`
-- deletes the rows of keys no longer configured.
CREATE TABLE offa.learner_pseudonym (
  learner_id text NOT NULL REFERENCES offa.learner (id) ON DELETE CASCADE,
  domain text NOT NULL CHECK (domain IN ('statistics', 'mobility', 'audit')),
  key_id text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
  pseudonym text NOT NULL CHECK (pseudonym ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (domain, key_id, pseudonym),
  UNIQUE (learner_id, domain, key_id)
);

-- Forward only: the single hash cannot be turned into pseudonyms (that needs the national number, which OFFA does
-- not keep), so it is dropped; the registry import (npm run seed) writes the pseudonyms from the numbers.
ALTER TABLE offa.learner DROP COLUMN niss_hash;
