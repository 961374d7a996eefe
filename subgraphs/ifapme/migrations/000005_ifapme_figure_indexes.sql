-- IFAPME store: indexes for the figure statements (issue 11, subgraphs/kit/figures). Most figures read whole
-- tables (a national overview counts everyone); a request for recent periods reads only the contracts started
-- and the titles delivered in its window, by these dates.
CREATE INDEX contrat_debut ON ifapme.contrat (debut);
CREATE INDEX titre_delivre_delivre_le ON ifapme.titre_delivre (delivre_le);
