-- CEFA store: indexes for the figure statements (issue 11, subgraphs/kit/figures). Most figures read whole
-- tables (a national overview counts everyone); a request for recent periods reads only the contracts started
-- and the certificates issued in its window, by these dates.
CREATE INDEX contrat_date_debut ON cefa.contrat (date_debut);
CREATE INDEX certification_date_delivrance ON cefa.certification (date_delivrance);
