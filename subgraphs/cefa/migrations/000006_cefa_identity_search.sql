-- CEFA store: what identity matching across providers needs (issue 10).

-- A pupil may be enrolled before CEFA has their national number (a newcomer without papers yet, a number never
-- typed in): the column allows NULL. UNIQUE stays: PostgreSQL lets several rows hold NULL.
ALTER TABLE cefa.eleve ALTER COLUMN niss DROP NOT NULL;

-- Finding a learner by name and birth date (LearnerNameSearch.cefaCandidates) reads the pupils born on one day
-- or on its day/month transposition: one index lookup per date instead of a scan of every pupil.
CREATE INDEX eleve_date_naissance ON cefa.eleve (date_naissance);
