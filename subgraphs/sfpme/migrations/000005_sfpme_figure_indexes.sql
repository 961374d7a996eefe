-- SFPME (efp) store: indexes for the figure statements (issue 11, subgraphs/kit/figures). Most figures read
-- whole tables (a national overview counts everyone); a request for recent periods reads only the conventions
-- started and the diplomas delivered in its window, by these dates.
CREATE INDEX convention_date_debut ON sfpme.convention (date_debut);
CREATE INDEX diplome_date_delivrance ON sfpme.diplome (date_delivrance);
