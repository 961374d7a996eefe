-- IFAPME store: what identity matching across providers needs (issue 10).

-- A learner may be enrolled before IFAPME has their national number (a newcomer without papers yet, a number
-- never typed in): the column allows NULL. UNIQUE stays: PostgreSQL lets several rows hold NULL.
ALTER TABLE ifapme.apprenant ALTER COLUMN registre_national DROP NOT NULL;

-- Finding a learner by name and birth date (LearnerNameSearch.ifapmeCandidates) reads the learners born on one
-- day or on its day/month transposition: one index lookup per date instead of a scan of every learner.
CREATE INDEX apprenant_naissance ON ifapme.apprenant (naissance);
