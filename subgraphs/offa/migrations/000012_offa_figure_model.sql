-- OFFA store: the figure model (issue 11), a read model of the providers' native figure groups that answers the
-- dashboards' figures in milliseconds. Computed where the data lives, a national overview at scale 1 takes the
-- providers seconds (subgraphs/offa/figures/README.md, measured); `npm run mobility:refresh` (nightly, and npm start
-- after seeding) asks each provider for its groups as known on one day, through its federation API, and keeps
-- them here as that day's snapshot. A figure request whose asOf is a snapshot's day, and whose measures and
-- dimensions the snapshot holds, is answered from it; any other goes to the providers, as before.

-- One snapshot per day: the providers' records as they read when it was taken (read_at), for asOf = day.
CREATE TABLE offa.figure_snapshot (
  day date PRIMARY KEY,
  first_period text NOT NULL,
  last_period text NOT NULL,
  groups integer NOT NULL,
  read_at timestamptz NOT NULL DEFAULT now()
);

-- A provider's native group, with the establishment unit replaced by its place in OFFA's register on the day of
-- the snapshot (a unit grouping would keep tens of thousands of groups a school year at scale 1): region and
-- province, UNKNOWN when the register lacks the unit, both null when the group has no unit.
CREATE TABLE offa.figure_snapshot_group (
  day date NOT NULL REFERENCES offa.figure_snapshot (day) ON DELETE CASCADE,
  provider text NOT NULL CHECK (provider IN ('cefa', 'ifapme', 'sfpme')),
  measure text NOT NULL,
  period text NOT NULL,
  level_code text,
  trade_code text,
  unit_region text,
  unit_province text,
  end_reason_code text,
  previous_level_code text,
  within_year boolean,
  certification_code text,
  enrolled boolean,
  under_contract boolean,
  count integer NOT NULL CHECK (count > 0),
  contract_days integer NOT NULL
);
CREATE INDEX figure_snapshot_group_day ON offa.figure_snapshot_group (day, measure, period);
